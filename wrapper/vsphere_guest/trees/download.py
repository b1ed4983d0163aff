"""Folder downloads as a layer over the single-file download: the guest tree is walked, each
file is planned to a local path that cannot leave the destination, and fetched (by _jobs)
with the client's own download flow (pin, temp file, fsync, size check, retries) into its
folder held open (Landing); what to do before and after each file, and the per-file
outcomes."""

from __future__ import annotations

import logging
import os
import random
import stat
import threading
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs

from ..dataplane.local_folders import HELD, open_folder
from ..errors import BadArgument, LocalFileError
from ..guest.busy import BUSY_RETRIES
from ..guest.context import FlowContext
from ..guest.listing import TreeEntry, matches, walk
from ..guest_paths import unsafe_name
from ..types import GuestCredentials, GuestFile, VmRef
from ..vcenter.effects import Flow

logger = logging.getLogger("vsphere_guest")

OK, SKIPPED, CHANGED, FAILED, PLANNED = "ok", "skipped", "changed", "failed", "planned"
Order = tuple[int, ...]  # an outcome's place among a run's: sorted, they are in listing order


@attrs.frozen
class TreeFile:
    """One entry of a tree transfer and its outcome: `status` is "ok", "skipped" (a link, a
    special file, up to date with skip_existing), "changed" (it changed while being read and a
    second try got it whole), "failed" (`error` says why; the others went on) or, in a dry
    run, "planned" (would be downloaded)."""

    relative: str  # the path below the top folder, parts joined with "/"
    guest_path: str
    local_path: Path | None
    type: str
    size: int
    status: str
    reason: str = ""
    error: BaseException | None = attrs.field(default=None, eq=False)
    vm: VmRef | None = None


@attrs.frozen
class TreeResult:
    """Every file a tree transfer met, in listing order (folders first-listed, then entered)."""

    files: list[TreeFile]

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return all(f.status != FAILED for f in self.files)

    def count(self, status: str) -> int:
        return sum(f.status == status for f in self.files)

    @property
    def failed(self) -> list[TreeFile]:
        return [f for f in self.files if f.status == FAILED]


