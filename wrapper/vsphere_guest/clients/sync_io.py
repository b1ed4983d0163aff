"""How Client performs the core's effects: API calls and transfers in the calling thread (a
Client serves many threads at once).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from ..dataplane.effects import Fetch, Put
from ..dataplane.stream import fetch, put, stop_requested
from ..vcenter.effects import ApiCall, Bounded, Effect, Exclusive, Flow, Sleep
from .base import BaseClient

T = TypeVar("T")


def _never() -> bool:
    return False


class SyncPerformer(BaseClient):
    """The I/O of Client (its verbs are generated in clients/_sync/client.py)."""

    def _open_io(self) -> None:
        self._session_lock = threading.Lock()  # login and re-login: one thread at a time
        self._turns = contextlib.nullcontext()  # threads transfer at once: no turns to wait for

    def _close_io(self) -> None:
        """Refuse new calls; idle connections close now, those of calls under way (another
        thread's, or a clean-up left running) when their answer is in."""
        self._closed = True
        try:
            self._hosts.close()
        finally:
            self._vcenter.close()

    def _in_thread(self, work: Callable[[Callable[[], bool]], T]) -> T:
        """Blocking local work, here in the calling thread (never asked to stop)."""
        return work(_never)

    def _run(self, flow: Flow[T], locked: bool = False) -> T:
        try:
            effect = next(flow)
            while True:
                try:
                    result = self._perform(effect, locked)
                except BaseException as exc:  # KeyboardInterrupt too: the flow may clean up
                    effect = flow.throw(exc)
                else:
                    effect = flow.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    def _bounded(self, effect: Bounded, locked: bool) -> Any:
        """Run the effect's flow in a helper thread, waiting for it at most effect.seconds
        (a Ctrl-C stops the wait too); a flow still running then is left to end on its own."""
        outcome: list[tuple[bool, Any]] = []

        def work() -> None:
            try:
                outcome.append((True, self._run(effect.flow, locked)))
            except BaseException as exc:  # reported to the waiting thread, if it still waits
                outcome.append((False, exc))

        helper = threading.Thread(target=work, name="vsphere-guest-clean-up", daemon=True)
        helper.start()
        helper.join(effect.seconds)
        if not outcome:
            raise TimeoutError(f"not done within {effect.seconds:g} seconds")
        done, value = outcome[0]
        if not done:
            raise value
        return value

    def _perform(self, effect: Effect, locked: bool) -> Any:
        if isinstance(effect, Exclusive):
            if locked:
                return self._run(effect.flow, locked=True)
            with self._session_lock:
                return self._run(effect.flow, locked=True)
        if isinstance(effect, Bounded):
            return self._bounded(effect, locked)
        if not isinstance(effect, Sleep):
            self._check_open()
            self._count_round_trip()
        if isinstance(effect, ApiCall):
            return self._api_call(effect)
        if isinstance(effect, Fetch):
            return fetch(self._hosts, effect, stop_requested)  # a tree run's Ctrl-C stops it
        if isinstance(effect, Put):
            return put(self._hosts, effect, stop_requested)
        if isinstance(effect, Sleep):
            time.sleep(effect.seconds)
            return None
        raise TypeError(f"unknown effect {effect!r}")
