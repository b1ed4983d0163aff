"""The asynchronous client: API calls with httpx.AsyncClient; transfers run the blocking data
plane in worker threads, so neither TLS decryption nor disk writes block the event loop.

Same verbs and arguments as Client (see its docstrings).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TypeVar

import httpx
from vim25_json.models import FileTransferInformation, GuestFileAttributes

from . import _guest_files as guest_files
from ._blocking_stream import check_response, fetch, iter_body, put
from ._client_base import (
    BaseClient,
    buffered,
    check_attributes,
    check_collect,
    check_credentials,
    check_guest_path,
    check_vm,
    too_slow,
    vcenter_error,
)
from ._core import VmLike, as_dict, guest_target, open_destination, source_size
from ._effects import ApiCall, Bounded, Effect, Exclusive, Fetch, Flow, Put, Sleep
from ._fleet import CollectRecord, collect_async
from ._jobs import run_jobs_async, tree_progress
from ._listing import TreeEntry
from ._pace import DEFAULT_MIN_RATE
from ._session import Operation
from ._tls import Verify
from ._transfer import Commit, FileSink, StreamSink, check_fresh
from ._tree import (
    TreeOptions,
    TreeResult,
    finished,
    jobs_of,
    ordered,
    tree_flow,
    walk_flow,
)
from ._tree import (
    dry_run as dry_run_result,
)
from ._upload_tree import local_plan, make_folders_flow, upload_act_async
from .errors import BadArgument, VsphereGuestError
from .types import (
    DownloadResult,
    FilesProgress,
    GuestCredentials,
    GuestFile,
    Progress,
    Resolver,
    UploadResult,
    VmRef,
)

T = TypeVar("T")


class AsyncOpenedDownload:
    """An open guest file: its size, attributes, and its bytes as an async iterator of chunks."""

    def __init__(self, size: int, attributes: dict[str, Any], chunks: AsyncIterator[bytes]) -> None:
        self.size = size
        self.attributes = attributes
        self._chunks = chunks

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks


class AsyncClient(BaseClient):
    """The async twin of Client: `async with AsyncClient(...) as c: await c.download(...)`.

    `transfer_threads` bounds the transfers that run at once: others wait their turn before
    their Initiate call, so their URLs are fresh when they start (one that went stale anyway is
    replaced at once, not counted as a retry). Progress callbacks run on the
    event loop. Concurrent tasks share one vCenter session: one login for all first calls, one
    re-login per expiry.
    """

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
    ) -> None:
        if not isinstance(transfer_threads, int) or transfer_threads < 1:
            raise BadArgument("transfer_threads must be an int >= 1")
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
        )
        self._http = httpx.AsyncClient(**self._http_args)
        self._threads = ThreadPoolExecutor(transfer_threads, thread_name_prefix="vsphere-guest")
        self._session_lock = asyncio.Lock()  # login and re-login: one task at a time
        self._turns = asyncio.Semaphore(transfer_threads)  # a transfer initiates on its turn

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
        await self._run(self._core.session.ready())

    async def close(self) -> None:
        try:
            if self._core.session.logged_in:
                with contextlib.suppress(Exception):
                    await self._run(self._core.session.logout())
        finally:
            await self._http.aclose()
            self._threads.shutdown(wait=True)
            self._hosts.close()

    async def call(self, operation: Operation[T], **kwargs: Any) -> T:
        return await self._run(self._core.session.call(operation, **kwargs))

    async def find_vm(self, ref: str) -> VmRef:
        check_vm(ref)
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
        parents: bool = False,
    ) -> DownloadResult:
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        sink, path = open_destination(dest, guest_path, overwrite, parents)
        info = await self._download_into(vm, guest_path, sink, credentials, progress)
        return DownloadResult(path, info.size, as_dict(info.attributes))

    async def _download_into(
        self,
        vm: VmLike,
        guest_path: str,
        sink: FileSink | StreamSink,
        credentials: GuestCredentials,
        progress: Progress | None,
        commit: Commit | None = None,
    ) -> FileTransferInformation:
        """Client._download_into on its turn; the commit runs in a transfer thread."""
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

            yield AsyncOpenedDownload(info.size, as_dict(info.attributes), chunks())
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
        """Client.upload for AsyncClient."""
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
        README ("Folders") for names, links and limits.
        `progress(done, total)` is told the bytes of all planned files; `files_progress(state)`
        a FilesProgress as files start and end and their bytes arrive: bytes and files done
        (skipped and failed files count as done) out of all the folder's, and the files moving
        now as (VM name, guest path). Either, both or neither may be given; both are called
        on the event loop (FilesProgress one call at a time), neither in a dry run."""
        check_vm(vm), check_guest_path(guest_dir, "guest_dir"), check_credentials(credentials)
        options = TreeOptions(
            pattern=pattern,
            recursive=recursive,
            overwrite=overwrite,
            skip_existing=skip_existing,
            preserve_times=preserve_times,
            preserve_permissions=preserve_permissions,
            concurrency=concurrency,
            per_vm=per_vm,
            dry_run=dry_run,
        )
        order = await self._run(
            tree_flow(self._core, vm, guest_dir, dest_dir, credentials, options)
        )
        if dry_run:
            return dry_run_result(order, options)
        tracker = tree_progress(progress, order, files_progress)
        done = await run_jobs_async(self, jobs_of(order), credentials, options, tracker)
        return finished(order, done, Path(dest_dir))

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
        preserve_times: bool = True,
        progress: Callable[[FilesProgress], None] | None = None,
    ) -> list[CollectRecord]:
        """Each guest path (file or folder) of each VM into `dest/<vm name>/<guest path>`
        (`C:\\Logs\\a.log` -> `dest/win-01/C/Logs/a.log`; an unsafe VM name is %-escaped; VMs
        sharing a name get `name@moid`), with this client's one session. Returns a record per
        file (status ok, changed, skipped, failed) or per VM that could not be used (error).

        `progress(state)`, when given, is called on the event loop, one call at a time, with a
        FilesProgress each time a file starts or ends and as its bytes arrive: bytes and
        files done out of those known so far (totals grow as paths turn out to be files or
        folders are listed), and the files moving now as (VM name, guest path)."""
        check_credentials(credentials)
        check_collect(vms, guest_paths)
        options = TreeOptions(
            overwrite=overwrite,
            preserve_times=preserve_times,
            concurrency=concurrency,
            per_vm=per_vm,
        )
        return await collect_async(self, vms, guest_paths, dest, credentials, options, progress)

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
        act = upload_act_async(self, credentials, options, tracker)
        done = await run_jobs_async(self, jobs_of(order), credentials, options, tracker, act)
        return ordered(order, done)

    # --- guest file verbs ----------------------------------------------------------------------

    async def mkdir(
        self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials, parents: bool = False
    ) -> None:
        """Make a guest folder; `parents=True` makes missing parents too and accepts an existing
        folder (as `mkdir -p`)."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        await self._run(
            guest_files.make_directory(self._core, vm, guest_path, credentials, parents)
        )

    async def remove(self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials) -> None:
        """Delete a guest file (a symbolic link itself, never its target); not a folder."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        await self._run(guest_files.delete_file(self._core, vm, guest_path, credentials))

    async def rmdir(
        self,
        vm: VmLike,
        guest_path: str,
        *,
        credentials: GuestCredentials,
        recursive: bool = False,
    ) -> None:
        """Delete a guest folder: an empty one, or with `recursive=True` all it holds."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        await self._run(
            guest_files.delete_directory(self._core, vm, guest_path, credentials, recursive)
        )

    async def move(
        self,
        vm: VmLike,
        src: str,
        dst: str,
        *,
        credentials: GuestCredentials,
        overwrite: bool = False,
    ) -> None:
        """Rename or move a guest file or folder (a folder is never moved over anything)."""
        check_vm(vm), check_guest_path(src, "src"), check_guest_path(dst, "dst")
        check_credentials(credentials)
        await self._run(guest_files.move(self._core, vm, src, dst, credentials, overwrite))

    async def mktemp(
        self,
        vm: VmLike,
        *,
        credentials: GuestCredentials,
        directory: bool = False,
        prefix: str = guest_files.TEMP_PREFIX,
        suffix: str = "",
        parent: str | None = None,
    ) -> str:
        """Create a new guest temporary file (or folder with `directory=True`) in `parent` (the
        guest's temporary folder by default); returns its guest path."""
        check_vm(vm), check_credentials(credentials)
        return await self._run(
            guest_files.make_temporary(
                self._core,
                vm,
                credentials,
                directory=directory,
                prefix=prefix,
                suffix=suffix,
                parent=parent,
            )
        )

    async def change_attributes(
        self,
        vm: VmLike,
        guest_path: str,
        attributes: GuestFileAttributes,
        *,
        credentials: GuestCredentials,
    ) -> None:
        """ChangeFileAttributesInGuest: set the fields given in `attributes` (e.g.
        `GuestPosixFileAttributes(permissions=0o640)` or
        `GuestWindowsFileAttributes(hidden=True)`)."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        check_attributes(attributes, optional=False)
        await self._run(
            guest_files.change_attributes(self._core, vm, guest_path, credentials, attributes)
        )

    # --- effects -------------------------------------------------------------------------------

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

    async def _api(self, call: ApiCall) -> httpx.Response:
        """One API call, its answer read whole within the API deadline."""
        ends = time.monotonic() + self._api_deadline
        try:
            async with self._http.stream(
                call.method, call.path, json=call.json, headers=call.headers
            ) as response:
                chunks = []
                async for chunk in response.aiter_raw():
                    chunks.append(chunk)
                    if time.monotonic() > ends:
                        raise too_slow(self._core.address.netloc, self._api_deadline)
                return buffered(response, b"".join(chunks))
        except VsphereGuestError:
            raise  # too_slow() is also an httpx exception
        except httpx.RequestError as exc:
            raise vcenter_error(exc, self._core.address.netloc) from exc

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
            await asyncio.wait([ended])
            if not ended.cancelled():
                ended.exception()  # retrieved: the worker's "cancelled" error is expected noise
            raise

    @staticmethod
    def _on_loop(progress: Progress | None) -> Progress | None:
        if progress is None:
            return None
        loop = asyncio.get_running_loop()

        def report(done: int, total: int) -> None:
            loop.call_soon_threadsafe(progress, done, total)

        return report