@dataclass(frozen=True)
class TreeOptions:
    pattern: str | None = None
    recursive: bool = True
    overwrite: bool = False
    skip_existing: bool = False
    preserve_times: bool = True
    preserve_permissions: bool = False
    concurrency: int = 8
    per_vm: int = 4
    busy_retries: int = BUSY_RETRIES
    case_insensitive: bool | None = None  # None: probe the destination
    dry_run: bool = False
    attributes: Any = None  # uploads: a GuestFileAttributes template for every file

    def check(self) -> None:
        for name in ("concurrency", "per_vm"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise BadArgument(f"{name} must be an int >= 1")


@dataclass(frozen=True, eq=False)
class Job:
    """One guest file to fetch into `local` (inside `root`)."""

    vm: VmRef
    root: Path
    relative: str
    guest_path: str
    local: Path
    entry: GuestFile
    order: Order = ()  # where its outcome goes among a run's (listing order)

    def outcome(
        self,
        status: str,
        reason: str = "",
        error: BaseException | None = None,
        size: int | None = None,
    ) -> TreeFile:
        return TreeFile(
            self.relative,
            self.guest_path,
            self.local,
            self.entry.type,
            self.entry.size if size is None else size,
            status,
            reason,
            error,
            self.vm,
        )


# --- planning (no network) ---------------------------------------------------------------------


def case_insensitive(root: Path, folder: Path | None = None) -> bool:
    """Whether names in `folder` (root itself by default) ignore case, probed with a temporary
    file (POSIX: made in the folder opened from root without following links)."""
    folder = root if folder is None else folder
    name = f".vsphere-guest-case-probe-{os.getpid()}-{random.randrange(1 << 30)}"
    if not HELD:
        probe = folder / name
        try:
            probe.touch(exist_ok=False)
        except OSError:
            return False
        try:
            return os.path.lexists(folder / name.upper())
        finally:
            with suppress(OSError):
                probe.unlink()
    try:
        fd = open_folder(root, folder, create=False)
    except LocalFileError:
        return False
    try:
        try:
            os.close(os.open(name, _PROBE_FLAGS, 0o600, dir_fd=fd))
        except OSError:
            return False
        try:
            os.stat(name.upper(), dir_fd=fd, follow_symlinks=False)
        except OSError:
            return False
        finally:
            with suppress(OSError):
                os.unlink(name, dir_fd=fd)
        return True
    finally:
        os.close(fd)


_PROBE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


class Planner:
    """The plan of one guest folder into a local `folder`, page by page (`add`): in listing
    order, the files to fetch (Job) and the outcomes already known (skipped links, unsafe
    names, collisions), each with its Order (`prefix` + its number). Folders are traversed
    but not reported. `root` (folder itself by default) is where the jobs' folders are opened
    from, never through a link below it. Only a case-insensitive destination keeps a name per
    file (to find collisions)."""

    def __init__(
        self,
        vm: VmRef,
        folder: Path,
        options: TreeOptions,
        root: Path | None = None,
        prefix: Order = (),
    ) -> None:
        self.vm, self.folder, self.options = vm, folder, options
        self.root = folder if root is None else root
        self.prefix = prefix
        self.count = 0
        fold = options.case_insensitive
        if fold is None and folder.is_dir():
            fold = case_insensitive(self.root, folder)
        elif fold is None and not options.dry_run:  # made once a file lands: ask its parents
            there = next((p for p in folder.parents if p.is_dir()), None)
            fold = there is not None and case_insensitive(there)
        self.seen: dict[str, str] | None = {} if fold else None

    def add(self, walked: Iterable[TreeEntry]) -> list[tuple[Order, Job | TreeFile]]:
        """The plan of more entries (the next page of a walk)."""
        order: list[tuple[Order, Job | TreeFile]] = []
        vm, seen = self.vm, self.seen
        for item in walked:
            entry, relative = item.entry, "/".join(item.parts)
            self.count += 1
            place = (*self.prefix, self.count)

            def report(
                status: str,
                reason: str,
                *,
                local: Path | None = None,
                w: TreeEntry = item,
                at: Order = place,
            ) -> None:
                rel, e = "/".join(w.parts), w.entry
                found = TreeFile(rel, w.guest_path, local, e.type, e.size, status, reason, vm=vm)
                order.append((at, found))

            bad = next((why for p in item.parts if (why := unsafe_name(p))), None)
            if entry.type == "directory":
                if bad is not None:
                    report(FAILED, f"folder not entered: {bad}")
                continue
            if not matches(self.options.pattern, relative):
                continue
            if bad is not None:
                report(FAILED, bad)
                continue
            local = self.folder.joinpath(*item.parts)
            if entry.type == "symlink":
                why = f"symbolic link -> {entry.symlink_target} (not followed)"
                report(SKIPPED, why, local=local)
                continue
            if entry.type != "file":
                report(SKIPPED, f"{entry.type}: not a regular file", local=local)
                continue
            if seen is not None:
                key = relative.casefold()
                if key in seen:
                    why = f"collides with {seen[key]} on this case-insensitive file system"
                    report(FAILED, why)
                    continue
                seen[key] = relative
            job = Job(vm, self.root, relative, item.guest_path, local, entry, place)
            order.append((place, job))
        return order


def plan(
    vm: VmRef,
    walked: Iterable[TreeEntry],
    folder: Path,
    options: TreeOptions,
    root: Path | None = None,
) -> list[Job | TreeFile]:
    """The whole plan of a walked folder (see Planner), in listing order."""
    return [item for _, item in Planner(vm, folder, options, root).add(walked)]


class Outcomes:
    """Where a run's outcomes go as they come: `each(order, outcome)`, one call at a time,
    and how many failed (nothing else is kept)."""

    def __init__(self, each: Callable[[Order, TreeFile], None]) -> None:
        self.each = each
        self.failed = 0
        self.lock = threading.Lock()

    def add(self, order: Order, outcome: TreeFile) -> None:
        with self.lock:
            self.failed += outcome.status == FAILED
            self.each(order, outcome)

    def done(self, job: Job, outcome: TreeFile) -> None:
        self.add(job.order, outcome)


def jobs_of(order: list[Job | TreeFile]) -> list[Job]:
    return [x for x in order if isinstance(x, Job)]


def ordered(order: list[Job | TreeFile], done: dict[Job, TreeFile]) -> TreeResult:
    return TreeResult([done[x] if isinstance(x, Job) else x for x in order])


def dry_run(order: list[Job | TreeFile], options: TreeOptions) -> TreeResult:
    """What a run would do, nothing written: files to fetch are "planned" (or "skipped" when
    skip_existing finds them up to date)."""
    done = {}
    for job in jobs_of(order):
        done[job] = up_to_date(job, options) or job.outcome(PLANNED)
    return ordered(order, done)


def walk_flow(
    core: FlowContext, vm: VmRef | str, top: str, credentials: GuestCredentials, recursive: bool
) -> Flow[list[TreeEntry]]:
    vm_ref = yield from core.vm(vm)
    return (yield from walk(core, vm_ref, top, credentials, recursive))


def up_to_date(job: Job, options: TreeOptions, folder: int | None = None) -> TreeFile | None:
    """With skip_existing, the outcome "skipped" for a local file of the guest's size and
    modification time (looked up in `folder`, a descriptor of its folder, when given)."""
    if options.skip_existing:
        with suppress(OSError):
            if folder is None:
                st = os.lstat(job.local)
            else:
                st = os.stat(job.local.name, dir_fd=folder, follow_symlinks=False)
            modified = job.entry.modified
            if (
                stat.S_ISREG(st.st_mode)
                and st.st_size == job.entry.size
                and modified is not None
                and abs(st.st_mtime - modified.timestamp()) < 1
            ):
                return job.outcome(SKIPPED, "up to date (same size and modification time)")
    return None


def destination_root(dest_dir: str | Path) -> Path:
    """The local folder a tree goes into, checked (not a folder is a LocalFileError) but not
    made: make_root does, when the first file lands or the run ends well (finished)."""
    root = Path(dest_dir)
    if os.path.lexists(root) and not root.is_dir():
        raise LocalFileError(f"{root} exists and is not a folder", path=root)
    return root
