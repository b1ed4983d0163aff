"""The synchronous client: performs the core's effects (API calls with httpx.Client, transfers
with the blocking data plane)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
from ._fleet import CollectRecord, collect
from ._jobs import run_jobs, tree_progress
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
from ._upload_tree import local_plan, make_folders_flow, upload_act
from .errors import VsphereGuestError
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


class OpenedDownload:
    """An open guest file: its size, attributes, and its bytes as an iterator of chunks."""

    def __init__(self, size: int, attributes: dict[str, Any], chunks: Iterator[bytes]) -> None:
        self.size = size
        self.attributes = attributes
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks


class Client(BaseClient):
    """A vCenter connection for guest file transfers. Use as a context manager (login/logout).

    `server` is `host`, `host:port` or `[v6]:port`. `verify` covers vCenter (True: system trust,
    a CA file path, an SSLContext, or False with a warning). The ESXi host of each transfer is
    pinned to its certificate from vCenter unless `host_verify` says otherwise.
    `host_addresses` maps an ESXi host name of transfer URLs (`name` or `name:port`) to the
    address to connect to instead (`addr` or `addr:port`: port forwarding, names your DNS does
    not know); a name that does not resolve falls back on the host's one management address
    from vCenter. `resolver` (`(name, port) -> addresses`, raising OSError for an unknown name)
    replaces the system resolver for those names. The pinned certificate still decides.
    `timeout` bounds each wait for vCenter or a host; a transfer moving fewer than `min_rate`
    bytes per second (0: no minimum) over a window of 3 * `timeout` seconds of waiting is
    aborted (TransferTooSlow).

    Thread-safe: one client may serve many threads at once (downloads, uploads, calls). They
    share one vCenter session: the first call logs in once for all of them, and after the
    session expires exactly one of them logs in again while the others wait and reuse it.
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
    ) -> None:
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
        self._http = httpx.Client(**self._http_args)
        self._session_lock = threading.Lock()  # login and re-login: one thread at a time

    # --- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Client:
        self.login()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def login(self) -> None:
        """Negotiate the release and log in (done on first use or `with` anyway)."""
        self._run(self._core.session.ready())

    def close(self) -> None:
        """Log out (if logged in) and close every connection."""
        try:
            if self._core.session.logged_in:
                with contextlib.suppress(Exception):
                    self._run(self._core.session.logout())
        finally:
            self._hosts.close()
            self._http.close()

    # --- verbs -------------------------------------------------------------------------------

    def call(self, operation: Operation[T], **kwargs: Any) -> T:
        """Call any generated vim25_json operation with this client's session, release,
        re-login and fault decoding; returns the parsed result (None for no content)."""
        return self._run(self._core.session.call(operation, **kwargs))

    def find_vm(self, ref: str) -> VmRef:
        """Find a VM by inventory path, name, instance/BIOS UUID, DNS name, IP or moref id."""
        check_vm(ref)
        return self._run(self._core.vm(ref))

    def download(
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
        """Stream a guest file to `dest` (file path, folder, or binary file object).

        A path is written through a temporary file and renamed into place only when complete
        and of the announced size; on failure it is left untouched. A str ending with a
        separator is a folder; a missing folder is an error unless `parents=True` creates it.
        """
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        sink, path = open_destination(dest, guest_path, overwrite, parents)
        info = self._download_into(vm, guest_path, sink, credentials, progress)
        return DownloadResult(path, info.size, as_dict(info.attributes))

    def _download_into(
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
            info = self._run(self._core.download(vm, guest_path, sink, credentials, progress))
            if isinstance(sink, FileSink):
                if commit is None:
                    sink.commit()
                else:
                    commit(sink, info)
        except BaseException:
            if isinstance(sink, FileSink):
                sink.abort()
            raise
        return info

    @contextlib.contextmanager
    def open_download(
        self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials
    ) -> Iterator[OpenedDownload]:
        """Open a guest file for streaming: `.size`, `.attributes`, and iterate for chunks."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        info, target = self._run(self._core.initiate_download(vm, guest_path, credentials))
        check_fresh(target)
        self._count_round_trip()
        with self._hosts.request(target, "GET") as response:
            check_response(response, target)
            yield OpenedDownload(
                info.size, as_dict(info.attributes), iter_body(response, info.size)
            )

    def upload(
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
            self._run(
                self._core.upload(
                    vm, source, total, guest_path, credentials, overwrite, progress, attributes
                )
            )
        return UploadResult(guest_path, total)

    def list_files(
        self,
        vm: VmLike,
        guest_dir: str,
        *,
        credentials: GuestCredentials,
        pattern: str | None = None,
    ) -> list[GuestFile]:
        """The entries of a guest directory (all pages)."""
        check_vm(vm), check_guest_path(guest_dir, "guest_dir"), check_credentials(credentials)
        return self._run(self._core.list_files(vm, guest_dir, credentials, pattern))

    def download_tree(
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
        from the worker threads (FilesProgress one call at a time), neither in a dry run."""
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
        order = self._run(tree_flow(self._core, vm, guest_dir, dest_dir, credentials, options))
        if dry_run:
            return dry_run_result(order, options)
        tracker = tree_progress(progress, order, files_progress)
        done = run_jobs(self, jobs_of(order), credentials, options, tracker)
        return finished(order, done, Path(dest_dir))

    def collect(
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

        `progress(state)`, when given, is called from the worker threads, one call at a time, with a
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
        return collect(self, vms, guest_paths, dest, credentials, options, progress)

    def list_tree(
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
        return self._run(walk_flow(self._core, vm, guest_dir, credentials, recursive))

    def upload_tree(
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
        vm_ref = self._run(self._core.vm(vm))
        folders, order = local_plan(vm_ref, Path(src_dir), guest_dir, options)
        if dry_run:
            return dry_run_result(order, options)
        self._run(make_folders_flow(self._core, vm_ref, folders, credentials))
        if jobs_of(order):
            self._run(self._core.target_factory(vm_ref))  # the host pin once, not per thread
        tracker = tree_progress(progress, order, files_progress)
        act = upload_act(self, credentials, options, tracker)
        done = run_jobs(self, jobs_of(order), credentials, options, tracker, act)
        return ordered(order, done)

    # --- guest file verbs ----------------------------------------------------------------------

    def mkdir(
        self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials, parents: bool = False
    ) -> None:
        """Make a guest folder; `parents=True` makes missing parents too and accepts an existing
        folder (as `mkdir -p`)."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        self._run(guest_files.make_directory(self._core, vm, guest_path, credentials, parents))

    def remove(self, vm: VmLike, guest_path: str, *, credentials: GuestCredentials) -> None:
        """Delete a guest file (a symbolic link itself, never its target); not a folder."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        self._run(guest_files.delete_file(self._core, vm, guest_path, credentials))

    def rmdir(
        self,
        vm: VmLike,
        guest_path: str,
        *,
        credentials: GuestCredentials,
        recursive: bool = False,
    ) -> None:
        """Delete a guest folder: an empty one, or with `recursive=True` all it holds."""
        check_vm(vm), check_guest_path(guest_path), check_credentials(credentials)
        self._run(guest_files.delete_directory(self._core, vm, guest_path, credentials, recursive))

    def move(
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
        self._run(guest_files.move(self._core, vm, src, dst, credentials, overwrite))

    def mktemp(
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
        return self._run(
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

    def change_attributes(
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
        self._run(
            guest_files.change_attributes(self._core, vm, guest_path, credentials, attributes)
        )

    # --- effects -----------------------------------------------------------------------------

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
        except VsphereGuestError:
            raise  # too_slow() is also an httpx exception
        except httpx.RequestError as exc:
            raise vcenter_error(exc, self._core.address.netloc) from exc

    def _perform(self, effect: Effect, locked: bool) -> Any:
        if isinstance(effect, Exclusive):
            if locked:
                return self._run(effect.flow, locked=True)
            with self._session_lock:
                return self._run(effect.flow, locked=True)
        if isinstance(effect, Bounded):
            return self._bounded(effect, locked)
        if not isinstance(effect, Sleep):
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
