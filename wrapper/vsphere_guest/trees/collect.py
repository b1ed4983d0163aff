"""Many VMs in one run: the same guest paths (files or folders) from each VM into
DEST/<vm name>/<guest path>, one session for all, through the tree layer's jobs (so the
single-file guarantees, the limits and the per-file outcomes are the same), with a report."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import attrs

from .. import faults
from ..dataplane.local_folders import HELD, open_file
from ..errors import LocalFileError
from ..guest.listing import TreeEntry
from ..guest_paths import is_windows_path, unsafe_name
from ..types import FilesProgress, GuestFile, VmRef
from .download import (
    CHANGED,
    FAILED,
    OK,
    PLANNED,
    Job,
    TreeFile,
    TreeOptions,
    destination_root,
    jobs_of,
    plan,
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
    way (NotAFile) with their plans, and the records, VM by VM, path by path."""

    def __init__(
        self,
        guest_paths: Sequence[str],
        dest: str | Path,
        options: TreeOptions,
        progress: Callable[[FilesProgress], None] | None,
    ):
        options.check()
        self.guest_paths = list(dict.fromkeys(guest_paths))  # a path given twice: once
        self.options = options
        # a probe that found a folder was no file: its files count once it is listed
        self.progress = TreeProgress(status=progress, not_file=_found_a_folder)
        self.root = destination_root(dest)
        if not options.dry_run:
            make_root(self.root)  # DEST/<vm> and below: made once a file lands (see Landing)
        self.found: list[tuple[int, VmRef]] = []
        self.records: dict[Key, list[CollectRecord]] = {}
        self.probes: dict[Job, Key] = {}
        self.folders: list[tuple[Job, Key]] = []
        self.plans: list[list[Job | TreeFile] | BaseException] = []

    def vm_found(self, index: int, vm: VmRef) -> None:
        """A VM to collect from; one named again (by another reference too) is skipped."""
        if all(vm.moid != seen.moid for _, seen in self.found):
            self.found.append((index, vm))

    def vm_failed(self, index: int, ref: str | VmRef, exc: BaseException) -> None:
        name = (ref.name or ref.moid) if isinstance(ref, VmRef) else ref
        for j, path in enumerate(self.guest_paths):
            self.records[(index, j)] = [
                CollectRecord(name, None, path, None, None, None, ERROR, str(exc), exc)
            ]

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
                    self.records[(i, j)] = [self._failed(vm, path, None, exc)]
                    refused += 1
                    continue
                local = self.root / names[vm.moid] / Path(*parts)
                entry = GuestFile(parts[-1], "file", 0, {})
                job = Job(vm, self.root, "/".join(parts), path, local, entry)
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

    def planned(self, jobs: list[Job]) -> dict[Job, TreeFile]:
        """A dry run's folder files: planned (or skipped, see up_to_date); nothing written."""
        return {job: up_to_date(job, self.options) or job.outcome(PLANNED) for job in jobs}

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
                self.records[key] = [_record(outcome, job.vm, self.root)]

    def plan_folder(self, job: Job, walked: list[TreeEntry]) -> list[Job | TreeFile]:
        if not self.options.dry_run:
            make_folders(self.root, job.local)
        return plan(job.vm, walked, job.local, self.options, root=self.root)

    def tree_jobs(self, plans: list[list[Job | TreeFile] | BaseException]) -> list[Job]:
        """The folders' files to fetch. A local file is fetched and reported once per run: a
        folder's entry whose local path a guest path fetched as a file, or a folder before it
        (guest path order), already has is left out (overlapping guest paths)."""
        taken = {job.local for job, key in self.probes.items() if key in self.records}
        for n in sorted(range(len(plans)), key=lambda n: self.folders[n][1]):
            order = plans[n]
            if isinstance(order, list):
                plans[n] = [x for x in order if _claim(taken, x)]
        self.plans = plans
        jobs = [j for p in plans if isinstance(p, list) for j in jobs_of(p)]
        settled = sum(1 if isinstance(p, BaseException) else len(p) for p in plans) - len(jobs)
        self.progress.plan(jobs, decided=settled)  # skipped or failed when planned: done
        return jobs

    def finished(self, done: dict[Job, TreeFile]) -> list[CollectRecord]:
        for (job, key), order in zip(self.folders, self.plans, strict=True):
            if isinstance(order, BaseException):
                self.records[key] = [self._failed(job.vm, job.guest_path, job.local, order)]
            else:
                self.records[key] = [
                    _record(done[x] if isinstance(x, Job) else x, job.vm, self.root) for x in order
                ]
        return [r for key in sorted(self.records) for r in self.records[key]]

    @staticmethod
    def _failed(vm: VmRef, path: str, local: Path | None, exc: BaseException) -> CollectRecord:
        name = vm.name or vm.moid
        return CollectRecord(name, vm.moid, path, local, None, None, FAILED, str(exc), exc)


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
