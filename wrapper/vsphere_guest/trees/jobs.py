"""Running many file transfers: worker threads (Client) or tasks (AsyncClient) under a global
and a per-VM limit, each file tried again after a busy guest or a change during its download,
every file ending with an outcome, never an exception."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import SizeMismatch
from ..guest.busy import BUSY_FAULTS, busy_wait
from ..guest.context import FlowContext
from ..types import FilesProgress, Progress, VmRef
from ..vcenter.effects import Flow
from .download import Job, TreeFile, jobs_of


class Slot:
    """One file's place under its VM's limit (a semaphore of VmLimits, acquired by the driver):
    held while the guest works for it (Initiate, transfer), released once, by release(), early
    when only local work is left (fsync, rename), so the next file's Initiate overlaps it."""

    def __init__(self, semaphore: Any) -> None:
        self.semaphore = semaphore
        self.held = True

    def release(self) -> None:
        if self.held:
            self.held = False
            self.semaphore.release()


@dataclass
class Attempts:
    """What to do after a failed try of one file: wait and try again (seconds) or give up.
    `slot`: the file's place under its VM's limit, when the driver gives one."""

    core: FlowContext
    busy_retries: int
    job: Job
    busy: int = 0
    changed: bool = False
    slot: Slot | None = None

    def after(self, exc: BaseException) -> Flow[float | None]:
        if isinstance(exc, SizeMismatch) and not self.changed:
            self.changed = True  # the file changed between Initiate and GET: a fresh Initiate
            return 0.0
        if isinstance(exc, BUSY_FAULTS):
            self.busy += 1
            job, retries = self.job, self.busy_retries
            return (
                yield from busy_wait(self.core, job.vm, job.guest_path, exc, self.busy, retries)
            )
        return None


FileKey = tuple[str, str]  # (VM moid, guest path): one file of a run


def file_key(job: Job) -> FileKey:
    return (job.vm.moid, job.guest_path)


@dataclass
class TreeProgress:
    """What a run of many files has done: bytes for a progress(done, total) callback, and
    bytes, files and the files moving now for a FilesProgress callback (`status`, called with
    the lock held: one call at a time, states in order). Each planned file counts with its
    listed size until its transfer reports one; a file whose failure `not_file` says means it
    was no file (a guest path tried as a file that is a folder) is taken out again."""

    callback: Progress | None = None
    status: Callable[[FilesProgress], None] | None = None
    not_file: Callable[[BaseException], bool] | None = None
    done: int = 0
    total: int = 0
    files_done: int = 0
    files_total: int = 0
    sizes: dict[FileKey, int] = field(default_factory=dict)
    last: dict[FileKey, int] = field(default_factory=dict)
    current: dict[FileKey, tuple[str, str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def plan(self, jobs: Iterable[Job], decided: int = 0) -> None:
        """More files to move, and `decided` more already settled (skipped or failed when
        planned: done as soon as known)."""
        with self.lock:
            before = self.files_total
            for job in jobs:
                self.sizes[file_key(job)] = job.entry.size
                self.total += job.entry.size
                self.files_total += 1
            self.files_total += decided
            self.files_done += decided
            if self.files_total != before:
                self._emit()

    def for_file(self, job: Job) -> Progress | None:
        if self.callback is None and self.status is None:
            return None
        key = file_key(job)

        def report(done: int, total: int) -> None:
            with self.lock:
                self.done += done - self.last.get(key, 0)
                self.last[key] = done
                self.total += total - self.sizes.get(key, 0)
                self.sizes[key] = total
                now, planned = self.done, self.total
                self._emit()
            if self.callback is not None:
                self.callback(now, planned)

        return report

    def started(self, job: Job) -> None:
        with self.lock:
            self.current[file_key(job)] = (job.vm.name or job.vm.moid, job.guest_path)
            self._emit()

    def ended(self, job: Job, outcome: TreeFile) -> None:
        key = file_key(job)
        with self.lock:
            self.current.pop(key, None)
            # forgotten once ended: the same guest path may come again (a file, then listed)
            size, moved = self.sizes.pop(key, 0), self.last.pop(key, 0)
            error = outcome.error
            if self.not_file is not None and error is not None and self.not_file(error):
                self.files_total -= 1
                self.total -= size
                self.done -= moved
            else:
                self.files_done += 1
            self._emit()

    def _emit(self) -> None:
        if self.status is not None:
            self.status(
                FilesProgress(
                    self.done,
                    self.total,
                    self.files_done,
                    self.files_total,
                    tuple(self.current.values()),
                )
            )


def tree_progress(
    callback: Progress | None,
    order: list[Job | TreeFile],
    status: Callable[[FilesProgress], None] | None = None,
) -> TreeProgress:
    """The progress of one folder transfer: its planned files' bytes for `callback`, and for
    `status` its bytes and files (those settled when planned, skipped or failed, done at once)
    and the files moving now."""
    progress = TreeProgress(callback, status)
    jobs = jobs_of(order)
    progress.plan(jobs, decided=len(order) - len(jobs))
    return progress


# --- running: threads for Client, tasks for AsyncClient ----------------------------------------


def interleaved(jobs: list[Job]) -> list[Job]:
    """Jobs taken VM by VM in turn, so that workers waiting for one VM's limit do not hold up
    the files of the others."""
    per_vm: dict[str, list[Job]] = {}
    for job in jobs:
        per_vm.setdefault(job.vm.moid, []).append(job)
    queues = list(per_vm.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


class VmLimits:
    """Per-VM semaphores (created on first use), shared by every file of one run."""

    def __init__(self, limit: int, factory: Callable[[int], Any]) -> None:
        self.limit = limit
        self.factory = factory
        self.semaphores: dict[str, Any] = {}
        self.lock = threading.Lock()

    def of(self, vm: VmRef) -> Any:
        with self.lock:
            if vm.moid not in self.semaphores:
                self.semaphores[vm.moid] = self.factory(self.limit)
            return self.semaphores[vm.moid]
