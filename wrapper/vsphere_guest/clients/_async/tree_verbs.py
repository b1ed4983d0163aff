"""The verbs of both clients for many files: folder downloads (whole, or streamed with
nothing kept per file), collect over many VMs, guest tree listings and folder uploads.
Written once (async); clients/_sync/tree_verbs.py is generated from it (`nox -s unasync`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

from vim25_json.models import FileTransferInformation, GuestFileAttributes

from ...dataplane.destinations import Commit, FileSink, StreamSink
from ...guest.context import VmLike
from ...guest.listing import TreeEntry
from ...trees._async import runs
from ...trees._async.drivers import run_jobs, upload_act
from ...trees.collect import CollectRecord
from ...trees.download import Order, TreeFile, TreeOptions, TreeResult, jobs_of, ordered, walk_flow
from ...trees.download import dry_run as dry_run_result
from ...trees.jobs import TreeProgress, tree_progress
from ...trees.upload import local_plan, make_folders_flow
from ...types import FilesProgress, GuestCredentials, Progress, UploadResult, VmRef
from ..base import check_attributes, check_collect, check_credentials, check_guest_path, check_vm
from .guest_file_verbs import AsyncGuestFileVerbs


class AsyncTreeVerbs(AsyncGuestFileVerbs):
    """The many-file verbs (a base of the client class, which gives the two single-file
    transfers they build on: `_download_into` and `upload`)."""

    async def _download_into(
        self,
        vm: VmLike,
        guest_path: str,
        sink: FileSink | StreamSink,
        credentials: GuestCredentials,
        progress: Progress | None,
        commit: Commit | None = None,
    ) -> FileTransferInformation:
        raise NotImplementedError  # the client's

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
        raise NotImplementedError  # the client's

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
        download_tree_each(), which keeps no outcome. A file "ok" is fsynced and in place;
        each folder is fsynced once, before this returns (else LocalFileError).
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
        listing's pages come. An `each` that raises stops the run: the files under way end,
        then its exception is raised."""
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
        fetch are "planned" (or "skipped"), nothing is written (not even `dest`). Durable as
        download_tree(): each folder fsynced once, before this returns.

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
        progress and errors as collect()'s; an `each` that raises stops the run (the files
        under way end, then its exception is raised)."""
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
