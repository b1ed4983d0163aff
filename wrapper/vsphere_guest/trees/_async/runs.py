"""The streaming runs of many files, written once (async): a folder download and collect,
their listings read page by page while the first files already move (AsyncFeed), and every
outcome handed on as it comes (nothing per file kept past it). trees/_sync/runs.py is
generated from this file (`nox -s unasync`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ...errors import VsphereGuestError
from ...guest.listing import PagedWalk, existing_entry
from ...types import FilesProgress, GuestCredentials, GuestFile, VmRef
from ..collect import Collection, CollectRecord, Key
from ..concurrency import async_map
from ..download import (
    PLANNED,
    Job,
    Order,
    Outcomes,
    Planner,
    TreeFile,
    TreeOptions,
    destination_root,
    up_to_date,
)
from ..jobs import TreeProgress
from ..landing import make_root
from .drivers import AsyncFeed, AsyncMore, AsyncSource, AsyncTreeClient, run_jobs, stream_jobs


async def download_tree(
    client: AsyncTreeClient,
    vm: VmRef | str,
    guest_dir: str,
    dest_dir: str | Path,
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: TreeProgress,
    each: Callable[[Order, TreeFile], None],
    list_first: bool = False,
) -> None:
    """A guest folder into dest_dir: each listing page planned and its files fetched while
    the next pages are listed (`list_first`: the whole folder listed and planned first, so
    that progress knows every file from its first state on); each outcome to `each` as it
    comes (one call at a time), with its place in listing order. The VM's host pin is
    fetched once, before the first file; dest_dir is made when no file failed (see Landing).
    A failed listing raises, once the files under way have ended."""
    options.check()
    root = Path(dest_dir) if options.dry_run else destination_root(dest_dir)
    core = client._core
    vm_ref = await client._run(core.vm(vm))
    paged = PagedWalk(vm_ref, guest_dir, options.recursive)
    planner = Planner(vm_ref, root, options)
    outcomes = Outcomes(each)
    pinned, settled = False, 0

    async def more() -> list[Job] | None:
        nonlocal pinned, settled
        entries = await client._run(paged.next_page(core, credentials))
        if entries is None:
            return None
        jobs: list[Job] = []
        for order, item in planner.add(entries):
            if isinstance(item, Job) and not options.dry_run:
                jobs.append(item)
                continue
            if isinstance(item, Job):
                item = up_to_date(item, options) or item.outcome(PLANNED)
            outcomes.add(order, item)
            settled += 1
        if jobs and not pinned:  # once, not by each of the first concurrent files
            await client._run(core.target_factory(vm_ref))
            pinned = True
        if not list_first:
            progress.plan(jobs, decided=settled)  # skipped or failed when planned: done
            settled = 0
        return jobs

    if list_first:
        listed: list[Job] = []
        while (batch := await more()) is not None:
            listed += batch
        progress.plan(listed, decided=settled)
        feed = AsyncFeed([AsyncSource(vm_ref, listed)])
    else:
        feed = AsyncFeed([AsyncSource(vm_ref, more=more)])
    await stream_jobs(client, feed, credentials, options, progress, outcomes.done)
    if not options.dry_run and not outcomes.failed:
        make_root(root)


async def collect(
    client: AsyncTreeClient,
    vms: Iterable[str | VmRef],
    guest_paths: Sequence[str],
    dest: str | Path,
    credentials: GuestCredentials,
    options: TreeOptions,
    progress: Callable[[FilesProgress], None] | None,
    each: Callable[[Order, CollectRecord], None],
) -> None:
    """Each guest path of each VM into dest/<vm folder>/<guest path parts>, each record to
    `each` as it comes (one call at a time), with its place (VM by VM, path by path, in
    listing order).

    A path is first fetched as a file (one Initiate + one GET); a folder (NotAFile) is then
    listed page by page and its files fetched the same way, as many VMs' folders at once as
    there are workers. VM errors become "error" records; the run goes on.
    `progress` is told the files' bytes, counts and current files as they go (see
    FilesProgress)."""
    run = Collection(guest_paths, dest, options, progress, each)

    async def find(ref: str | VmRef) -> VmRef | VsphereGuestError:
        try:
            return ref if isinstance(ref, VmRef) else await client.find_vm(ref)
        except VsphereGuestError as exc:
            return exc

    refs = list(vms)  # looked up `concurrency` at a time: each lookup is a few vCenter calls
    found_vms = await async_map(find, refs, options.concurrency)
    for i, (ref, vm) in enumerate(zip(refs, found_vms, strict=True)):
        if isinstance(vm, VmRef):
            run.vm_found(i, vm)
        else:
            run.vm_failed(i, ref, vm)
    probes = run.probe_jobs()
    found: list[GuestFile | VsphereGuestError | None] = []
    if on_disk := run.on_disk():  # skip_existing, dry_run: guest files looked up, not fetched

        async def look_up(job: Job) -> GuestFile | VsphereGuestError | None:
            try:
                return await client._run(
                    existing_entry(client._core, job.vm, job.guest_path, credentials)
                )
            except VsphereGuestError as exc:
                return exc  # a dry run's failure; a run's download says it again

        found = await async_map(look_up, on_disk, options.concurrency)
    if options.dry_run:
        run.probed(run.dry_probes(dict(zip(on_disk, found, strict=True))))
    else:
        probes = run.looked_up(dict(zip(on_disk, found, strict=True)))
        run.probed(await run_jobs(client, probes, credentials, options, run.progress))
    sources = [
        AsyncSource(folders[0][0].vm, more=_folders(client, run, folders, credentials))
        for folders in run.folder_runs()
    ]
    # as many VMs going as workers (a VM let in only when another has given out its last file
    # would run alone at the end, per_vm at once, while the other workers idle); each holds at
    # most a listing page of jobs, so memory stays bounded by concurrency, not by files
    ahead = max(options.concurrency, -(-options.concurrency // options.per_vm) + 1)
    feed = AsyncFeed(sources, active=ahead)
    await stream_jobs(client, feed, credentials, options, run.progress, run.done)


def _planning(run: Collection, job: Job, key: Key) -> Callable[[Callable[[], bool]], Planner]:
    """The folder's planning, for a transfer thread (it makes local folders)."""
    return lambda stop: run.plan_folder(job, key)


def _folders(
    client: AsyncTreeClient,
    run: Collection,
    folders: list[tuple[Job, Key]],
    credentials: GuestCredentials,
) -> AsyncMore:
    """The jobs of one VM's folders, listed one page at a time, folder after folder; a folder
    that cannot be made or listed gets a "failed" record and the next one is listed."""
    waiting = iter(folders)
    current: tuple[Job, Key, PagedWalk, Planner] | None = None

    async def more() -> list[Job] | None:
        nonlocal current
        while True:
            if current is None:
                folder = next(waiting, None)
                if folder is None:
                    return None
                job, key = folder
                try:
                    planner = await client._in_thread(_planning(run, job, key))
                except Exception as exc:
                    run.folder_failed(job, key, exc)
                    continue
                current = (
                    job,
                    key,
                    PagedWalk(job.vm, job.guest_path, run.options.recursive),
                    planner,
                )
            job, key, paged, planner = current
            try:
                entries = await client._run(paged.next_page(client._core, credentials))
            except Exception as exc:
                run.folder_failed(job, key, exc)
                current = None
                continue
            if entries is None:
                current = None
                continue
            return run.page(job.vm, planner.add(entries))

    return more
