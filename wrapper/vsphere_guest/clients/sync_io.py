"""How Client performs the core's effects: API calls with httpx.Client, transfers with the
blocking data plane, all in the calling thread (a Client serves many threads at once).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ..dataplane.effects import Fetch, Put
from ..dataplane.stream import fetch, put
from ..vcenter.effects import ApiCall, Bounded, Effect, Exclusive, Flow, Sleep
from .base import BaseClient, api_error, buffered, forget_locals, too_slow

T = TypeVar("T")


def _never() -> bool:
    return False


class SyncPerformer(BaseClient):
    """The I/O of Client (its verbs are generated in clients/_sync/client.py)."""

    def _open_io(self) -> None:
        self._http = httpx.Client(**self._http_args)
        self._session_lock = threading.Lock()  # login and re-login: one thread at a time
        self._turns = contextlib.nullcontext()  # threads transfer at once: no turns to wait for
        self._calls_lock = threading.Lock()
        self._calls = 0  # API calls under way (in any thread)

    def _close_io(self) -> None:
        """Refuse new calls; the API connections close now, or when the last call under way
        (another thread's, or a clean-up left running) has its answer. Closing them under it
        would free the descriptor it reads: a new connection would get that number and lose
        its TLS records to the late answer's reader."""
        with self._calls_lock:
            self._closed = True
            close_now = self._calls == 0
        try:
            self._hosts.close()
        finally:
            if close_now:
                self._http.close()

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

    def _api(self, call: ApiCall) -> httpx.Response:
        """One API call, its answer read whole within the API deadline."""
        with self._calls_lock:
            self._check_open()
            self._calls += 1
        try:
            return self._api_call(call)
        finally:
            with self._calls_lock:
                self._calls -= 1
                close_now = self._closed and self._calls == 0
            if close_now:
                self._http.close()

    def _api_call(self, call: ApiCall) -> httpx.Response:
        outer = sys.exception()  # what a new exception's __context__ is when this call began
        ends = time.monotonic() + self._api_deadline
        try:
            with self._http.stream(
                call.method, call.path, json=call.json, headers=call.headers
            ) as response:
                chunks = []
                for chunk in response.iter_raw():
                    chunks.append(chunk)
                    if time.monotonic() > ends:
                        raise too_slow(self._core.address.netloc, self._api_deadline)
                return buffered(response, b"".join(chunks))
        except BaseException as exc:  # cancelled too: httpx's frames hold the session id
            error = api_error(
                forget_locals(exc, outer),
                self._core.address.netloc,
                self._http.is_closed,
                self._vcenter_proxy,
            )
            if error is exc:
                raise
            raise error from exc

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
            return self._api(effect)
        if isinstance(effect, Fetch):
            return fetch(self._hosts, effect)
        if isinstance(effect, Put):
            return put(self._hosts, effect)
        if isinstance(effect, Sleep):
            time.sleep(effect.seconds)
            return None
        raise TypeError(f"unknown effect {effect!r}")
