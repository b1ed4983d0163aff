"""The shared integration tests run over both clients: `client` is a Client, or an AsyncClient
driven from the test's own (sync) code by AsyncAsSync. A test that is about one flavour only
(threads, the sync drivers' internals) is marked `sync_only` and runs over Client alone."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

from vsphere_guest import AsyncClient, FileAttributes

T = TypeVar("T")


class AsyncAsSync:
    """An AsyncClient whose verbs are called like Client's: each coroutine runs to its end on
    one event loop in a thread of its own; `open_download` and its chunks are adapted too.
    Anything else (round_trips, release, ...) is the AsyncClient's own attribute."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    def _await(self, work: Coroutine[Any, Any, T]) -> T:
        future = asyncio.run_coroutine_threadsafe(work, self._loop)
        while True:
            try:
                return future.result(timeout=1.0)
            except concurrent.futures.TimeoutError:
                if not self._thread.is_alive():  # e.g. a KeyboardInterrupt stopped the loop
                    raise RuntimeError("the event loop of AsyncAsSync stopped") from None

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if asyncio.iscoroutinefunction(attribute):
            return lambda *args, **kwargs: self._await(attribute(*args, **kwargs))
        return attribute

    @contextlib.contextmanager
    def open_download(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        opened = self._client.open_download(*args, **kwargs)
        download = self._await(opened.__aenter__())
        chunks = download.__aiter__()

        def iterate() -> Iterator[bytes]:
            while True:
                try:
                    yield self._await(chunks.__anext__())
                except StopAsyncIteration:
                    return

        try:
            yield _SyncDownload(download.size, download.attributes, iterate())
        except BaseException as exc:
            if not self._await(opened.__aexit__(type(exc), exc, exc.__traceback__)):
                raise
        else:
            self._await(opened.__aexit__(None, None, None))

    def __enter__(self) -> AsyncAsSync:
        self._await(self._client.__aenter__())
        return self

    def __exit__(self, *exc: Any) -> None:
        try:
            self._await(self._client.__aexit__(*exc))
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()


class _SyncDownload:
    def __init__(self, size: int, attributes: FileAttributes, chunks: Iterator[bytes]) -> None:
        self.size = size
        self.attributes = attributes
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks
