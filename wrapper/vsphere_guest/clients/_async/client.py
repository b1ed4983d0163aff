"""The client's verbs, written once: this async source is AsyncClient; clients/_sync/client.py,
Client, is generated from it (`nox -s unasync`: `await` dropped, Async names made Sync).
Each verb checks its arguments, then runs the core's flows through its performer
(clients/async_io.py, clients/sync_io.py), which is where the two flavours differ.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from types import TracebackType
from typing import IO, TypeVar

from vim25_json.models import FileTransferInformation, GuestFileAttributes

from ...dataplane.destinations import Commit, FileSink, StreamSink, open_destination
from ...dataplane.effects import check_fresh
from ...dataplane.stamps import stamped
from ...dataplane.stream import check_response, iter_body
from ...guest.context import VmLike
from ...guest_paths import guest_target
from ...types import (
    DownloadResult,
    FileAttributes,
    GuestCredentials,
    GuestFile,
    Progress,
    UploadResult,
)
from ..base import (
    check_attributes,
    check_credentials,
    check_guest_path,
    check_vm,
)
from ..core import source_size
from .tree_verbs import AsyncTreeVerbs

T = TypeVar("T")


class AsyncOpenedDownload:
    """An open guest file: its size, attributes (FileAttributes), and its bytes as (async)
    iterated chunks."""

    def __init__(self, size: int, attributes: FileAttributes, chunks: AsyncIterator[bytes]) -> None:
        self.size = size
        self.attributes = attributes
        self._chunks = chunks

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks


class AsyncClient(AsyncTreeVerbs):
    """A vCenter connection for guest file transfers. Use as a context manager (login/logout):
    `with Client(...) as c: c.download(...)`, `async with AsyncClient(...) as c: await
    c.download(...)`; both have the same verbs and arguments.

    `server` is `host`, `host:port` or `[v6]:port`. `verify` covers vCenter (True: system trust,
    a CA file path, an SSLContext, or False with a warning). The ESXi host of each transfer is
    pinned to its certificate from vCenter unless `host_verify` says otherwise.
    `host_addresses` maps an ESXi host name of transfer URLs (`name` or `name:port`) to the
    address to connect to instead (`addr` or `addr:port`: port forwarding, names your DNS does
    not know); a name that does not resolve falls back on the host's one management address
    from vCenter. `resolver` (`(name, port) -> addresses`, raising OSError for an unknown name)
    replaces the system resolver for those names. The pinned certificate still decides.
    `proxy` (`http://[USER:PASSWORD@]HOST:PORT`) sends vCenter's connection and the transfers
    through that HTTP proxy as CONNECT tunnels (TLS and the pin check inside them); with
    `proxy_from_env=True`, HTTPS_PROXY does, except for the hosts NO_PROXY lists. Neither: no
    proxy, the environment ignored.
    `timeout` bounds each wait for vCenter or a host; a transfer moving fewer than `min_rate`
    bytes per second (0: no minimum) over a window of 3 * `timeout` seconds of waiting is
    aborted (TransferTooSlow).

    Client is thread-safe: one client may serve many threads at once (downloads, uploads,
    calls); `close()` from one of them refuses new calls at once, and calls and transfers
    already under way end on their own connections. AsyncClient is task-safe; its
    `transfer_threads` bounds the transfers that run at once: others wait their turn before
    their Initiate call, so their URLs are fresh when they start (one that went stale anyway is
    replaced at once, not counted as a retry); its progress callbacks run on the event loop.
    Callers share one vCenter session: the first call logs in once for all of them, and after
    the session expires exactly one of them logs in again while the others wait and reuse it.
    """

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
        """Negotiate the release and log in (done on first use or `with` anyway)."""
        await self._run(self._core.session.ready())

    async def close(self) -> None:
        """Log out (if logged in) and close every connection."""
        try:
            if self._core.session.logged_in:
                with contextlib.suppress(Exception):
                    await self._run(self._core.session.logout())
        finally:
            await self._close_io()

    async def download(
        self,
        vm: VmLike,
        guest_path: str,
        dest: str | Path | IO[bytes],
        *,
        credentials: GuestCredentials,
        overwrite: bool = False,
        progress: Progress | None = None,
        parents: bool = False,
        preserve_times: bool = True,
        preserve_permissions: bool = False,
    ) -> DownloadResult:
        """Stream a guest file to `dest` (file path, folder, or binary file object).

        A path is written through a temporary file and renamed into place only when complete
        and of the announced size; on failure it is left untouched. A str ending with a
        separator is a folder; a missing folder is an error unless `parents=True` creates it.
        As download_tree(), the file gets the guest's modification and access times unless
        `preserve_times=False`, and its permission bits with `preserve_permissions=True`
        (never set-uid, set-gid or sticky); a file object gets neither.
        """
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        sink, path = open_destination(dest, guest_path, overwrite, parents)
        commit = stamped(preserve_times, preserve_permissions)
        info = await self._download_into(vm, guest_path, sink, credentials, progress, commit)
        return DownloadResult(path, info.size, FileAttributes.from_model(info.attributes))

    async def _download_into(
        self,
        vm: VmLike,
        guest_path: str,
        sink: FileSink | StreamSink,
        credentials: GuestCredentials,
        progress: Progress | None,
        commit: Commit | None = None,
    ) -> FileTransferInformation:
        """The download into a sink; a FileSink is then committed (by `commit` when given) or,
        on any failure, aborted."""
        try:
            async with self._turns:
                flow = self._core.download(vm, guest_path, sink, credentials, progress)
                info = await self._run(flow)
                if isinstance(sink, FileSink):
                    file_sink = sink
                    if commit is None:
                        await self._in_thread(lambda stop: file_sink.commit())
                    else:
                        await self._in_thread(lambda stop: commit(file_sink, info))
        except BaseException:
            if isinstance(sink, FileSink):
                sink.abort()
            raise
        return info

    @contextlib.asynccontextmanager
    async def open_download(
        self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials
    ) -> AsyncIterator[AsyncOpenedDownload]:
        """Open a guest file for streaming: `.size`, `.attributes` (a FileAttributes), and
        iterate for chunks."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        info, target = await self._run(self._core.initiate_download(vm, guest_path, credentials))
        check_fresh(target)
        self._count_round_trip()
        request = self._hosts.request(target, "GET")
        response = await self._in_thread(lambda stop: request.__enter__())
        try:
            await self._in_thread(lambda stop: check_response(response, target))
            body = iter_body(response, info.size)

            async def chunks() -> AsyncIterator[bytes]:
                while (chunk := await self._in_thread(lambda stop: next(body, None))) is not None:
                    yield chunk

            attributes = FileAttributes.from_model(info.attributes)
            yield AsyncOpenedDownload(info.size, attributes, chunks())
        except BaseException:
            error = sys.exc_info()
            await self._in_thread(lambda stop: request.__exit__(*error))
            raise
        await self._in_thread(lambda stop: request.__exit__(None, None, None))

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
        attributes: GuestFileAttributes | None = None,
    ) -> UploadResult:
        """Upload a local file or binary file object (of known size) to guest_path; a guest
        path ending with / or \\ is a folder and keeps the local file's base name. An empty
        source becomes an empty guest file (CreateTemporaryFileInGuest + MoveFileInGuest: live
        ESXi hosts answer a 0-byte PUT with HTTP 500). `attributes` (a GuestPosixFileAttributes or
        GuestWindowsFileAttributes: permissions in chmod format, owner, group, times, hidden...)
        are set on the new file by the guest, as govc's -perm/-uid/-gid; by default the guest
        gives it 0644 and the current time."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        check_attributes(attributes)
        guest_path = guest_target(guest_path, src)
        with contextlib.ExitStack() as stack:
            source = stack.enter_context(open(src, "rb")) if isinstance(src, str | Path) else src
            total = source_size(source, size)
            flow = self._core.upload(
                vm, source, total, guest_path, credentials, overwrite, progress, attributes
            )
            async with self._turns:
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
        """The entries of a guest directory (all pages)."""
        check_vm(vm), check_guest_path(guest_dir, "guest_dir"), check_credentials(credentials)
        return await self._run(self._core.list_files(vm, guest_dir, credentials, pattern))
