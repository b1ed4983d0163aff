"""Many VMs in one run: the same guest paths (files or folders) from each VM into
DEST/<vm name>/<guest path>, one session for all, through the tree layer's jobs (so the
single-file guarantees, the limits and the per-file outcomes are the same), with a report."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import attrs

from .. import faults
from ..dataplane.local_folders import HELD, open_file
from ..errors import LocalFileError
from ..guest_paths import is_windows_path, unsafe_name
from ..types import FilesProgress, GuestFile, VmRef
from .download import (
    CHANGED,
    FAILED,
    OK,
    PLANNED,
    Job,
    Order,
    Planner,
    TreeFile,
    TreeOptions,
    destination_root,
    up_to_date,
)
from .jobs import TreeProgress
from .landing import make_folders, make_root

ERROR = "error"  # the VM itself could not be used (not found, ambiguous, ...)
_SAFE = re.compile(r"[A-Za-z0-9._@+-]")


@attrs.frozen
class CollectRecord:
    """One file of a collect run (or, with status "error", a VM that could not be used)."""

    vm: str
    vm_moref: str | None
    guest_path: str
    local_path: Path | None
    size: int | None
    sha256: str | None
    status: str  # ok | skipped | changed | failed | error
    reason: str = ""
    error: BaseException | None = attrs.field(default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The report line as a dict of JSON values (`json.dumps` it): vm, vm_moref,
        guest_path, local_path, size, sha256, status (and reason, when there is one)."""
        line: dict[str, Any] = {
            "vm": self.vm,
            "vm_moref": self.vm_moref,
            "guest_path": self.guest_path,
            "local_path": None if self.local_path is None else str(self.local_path),
            "size": self.size,
            "sha256": self.sha256,
            "status": self.status,
        }
        if self.reason:
            line["reason"] = self.reason
        return line


def vm_folder(name: str) -> str:
    """A VM name as one safe folder name: characters other than letters, digits and `._@+-`
    are %-escaped (`web/01` -> `web%2F01`), and so is a leading dot (`..` -> `%2E.`)."""
    escaped = "".join(c if _SAFE.fullmatch(c) else _escape(c) for c in name)
    if escaped.startswith("."):
        escaped = "%2E" + escaped[1:]
    return escaped or "%00"


def _escape(char: str) -> str:
    return "".join(f"%{b:02X}" for b in char.encode("utf-8"))


def guest_parts(guest_path: str) -> tuple[str, ...]:
    """A guest path as local parts: `/var/log/syslog` -> (var, log, syslog), `C:\\Logs\\a.log`
    -> (C, Logs, a.log). ValueError for a part that could leave its folder."""
    if is_windows_path(guest_path):
        pure = PureWindowsPath(guest_path)
        parts = [pure.drive.rstrip(":"), *pure.parts[1:]] if pure.drive else list(pure.parts)
    else:
        parts = [p for p in PurePosixPath(guest_path).parts if p != "/"]
    for part in parts:
        why = unsafe_name(part)
        if why is not None:
            raise ValueError(f"{guest_path}: {why}")
    if not parts:
        raise ValueError(f"{guest_path}: no file or folder name")
    return tuple(parts)


def _folder_names(vms: Sequence[VmRef]) -> dict[str, str]:
    """Folder per VM moid: its name, or `name@moid` when several VMs of the run share it."""
    names = [vm.name or vm.moid for vm in vms]
    return {
        vm.moid: vm_folder(name if names.count(name) == 1 else f"{name}@{vm.moid}")
        for vm, name in zip(vms, names, strict=True)
    }


def _sha256(root: Path, path: Path) -> str:
    """The file read back (opened from root, never through a link: see open_file)."""
    digest = hashlib.sha256()
    with open_file(root, path) if HELD else open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _record(outcome: TreeFile, vm: VmRef, root: Path) -> CollectRecord:
    """The report line of a file; one that cannot be read back for its sha256 (moved, or its
    folder swapped for a link since) is "failed"."""
    sha = None
    status, reason, error = outcome.status, outcome.reason, outcome.error
    if status in (OK, CHANGED) and outcome.local_path is not None:
        try:
            sha = _sha256(root, outcome.local_path)
        except OSError as exc:
            status, reason, error = FAILED, f"cannot read it back for its sha256: {exc}", exc
    return CollectRecord(
        vm.name or vm.moid,
        vm.moid,
        outcome.guest_path,
        outcome.local_path,
        outcome.size if status != FAILED else None,
        sha,
        status,
        reason,
        error,
    )


