"""The client's verbs, written once: this async source is AsyncClient; clients/_sync/client.py,
Client, is generated from it (`nox -s unasync`: `await` dropped, Async names made Sync).
Each verb checks its arguments, then runs the core's flows through its performer
(clients/async_io.py, clients/sync_io.py), which is where the two flavours differ.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TypeVar

from vim25_json.models import FileTransferInformation, GuestFileAttributes

from ...dataplane.destinations import Commit, FileSink, StreamSink, open_destination
from ...dataplane.effects import check_fresh
from ...dataplane.stamps import stamped
from ...dataplane.stream import check_response, iter_body
from ...guest.context import VmLike
from ...guest.listing import TreeEntry
from ...guest_paths import guest_target
from ...trees._async import runs
from ...trees._async.drivers import run_jobs, upload_act
from ...trees.collect import CollectRecord
from ...trees.download import Order, TreeFile, TreeOptions, TreeResult, jobs_of, ordered, walk_flow
from ...trees.download import dry_run as dry_run_result
from ...trees.jobs import TreeProgress, tree_progress
from ...trees.upload import local_plan, make_folders_flow
from ...types import (
    DownloadResult,
    FileAttributes,
    FilesProgress,
    GuestCredentials,
    GuestFile,
    Progress,
    UploadResult,
    VmRef,
)
from ..base import (
    check_attributes,
    check_collect,
    check_credentials,
    check_guest_path,
    check_vm,
)
from ..core import source_size
from .guest_file_verbs import AsyncGuestFileVerbs

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


class AsyncClient(AsyncGuestFileVerbs):
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

    async def download_tree(
        self,
        vm: VmLike,
        guest_dir: str,
        dest_dir: str | Path,
        *,
        credentials: GuestCredentials,
        pattern: str | None = None,
        recursive: bool = True,
        concurrency: int = 8,
        per_vm: int = 4,
        overwrite: bool = False,
        skip_existing: bool = False,
        preserve_times: bool = True,
        preserve_permissions: bool = False,
        progress: Progress | None = None,
        files_progress: Callable[[FilesProgress], None] | None = None,
        dry_run: bool = False,
    ) -> TreeResult:
        """Mirror a guest folder into `dest_dir` (made when missing), each file through
        download() with its guarantees. Returns every file's outcome; one file's failure does
        not stop the others; `dry_run=True` lists and plans only (nothing written). See the
        README ("Folders") for names, links and limits; for very many files see
        download_tree_each(), which keeps no outcome.
        `progress(done, total)` is told the bytes of all planned files; `files_progress(state)`
        a FilesProgress as files start and end and their bytes arrive: bytes and files done
        (skipped and failed files count as done) out of all the folder's, and the files
        moving now as (VM name, guest path). Either, both or neither may be given; both are
        called on the event loop (AsyncClient) or from the worker threads (Client),
        FilesProgress one call at a time; neither in a dry run."""
        found: list[tuple[Order, TreeFile]] = []
        await self._download_tree(
            vm,
            guest_dir,
            dest_dir,
            credentials,
            lambda o, f: found.append((o, f)),
            True,
            TreeOptions(
                pattern=pattern,
                recursive=recursive,
                overwrite=overwrite,
                skip_existing=skip_existing,
                preserve_times=preserve_times,
                preserve_permissions=preserve_permissions,
                concurrency=concurrency,
                per_vm=per_vm,
                dry_run=dry_run,
            ),
            progress,
            files_progress,
        )
        return TreeResult([f for _, f in sorted(found, key=lambda x: x[0])])

    async def download_tree_each(
        self,
        vm: VmLike,
        guest_dir: str,
        dest_dir: str | Path,
        each: Callable[[TreeFile], None],
        *,
        credentials: GuestCredentials,
        pattern: str | None = None,
        recursive: bool = True,
        concurrency: int = 8,
        per_vm: int = 4,
        overwrite: bool = False,
        skip_existing: bool = False,
        preserve_times: bool = True,
        preserve_permissions: bool = False,
        progress: Progress | None = None,
        files_progress: Callable[[FilesProgress], None] | None = None,
        dry_run: bool = False,
    ) -> None:
        """download_tree() that keeps nothing per file, for very many files: the listing is
        read page by page while the first files move, and each file's outcome (a TreeFile) is
        given to `each` as it comes (one call at a time, in the order files end, on the event
        loop or from the worker threads), so memory stays flat in the number of files.
        Options and errors as download_tree()'s; progress too, but its totals grow as the
        listing's pages come."""
        await self._download_tree(
            vm,
            guest_dir,
            dest_dir,
            credentials,
            lambda o, f: each(f),
            False,
            TreeOptions(
                pattern=pattern,
                recursive=recursive,
                overwrite=overwrite,
                skip_existing=skip_existing,
                preserve_times=preserve_times,
                preserve_permissions=preserve_permissions,
                concurrency=concurrency,
                per_vm=per_vm,
                dry_run=dry_run,
            ),
            progress,
            files_progress,
        )

    async def _download_tree(
        self,
        vm: VmLike,
        guest_dir: str,
        dest_dir: str | Path,
        credentials: GuestCredentials,
        each: Callable[[Order, TreeFile], None],
        list_first: bool,
        options: TreeOptions,
        progress: Progress | None,
        files_progress: Callable[[FilesProgress], None] | None,
    ) -> None:
        check_vm(vm), check_guest_path(guest_dir, "guest_dir"), check_credentials(credentials)
        shown = TreeProgress() if options.dry_run else TreeProgress(progress, files_progress)
        await runs.download_tree(
            self, vm, guest_dir, dest_dir, credentials, options, shown, each, list_first
        )

    async def collect(
        self,
        vms: Iterable[str | VmRef],
        guest_paths: Sequence[str],
        dest: str | Path,
        *,
        credentials: GuestCredentials,
        concurrency: int = 8,
        per_vm: int = 4,
        overwrite: bool = False,
        skip_existing: bool = False,
        preserve_times: bool = True,
        progress: Callable[[FilesProgress], None] | None = None,
        dry_run: bool = False,
    ) -> list[CollectRecord]:
        """Each guest path (file or folder) of each VM into `dest/<vm name>/<guest path>`
        (`C:\\Logs\\a.log` -> `dest/win-01/C/Logs/a.log`; an unsafe VM name is %-escaped; VMs
        sharing a name get `name@moid`), with this client's one session. Returns a record per
        file (status ok, changed, skipped, failed) or per VM that could not be used (error),
        VM by VM, path by path, in listing order (collect_each keeps none: for very many).
        `skip_existing=True` skips a file whose local copy has the guest's size and
        modification time (as download_tree's; a guest path fetched as a file is looked up
        with one listing, not downloaded). `dry_run=True` looks up and lists only: files to
        fetch are "planned" (or "skipped"), nothing is written (not even `dest`).

        `progress(state)`, when given, is called on the event loop (AsyncClient) or from the
        worker threads (Client), one call at a time, with a FilesProgress each time a file
        starts or ends and as its bytes arrive: bytes and files done out of those known so far
        (totals grow as paths turn out to be files or folders are listed), and the files
        moving now as (VM name, guest path)."""
        found: list[tuple[Order, CollectRecord]] = []
        options = TreeOptions(
            overwrite=overwrite,
            skip_existing=skip_existing,
            preserve_times=preserve_times,
            concurrency=concurrency,
            per_vm=per_vm,
            dry_run=dry_run,
        )
        each = lambda o, r: found.append((o, r))  # noqa: E731
        await self._collect(vms, guest_paths, dest, credentials, options, progress, each)
        return [r for _, r in sorted(found, key=lambda x: x[0])]

    async def collect_each(
        self,
        vms: Iterable[str | VmRef],
        guest_paths: Sequence[str],
        dest: str | Path,
        each: Callable[[CollectRecord], None],
        *,
        credentials: GuestCredentials,
        concurrency: int = 8,
        per_vm: int = 4,
        overwrite: bool = False,
        skip_existing: bool = False,
        preserve_times: bool = True,
        progress: Callable[[FilesProgress], None] | None = None,
        dry_run: bool = False,
    ) -> None:
        """collect() that keeps nothing per file: each record is given to `each(record)` as
        it comes (one call at a time, in the order files end, on the event loop or from the
        worker threads), so memory stays flat in the number of VMs and files. Options,
        progress and errors as collect()'s."""
        options = TreeOptions(
            overwrite=overwrite,
            skip_existing=skip_existing,
            preserve_times=preserve_times,
            concurrency=concurrency,
            per_vm=per_vm,
            dry_run=dry_run,
        )
        await self._collect(
            vms, guest_paths, dest, credentials, options, progress, lambda o, r: each(r)
        )

    async def _collect(
        self,
        vms: Iterable[str | VmRef],
        guest_paths: Sequence[str],
        dest: str | Path,
        credentials: GuestCredentials,
        options: TreeOptions,
        progress: Callable[[FilesProgress], None] | None,
        each: Callable[[Order, CollectRecord], None],
    ) -> None:
        check_credentials(credentials)
        check_collect(vms, guest_paths)
        await runs.collect(self, vms, guest_paths, dest, credentials, options, progress, each)

    async def list_tree(
        self,
        vm: VmLike,
        guest_dir: str,
        *,
        credentials: GuestCredentials,
        recursive: bool = True,
    ) -> list[TreeEntry]:
        """Every entry below a guest folder (breadth first, links never followed), each with
        its path relative to the folder and its guest path."""
        check_vm(vm), check_guest_path(guest_dir, "guest_dir"), check_credentials(credentials)
        return await self._run(walk_flow(self._core, vm, guest_dir, credentials, recursive))

    async def upload_tree(
        self,
        vm: VmLike,
        src_dir: str | Path,
        guest_dir: str,
        *,
        credentials: GuestCredentials,
        pattern: str | None = None,
        concurrency: int = 8,
        per_vm: int = 4,
        overwrite: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
        files_progress: Callable[[FilesProgress], None] | None = None,
        preserve: bool = False,
        attributes: GuestFileAttributes | None = None,
    ) -> TreeResult:
        """Copy a local folder into `guest_dir` (made, with parents): guest folders first, then
        each file through upload(). Local links and special files are skipped, never followed;
        names a guest cannot hold fail; one file's failure does not stop the others.
        `preserve=True` sends each file's times (and POSIX permission bits) with its upload;
        `attributes`, a GuestFileAttributes template, is set on every file (its fields win:
        e.g. `GuestPosixFileAttributes(owner_id=33, group_id=33)`). `progress` and
        `files_progress` as for download_tree()."""
        check_vm(vm), check_guest_path(guest_dir, "guest_dir"), check_credentials(credentials)
        check_attributes(attributes)
        options = TreeOptions(
            pattern=pattern,
            overwrite=overwrite,
            concurrency=concurrency,
            per_vm=per_vm,
            dry_run=dry_run,
            preserve_times=preserve,
            preserve_permissions=preserve,
            attributes=attributes,
        )
        options.check()
        vm_ref = await self._run(self._core.vm(vm))
        folders, order = local_plan(vm_ref, Path(src_dir), guest_dir, options)
        if dry_run:
            return dry_run_result(order, options)
        await self._run(make_folders_flow(self._core, vm_ref, folders, credentials))
        if jobs_of(order):
            await self._run(self._core.target_factory(vm_ref))  # the host pin once, not per thread
        tracker = tree_progress(progress, order, files_progress)
        act = upload_act(self, credentials, options, tracker)
        done = await run_jobs(self, jobs_of(order), credentials, options, tracker, act)
        return ordered(order, done)
