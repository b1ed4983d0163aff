"""Running many file transfers: worker threads (Client) or tasks (AsyncClient) under a global
and a per-VM limit, each file tried again after a busy guest or a change during its download,
every file ending with an outcome, never an exception."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._listing import BUSY_FAULTS, busy_delay
from ._tree import FAILED, Job, Landing, TreeFile, TreeOptions
from .errors import SizeMismatch
from .types import GuestCredentials, Progress, VmRef

if TYPE_CHECKING:
    from ._async_client import AsyncClient
    from ._client import Client
    from ._core import Core


@dataclass
class Attempts:
    """What to do after a failed try of one file: wait and try again (seconds) or give up."""

    core: Core
    busy_retries: int
    busy: int = 0
    changed: bool = False

    def after(self, exc: BaseException) -> float | None:
        if isinstance(exc, SizeMismatch) and not self.changed:
            self.changed = True  # the file changed between Initiate and GET: a fresh Initiate
            return 0.0
        if isinstance(exc, BUSY_FAULTS):
            self.busy += 1
            if self.busy <= self.busy_retries:
                return busy_delay(self.core, exc, self.busy)
        return None


@dataclass
class TreeProgress:
    """Bytes of all planned files, for a progress(done, total) callback."""

    callback: Progress | None
    total: int
    done: int = 0
    last: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def for_file(self, key: str) -> Progress | None:
        if self.callback is None:
            return None
        callback = self.callback

        def report(done: int, total: int) -> None:
            with self.lock:
                self.done += done - self.last.get(key, 0)
                self.last[key] = done
                now = self.done
            callback(now, self.total)

        return report


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


Act = Callable[[Job, "Attempts"], TreeFile]
AsyncAct = Callable[[Job, "Attempts"], Awaitable[TreeFile]]


def run_jobs(
    client: Client,
    jobs: list[Job],
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: TreeProgress,
    act: Act | None = None,
) -> dict[Job, TreeFile]:
    """Every job in worker threads (at most `concurrency`, `per_vm` per VM), each tried again
    as Attempts says; `act` moves one file (default: download it)."""
    core = client._core
    limits = VmLimits(options.per_vm, threading.BoundedSemaphore)

    def download(job: Job, attempts: Attempts) -> TreeFile:
        with Landing(job, options) as landing:
            sink = landing.open(first=not attempts.busy and not attempts.changed)
            if isinstance(sink, TreeFile):
                return sink  # skipped: up to date
            info = client._download_into(
                job.vm,
                job.guest_path,
                sink,
                credentials,
                progress.for_file(f"{job.vm.moid}:{job.guest_path}"),
                landing.commit,
            )
            return landing.outcome(info, attempts.changed)

    move = act or download

    def one(job: Job) -> TreeFile:
        with limits.of(job.vm):
            attempts = Attempts(core, options.busy_retries)
            while True:
                try:
                    return move(job, attempts)
                except Exception as exc:
                    wait = attempts.after(exc)
                    if wait is None:
                        return job.outcome(FAILED, str(exc), exc)
                    time.sleep(wait)

    order = interleaved(jobs)
    with ThreadPoolExecutor(options.concurrency, thread_name_prefix="vsphere-guest-tree") as pool:
        return dict(zip(order, pool.map(one, order), strict=True))


async def run_jobs_async(
    client: AsyncClient,
    jobs: list[Job],
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: TreeProgress,
    act: AsyncAct | None = None,
) -> dict[Job, TreeFile]:
    """run_jobs for AsyncClient: tasks under semaphores; local file work in threads."""
    core = client._core
    everyone = asyncio.Semaphore(options.concurrency)
    limits = VmLimits(options.per_vm, asyncio.Semaphore)

    async def download(job: Job, attempts: Attempts) -> TreeFile:
        with Landing(job, options) as landing:
            first = not attempts.busy and not attempts.changed
            # in a transfer thread: a cancelled task waits for it, so nothing opened leaks
            sink = await client._in_thread(lambda stop: landing.open(first))
            if isinstance(sink, TreeFile):
                return sink  # skipped: up to date
            info = await client._download_into(
                job.vm,
                job.guest_path,
                sink,
                credentials,
                progress.for_file(f"{job.vm.moid}:{job.guest_path}"),
                landing.commit,
            )
            return landing.outcome(info, attempts.changed)

    move = act or download

    async def one(job: Job) -> TreeFile:
        async with everyone, limits.of(job.vm):
            attempts = Attempts(core, options.busy_retries)
            while True:
                try:
                    return await move(job, attempts)
                except Exception as exc:
                    wait = attempts.after(exc)
                    if wait is None:
                        return job.outcome(FAILED, str(exc), exc)
                    await asyncio.sleep(wait)

    results = await asyncio.gather(*(one(job) for job in jobs))
    return dict(zip(jobs, results, strict=True))