Key = tuple[int, int]  # (VM index, guest path index): the order of the records


class Collection:
    """The state of one collect run, shared by the sync and async drivers: which VMs were
    found, the file probes (each guest path first tried as a file), the folders found that
    way (NotAFile), planned page by page. Each record goes to `each(order, record)` as it
    comes, one call at a time (sorted by order, they are VM by VM, path by path, in listing
    order); none is kept here, and no file's local path unless guest paths overlap."""

    def __init__(
        self,
        guest_paths: Sequence[str],
        dest: str | Path,
        options: TreeOptions,
        progress: Callable[[FilesProgress], None] | None,
        each: Callable[[Order, CollectRecord], None],
    ):
        options.check()
        self.guest_paths = list(dict.fromkeys(guest_paths))  # a path given twice: once
        self.options = options
        # a probe that found a folder was no file: its files count once it is listed
        self.progress = TreeProgress(status=progress, not_file=_found_a_folder)
        self.root = destination_root(dest)
        if not options.dry_run:
            make_root(self.root)  # DEST/<vm> and below: made once a file lands (see Landing)
        self.each = each
        self.failed = 0  # records failed or error
        self.lock = threading.Lock()
        self.found: list[tuple[int, VmRef]] = []
        self.probes: dict[Job, Key] = {}
        self.folders: list[tuple[Job, Key]] = []
        # the local paths taken so far: needed only when a guest path is inside another
        self.taken: set[Path] | None = set() if _overlapping(self.guest_paths) else None

    def emit(self, order: Order, record: CollectRecord) -> None:
        with self.lock:
            self.failed += record.status in (FAILED, ERROR)
            self.each(order, record)

    def vm_found(self, index: int, vm: VmRef) -> None:
        """A VM to collect from; one named again (by another reference too) is skipped."""
        if all(vm.moid != seen.moid for _, seen in self.found):
            self.found.append((index, vm))

    def vm_failed(self, index: int, ref: str | VmRef, exc: BaseException) -> None:
        name = (ref.name or ref.moid) if isinstance(ref, VmRef) else ref
        for j, path in enumerate(self.guest_paths):
            record = CollectRecord(name, None, path, None, None, None, ERROR, str(exc), exc)
            self.emit((index, j, 0), record)

    def probe_jobs(self) -> list[Job]:
        """One job per (VM, guest path), tried as a file; a local folder left by an earlier
        run says the guest path is a folder (no probe)."""
        names = _folder_names([vm for _, vm in self.found])
        refused = 0
        for i, vm in self.found:
            for j, path in enumerate(self.guest_paths):
                try:
                    parts = guest_parts(path)
                except ValueError as exc:
                    self.emit((i, j, 0), self._failed(vm, path, None, exc))
                    refused += 1
                    continue
                local = self.root / names[vm.moid] / Path(*parts)
                entry = GuestFile(parts[-1], "file", 0, {})
                job = Job(vm, self.root, "/".join(parts), path, local, entry, (i, j, 0))
                if local.is_dir() and not local.is_symlink():
                    self.folders.append((job, (i, j)))
                else:
                    self.probes[job] = (i, j)
        self.progress.plan(self.probes, decided=refused)
        return list(self.probes)

    def on_disk(self) -> list[Job]:
        """With skip_existing, the probes whose local file exists: their guest file is looked
        up first (one listing, no transfer), so that one up to date is skipped (up_to_date)."""
        if self.options.dry_run:
            return list(self.probes)  # each looked up: nothing is fetched
        if not self.options.skip_existing:
            return []
        return [job for job in self.probes if job.local.is_file() and not job.local.is_symlink()]

    def dry_probes(self, found: dict[Job, GuestFile | BaseException | None]) -> dict[Job, TreeFile]:
        """A dry run's probes (all looked up): a file is planned (or skipped, see up_to_date),
        a folder is listed, a path not found or a failed lookup fails."""
        done: dict[Job, TreeFile] = {}
        for job in list(self.probes):
            entry = found.get(job)
            if isinstance(entry, BaseException):
                done[job] = job.outcome(FAILED, str(entry), entry)
            elif entry is not None and entry.type == "directory":
                self.folders.append((job, self.probes.pop(job)))
            elif entry is None:
                why = "not found on the guest (or its folder cannot be listed)"
                done[job] = job.outcome(FAILED, why)
            else:
                known = dataclasses.replace(job, entry=entry)  # its size and times
                done[job] = up_to_date(known, self.options) or known.outcome(PLANNED)
        return done

    def looked_up(self, found: dict[Job, GuestFile | BaseException | None]) -> list[Job]:
        """The probes to run, those looked up and found as guest files with their size and
        times (a folder or a path not found stays a plain probe: its download says which)."""

        def known(job: Job) -> Job:
            entry = found.get(job)
            if not isinstance(entry, GuestFile) or entry.type != "file":
                return job
            return dataclasses.replace(job, entry=entry)

        self.probes = {known(job): key for job, key in self.probes.items()}
        return list(self.probes)

    def probed(self, done: dict[Job, TreeFile]) -> None:
        """Each probe's record, or its guest path is a folder to list: the guest said NotAFile,
        or the local path became a folder during the probes (the download of a file inside it,
        another guest path of the run, made it first: the rule of probe_jobs applies)."""
        for job, outcome in done.items():
            key = self.probes[job]
            if outcome.error is not None and _found_a_folder(outcome.error):
                self.folders.append((job, key))
            else:
                if self.taken is not None:
                    self.taken.add(job.local)
                self.emit((*key, 0), _record(outcome, job.vm, self.root))
        self.probes = {}

    def folder_runs(self) -> list[list[tuple[Job, Key]]]:
        """The folders to list, VM by VM, each VM's in guest path order (so that where guest
        paths overlap, a file goes to the first that has it, as in tree_jobs of old)."""
        per_vm: dict[str, list[tuple[Job, Key]]] = {}
        for job, key in sorted(self.folders, key=lambda f: f[1]):
            per_vm.setdefault(job.vm.moid, []).append((job, key))
        self.folders = []
        return list(per_vm.values())

    def plan_folder(self, job: Job, key: Key) -> Planner:
        """The folder's planner (its local folder made first, unless a dry run)."""
        if not self.options.dry_run:
            make_folders(self.root, job.local)
        return Planner(job.vm, job.local, self.options, root=self.root, prefix=key)

    def page(self, vm: VmRef, planned: list[tuple[Order, Job | TreeFile]]) -> list[Job]:
        """One listing page of a folder, planned: its files to fetch; the outcomes known (and
        in a dry run, every file's) reported now. A local file is fetched and reported once
        per run: one a guest path fetched as a file, or a folder before it, already has is
        left out (overlapping guest paths)."""
        jobs: list[Job] = []
        settled = 0
        for order, item in planned:
            if self.taken is not None and not _claim(self.taken, item):
                continue
            if isinstance(item, Job) and not self.options.dry_run:
                jobs.append(item)
                continue
            if isinstance(item, Job):
                item = up_to_date(item, self.options) or item.outcome(PLANNED)
            self.emit(order, _record(item, vm, self.root))
            settled += 1
        self.progress.plan(jobs, decided=settled)  # skipped or failed when planned: done
        return jobs

    def folder_failed(self, job: Job, key: Key, exc: BaseException) -> None:
        self.emit((*key, 0), self._failed(job.vm, job.guest_path, job.local, exc))
        self.progress.plan([], decided=1)

    def done(self, job: Job, outcome: TreeFile) -> None:
        self.emit(job.order, _record(outcome, job.vm, self.root))

    @staticmethod
    def _failed(vm: VmRef, path: str, local: Path | None, exc: BaseException) -> CollectRecord:
        name = vm.name or vm.moid
        return CollectRecord(name, vm.moid, path, local, None, None, FAILED, str(exc), exc)


def _overlapping(guest_paths: Sequence[str]) -> bool:
    """Whether a guest path is another's or inside it (then a file may be met twice)."""
    parts = []
    for path in guest_paths:
        try:
            parts.append(tuple(p.casefold() for p in guest_parts(path)))
        except ValueError:
            continue
    return any(a != b and a[: len(b)] == b for a in parts for b in parts) or len(set(parts)) < len(
        parts
    )


def _found_a_folder(error: BaseException) -> bool:
    """A probe's failure that says its guest path is a folder."""
    return isinstance(error, faults.NotAFile) or (
        isinstance(error, LocalFileError) and error.errno == errno.EISDIR
    )


def _claim(taken: set[Path], item: Job | TreeFile) -> bool:
    """Whether item's local path is still free in this run (and now taken)."""
    local = item.local if isinstance(item, Job) else item.local_path
    if local is None:
        return True
    if local in taken:
        return False
    taken.add(local)
    return True
