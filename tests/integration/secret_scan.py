"""Looking for secrets in what an error shows: every exception of its cause and context chain
rendered with its frames' locals, searched for passwords, session ids and transfer tokens."""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Iterator

import pytest
from vsphere_guest.testing import Simulator

SESSION_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])")  # the simulator's session ids


TOKEN = re.compile(r"token=(?!\*\*\*)[^&'\" ]+")


def chain(error: BaseException) -> Iterator[BaseException]:
    """Every exception reachable from `error`: its `__cause__` and `__context__` (suppressed or
    not: Sentry and rich walk both) and the members of exception groups."""
    todo, seen = [error], set()
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
        todo += list(getattr(current, "exceptions", ()))


def render(error: BaseException) -> str:
    """Each exception of the chain rendered with the locals of each of its frames."""
    text = "".join(
        line
        for each in chain(error)
        for line in traceback.TracebackException.from_exception(each, capture_locals=True).format(
            chain=False
        )
    )
    assert "Traceback" in text
    return text


def caught(run: Callable[[], object]) -> BaseException:
    """What `run` raises (any type: each test checks it after the scan)."""
    with pytest.raises(BaseException) as caught:
        run()
    return caught.value


def assert_clean(text: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in text, around(text, secret)
    for pattern in (SESSION_ID, TOKEN):
        found = pattern.search(text)
        assert found is None, around(text, found.group())


def around(text: str, secret: str) -> str:
    """The rendered lines that show `secret`, each after its frame (for the failure message)."""
    shown, frame = [], ""
    for line in text.splitlines():
        if line.startswith('  File "'):
            frame = line.strip()
        elif secret in line:
            shown.append(f"{frame}: {line.strip()}")
    return "\n".join(shown)[:4000]


def secrets_of(sim: Simulator) -> tuple[str, str]:
    """The vCenter and guest passwords of a simulator."""
    return sim.password, sim.guest.password
