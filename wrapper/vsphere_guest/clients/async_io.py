"""How AsyncClient performs the core's effects: API calls, transfers and blocking local work in
worker threads (API calls in their own pool, transfers in `transfer_threads`), so neither TLS
nor disk writes block the event loop; progress callbacks are handed back to the loop.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from ..dataplane.effects import Fetch, Put
from ..dataplane.pace import DEFAULT_MIN_RATE
from ..dataplane.stream import fetch, put
from ..dataplane.tls import Verify
from ..dataplane.vcenter_calls import CLOSED, Answer
from ..errors import BadArgument, ClientClosed
from ..types import Progress, Resolver
from ..vcenter.effects import ApiCall, Bounded, Effect, Exclusive, Flow, Sleep
from .base import BaseClient

T = TypeVar("T")

API_THREADS = 32  # API calls under way at once (more wait for a thread)


def _retrieve(future: asyncio.Future[Any]) -> None:
    """Mark a stopped worker's outcome as seen: its "transfer cancelled" error is expected."""
    if not future.cancelled():
        future.exception()


class AsyncPerformer(BaseClient):
    """The I/O of AsyncClient (its verbs are in clients/_async/client.py)."""

    def __init__(
        self,
        server: str,
        *,
        username: str,
        password: str,
        verify: Verify = True,
        release: str | None = None,
        host_verify: Verify | None = None,
        retries: int = 3,
        backoff: float = 0.5,
        timeout: float = 60.0,
        host_addresses: Mapping[str, str] | None = None,
        resolver: Resolver | None = None,
        min_rate: float = DEFAULT_MIN_RATE,
        transfer_threads: int = 16,
        proxy: str | None = None,
        proxy_from_env: bool = False,
    ) -> None:
        if not isinstance(transfer_threads, int) or transfer_threads < 1:
            raise BadArgument("transfer_threads must be an int >= 1")
        self._transfer_threads = transfer_threads
        super().__init__(
            server,
            username=username,
            password=password,
            verify=verify,
            release=release,
            host_verify=host_verify,
            retries=retries,
            backoff=backoff,
            timeout=timeout,
            host_addresses=host_addresses,
            resolver=resolver,
            min_rate=min_rate,
            proxy=proxy,
            proxy_from_env=proxy_from_env,
        )

    def _open_io(self) -> None:
        threads = self._transfer_threads
        self._threads = ThreadPoolExecutor(threads, thread_name_prefix="vsphere-guest")
        self._api_threads = ThreadPoolExecutor(API_THREADS, thread_name_prefix="vsphere-guest-api")
        self._session_lock = asyncio.Lock()  # login and re-login: one task at a time
        self._turns = asyncio.Semaphore(threads)  # a transfer initiates on its turn

    async def _close_io(self) -> None:
        """Refuse new calls; idle connections close now, those of API calls under way when
        their answer is in (not waited for); transfers under way are waited for."""
        self._closed = True
        try:
            self._vcenter.close()
            self._api_threads.shutdown(wait=False)
        finally:
            self._threads.shutdown(wait=True)
            self._hosts.close()

    async def _run(self, flow: Flow[T], locked: bool = False) -> T:
        try:
            effect = next(flow)
            while True:
                try:
                    result = await self._perform(effect, locked)
                except GeneratorExit:  # this coroutine is being closed: no more effects run
                    flow.close()
                    raise
                except BaseException as exc:  # CancelledError too: the flow may clean up
                    effect = flow.throw(exc)
                else:
                    effect = flow.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def _api(self, call: ApiCall) -> Answer:
        """One API call in an API thread; cancelled, the call ends there on its own (within
        the API deadline) and its answer is dropped."""
        try:
            future = self._api_threads.submit(self._api_call, call)
        except RuntimeError:  # close() shut the pool down since the check
            raise ClientClosed(CLOSED) from None
        return await asyncio.wrap_future(future)

    async def _perform(self, effect: Effect, locked: bool) -> Any:
        if isinstance(effect, Exclusive):
            if locked:
                return await self._run(effect.flow, locked=True)
            async with self._session_lock:
                return await self._run(effect.flow, locked=True)
        if isinstance(effect, Bounded):
            # Awaiting again once a CancelledError was caught is allowed; the task stays
            # cancelling (no uncancel) and the flow re-raises the CancelledError afterwards.
            try:
                async with asyncio.timeout(effect.seconds):
                    return await self._run(effect.flow, locked)
            except TimeoutError:
                raise TimeoutError(f"not done within {effect.seconds:g} seconds") from None
        if isinstance(effect, Sleep):
            await asyncio.sleep(effect.seconds)
            return None
        self._check_open()
        self._count_round_trip()
        if isinstance(effect, ApiCall):
            return await self._api(effect)
        if isinstance(effect, Fetch):
            on_loop = dataclasses.replace(effect, progress=self._on_loop(effect.progress))
            return await self._in_thread(lambda stop: fetch(self._hosts, on_loop, stop))
        if isinstance(effect, Put):
            on_loop_put = dataclasses.replace(effect, progress=self._on_loop(effect.progress))
            return await self._in_thread(lambda stop: put(self._hosts, on_loop_put, stop))
        raise TypeError(f"unknown effect {effect!r}")

    async def _in_thread(self, work: Callable[[Callable[[], bool]], T]) -> T:
        """Run blocking work in a transfer thread; on cancellation, stop it and wait for it."""
        stop = threading.Event()
        future = self._threads.submit(work, stop.is_set)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            stop.set()  # the worker notices between chunks and lets go of the sink
            ended = asyncio.wrap_future(future)
            ended.add_done_callback(_retrieve)  # even if this wait is cancelled too
            await asyncio.wait([ended])
            raise

    @staticmethod
    def _on_loop(progress: Progress | None) -> Progress | None:
        if progress is None:
            return None
        loop = asyncio.get_running_loop()

        def report(done: int, total: int) -> None:
            loop.call_soon_threadsafe(progress, done, total)

        return report
