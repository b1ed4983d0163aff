"""Integration fixtures: the simulator over real TLS on loopback, validated against spec/."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import AsyncClient, Client, FilesProgress, GuestCredentials, TreeResult
from vsphere_guest.testing import Simulator
from vsphere_guest.testing.conformance import SpecValidator

from tests.conftest import SPEC

from .both_clients import AsyncAsSync


class RoundTripValidator(SpecValidator):
    """Validates against the spec, then checks that the generated client decodes each answer
    and re-encodes it to the same JSON value (key order aside)."""

    def __call__(self, method: str, template: str, kind: str, status: int, body: Any) -> None:
        super().__call__(method, template, kind, status, body)
        if kind != "response" or body is None or not self.in_subset(method, template):
            return  # outside the subset the generated client has no operation to decode with
        from vim25_json.type_table import OPERATIONS
        from vim25_json.vmodl import VimObject, decode_result

        operation = OPERATIONS[self._operation(method, template)["operationId"]]
        decoded = decode_result(operation, status, json.dumps(body).encode())
        encoded = decoded.to_dict() if isinstance(decoded, VimObject) else decoded
        if getattr(decoded, "wire", None) is not None:
            encoded = decoded.wire
        assert encoded == body, f"{operation} {status}: {encoded!r:.300} != {body!r:.300}"
        self.round_trips += 1

    round_trips = 0


def spec_validator() -> SpecValidator:
    (subset,) = SPEC.glob("vi-json-*.json")
    return RoundTripValidator(subset)


@pytest.fixture
def validator() -> SpecValidator:
    return spec_validator()


@pytest.fixture
def make_sim(validator: SpecValidator) -> Iterator[Any]:
    started: list[Simulator] = []

    def make(**kwargs: Any) -> Simulator:
        sim = Simulator(validator=validator, **kwargs).start()
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()
    errors = [e for sim in started for e in sim.world.errors]
    assert not errors, "simulator errors (conformance or bugs):\n" + "\n".join(errors)


@pytest.fixture
def sim(make_sim: Any) -> Simulator:
    result: Simulator = make_sim()
    return result


def connect(sim: Simulator, **kwargs: Any) -> Client:
    kwargs.setdefault("backoff", 0.01)
    return Client(
        sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file), **kwargs
    )


def connect_async(sim: Simulator, **kwargs: Any) -> AsyncAsSync:
    kwargs.setdefault("backoff", 0.01)
    return AsyncAsSync(
        AsyncClient(
            sim.server,
            username=sim.username,
            password=sim.password,
            verify=str(sim.ca_file),
            **kwargs,
        )
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that takes `client` runs over Client and over AsyncClient, unless it is
    marked sync_only."""
    if "client" in metafunc.fixturenames and not metafunc.definition.get_closest_marker(
        "sync_only"
    ):
        metafunc.parametrize("client", ["sync", "async"], indirect=True)


@pytest.fixture
def client(sim: Simulator, request: pytest.FixtureRequest) -> Iterator[Client]:
    """A logged-in Client, or (parametrized "async") an AsyncClient called like one."""
    flavour = getattr(request, "param", "sync")
    with connect(sim) if flavour == "sync" else connect_async(sim) as c:
        yield c  # type: ignore[misc]


@pytest.fixture
def env(sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The command's settings for the simulator, in the environment (no CA, no password files)."""
    values = {
        "VSPHERE_SERVER": sim.server,
        "VSPHERE_USER": sim.username,
        "VSPHERE_PASSWORD": sim.password,
        "VSPHERE_GUEST_USER": sim.guest.username,
        "VSPHERE_GUEST_PASSWORD": sim.guest.password,
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    for key in ("VSPHERE_CA", "VSPHERE_PASSWORD_FILE", "VSPHERE_GUEST_PASSWORD_FILE"):
        monkeypatch.delenv(key, raising=False)
    return values


@pytest.fixture
def ca(sim: Simulator) -> list[str]:
    """The command-line option that trusts the simulator's CA."""
    return ["--ca", str(sim.ca_file)]


@pytest.fixture
def creds(sim: Simulator) -> GuestCredentials:
    return GuestCredentials(sim.guest.username, sim.guest.password)


def leftovers(folder: Path) -> list[str]:
    """Temporary download files left in a folder (there must be none)."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def swap_for_link(folder: Path, target: Path) -> Path:
    """What a local user who can write in the destination does: move `folder` aside (it stays
    inside the destination) and put a link to `target` in its place."""
    aside = folder.with_name(folder.name + ".aside")
    folder.rename(aside)
    folder.symlink_to(target, target_is_directory=True)
    return aside


def open_below(folder: Path) -> list[str]:
    """This process's open file descriptors on anything below `folder` (Linux /proc)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith(str(folder)):
                found.append(target)
    return found


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")


def check_tree_files_progress(seen: list[FilesProgress], result: TreeResult, vm: str) -> None:
    """The FilesProgress states of one folder transfer: every file of the result known from the
    first state on (planned-and-settled ones too: skipped, unsafe names), done at the end with
    every byte moved (none failed while moving); files never undone; each moved file current
    while it moved."""
    files = len(result.files)
    moved = [f for f in result.files if f.status in ("ok", "changed")]
    size = sum(f.size for f in moved)
    assert seen, "no FilesProgress at all"
    last = seen[-1]
    assert (last.files_done, last.files_total) == (files, files)
    assert (last.bytes_done, last.bytes_total) == (size, size) and last.current == ()
    assert all(s.files_total == files and s.bytes_total == size for s in seen)  # listed first
    assert all(s.files_done <= s.files_total and s.bytes_done <= s.bytes_total for s in seen)
    assert [s.files_done for s in seen] == sorted(s.files_done for s in seen)
    moving = {pair for s in seen for pair in s.current}  # (VM name, guest path) while it moves
    assert moving == {(vm, f.guest_path) for f in moved}
