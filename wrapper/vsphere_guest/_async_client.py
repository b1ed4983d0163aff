"""The asynchronous client: performs the core's effects with httpx.AsyncClient.

Same verbs and arguments as Client (see its docstrings); only the I/O differs.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TypeVar

import httpx

from ._core import Core, VmLike, as_dict, open_destination, source_size
from ._effects import ApiCall, Effect, Fetch, Flow, Put, Sleep, TransferTarget
from ._session import Operation
from ._tls import Verify
from ._transfer import (
    CHUNK,
    TRANSFER_HEADERS,
    FileSink,
    check_fresh,
    check_status,
    classify,
    read_chunks,
)
from .errors import SizeMismatch
from .types import DownloadResult, GuestCredentials, GuestFile, Progress, UploadResult, VmRef

T = TypeVar("T")


class AsyncOpenedDownload:
    """An open guest file: its size, attributes, and its bytes as an async iterator of chunks."""

    def __init__(self, size: int, attributes: dict[str, Any], chunks: AsyncIterator[bytes]) -> None:
        self.size = size
        self.attributes = attributes
        self._chunks = chunks

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks


class AsyncClient:
    """The async twin of Client: `async with AsyncClient(...) as c: await c.download(...)`."""

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
    ) -> None:
        self._core = Core(
            server,
            username=username,
            password=password,
            verify=verify,
            release=release,
            host_verify=host_verify,
            retries=retries,
            backoff=backoff,
        )
        self._timeout = timeout
        self._http = httpx.AsyncClient(
            base_url=self._core.address.origin,
            verify=self._core.vcenter_context,
            timeout=timeout,
            headers={"Accept": "application/json"},
        )
        self._round_trips = 0
        self._transfers: dict[tuple[str, str], httpx.AsyncClient] = {}
        self._login_lock = asyncio.Lock()

    async def __aenter__(self) -> AsyncClient:
        await self.login()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def login(self) -> None:
        async with self._login_lock:
            await self._run(self._core.session.ready())

    async def close(self) -> None:
        try:
            if self._core.session.logged_in:
                with contextlib.suppress(Exception):
                    await self._run(self._core.session.logout())
        finally:
            for client in self._transfers.values():
                await client.aclose()
            self._transfers.clear()
            await self._http.aclose()

    @property
    def release(self) -> str:
        return self._core.session.release

    @property
    def round_trips(self) -> int:
        return self._round_trips

    async def call(self, operation: Operation[T], **kwargs: Any) -> T:
        return await self._run(self._core.session.call(operation, **kwargs))

    async def find_vm(self, ref: str) -> VmRef:
        return await self._run(self._core.vm(ref))

    async def download(
        self,
        vm: VmLike,
        guest_path: str,
        dest: str | Path | IO[bytes],
        *,
        credentials: GuestCredentials,
        overwrite: bool = False,
        progress: Progress | None = None,
    ) -> DownloadResult:
        sink, path = open_destination(dest, guest_path, overwrite)
        try:
            info = await self._run(self._core.download(vm, guest_path, sink, credentials, progress))
            if isinstance(sink, FileSink):
                sink.commit()
        except BaseException:
            if isinstance(sink, FileSink):
                sink.abort()
            raise
        return DownloadResult(path, info.size, as_dict(info.attributes))

    @contextlib.asynccontextmanager
    async def open_download(
        self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials
    ) -> AsyncIterator[AsyncOpenedDownload]:
        info, target = await self._run(self._core.initiate_download(vm, guest_path, credentials))
        check_fresh(target)
        client = self._transfer_client(target)
        try:
            async with client.stream("GET", target.url, headers=TRANSFER_HEADERS) as response:
                if response.status_code != 200:
                    check_status(response, await response.aread())
                chunks = self._chunks(response, target, info.size)
                yield AsyncOpenedDownload(info.size, as_dict(info.attributes), chunks)
        except httpx.TransportError as exc:
            raise classify(exc, target) from exc

    async def upload(
        self,
        vm: VmLike,
        src: str | Path | IO[bytes],
        guest_path: str,
        *,
        credentials: GuestCredentials,
        overwrite: bool = False,
        progress: Progress | None = None,
        size: int | None = None,
    ) -> UploadResult:
        with contextlib.ExitStack() as stack:
            source = stack.enter_context(open(src, "rb")) if isinstance(src, str | Path) else src
            total = source_size(source, size)
            flow = self._core.upload(
                vm, source, total, guest_path, credentials, overwrite, progress
            )
            await self._run(flow)
        return UploadResult(guest_path, total)

    async def list_files(
        self,
        vm: VmLike,
        guest_dir: str,
        *,
        credentials: GuestCredentials,
        pattern: str | None = None,
    ) -> list[GuestFile]:
        return await self._run(self._core.list_files(vm, guest_dir, credentials, pattern))

    async def _run(self, flow: Flow[T]) -> T:
        try:
            effect = next(flow)
            while True:
                try:
                    result = await self._perform(effect)
                except Exception as exc:
                    effect = flow.throw(exc)
                else:
                    effect = flow.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]

    async def _perform(self, effect: Effect) -> Any:
        if isinstance(effect, ApiCall):
            return await self._http.request(
                effect.method, effect.path, json=effect.json, headers=effect.headers
            )
        if isinstance(effect, Fetch):
            return await self._fetch(effect)
        if isinstance(effect, Put):
            return await self._put(effect)
        if isinstance(effect, Sleep):
            await asyncio.sleep(effect.seconds)
            return None
        raise TypeError(f"unknown effect {effect!r}")

    def _transfer_client(self, target: TransferTarget) -> httpx.AsyncClient:
        client = self._transfers.get(target.pool_key)
        if client is None:
            client = httpx.AsyncClient(verify=target.context, timeout=self._timeout)
            self._transfers[target.pool_key] = client
        return client

    async def _fetch(self, fetch: Fetch) -> int:
        check_fresh(fetch.target)
        client = self._transfer_client(fetch.target)
        received, total, sink, progress = 0, fetch.total, fetch.sink, fetch.progress
        try:
            async with client.stream("GET", fetch.target.url, headers=TRANSFER_HEADERS) as response:
                if response.status_code != 200:
                    check_status(response, await response.aread())
                async for chunk in response.aiter_raw(CHUNK):
                    sink.write(chunk)
                    received += len(chunk)
                    if progress is not None:
                        progress(received, total)
        except httpx.TransportError as exc:
            raise classify(exc, fetch.target) from exc
        return received

    async def _put(self, put: Put) -> None:
        check_fresh(put.target)
        client = self._transfer_client(put.target)
        headers = {**TRANSFER_HEADERS, "Content-Length": str(put.size)}

        async def body() -> AsyncIterator[bytes]:
            for chunk in read_chunks(put.source, put.size, put.progress):
                yield chunk

        try:
            response = await client.put(put.target.url, content=body(), headers=headers)
        except httpx.TransportError as exc:
            raise classify(exc, put.target) from exc
        check_status(response, response.content)

    async def _chunks(
        self, response: httpx.Response, target: TransferTarget, size: int
    ) -> AsyncIterator[bytes]:
        received = 0
        try:
            async for chunk in response.aiter_raw(CHUNK):
                received += len(chunk)
                yield chunk
        except httpx.TransportError as exc:
            raise classify(exc, target) from exc
        if received != size:
            raise SizeMismatch(size, received)
