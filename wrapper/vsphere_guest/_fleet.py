"""Many VMs in one run: the same guest paths (files or folders) from each VM into
DEST/<vm name>/<guest path>, one session for all, through the tree layer's jobs (so the
single-file guarantees, the limits and the per-file outcomes are the same), with a report."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any

import attrs

from . import faults
from ._jobs import TreeProgress, run_jobs
from ._listing import is_windows_path, unsafe_name, walk
from ._tree import (
    CHANGED,
    FAILED,
    OK,
    Job,
    TreeFile,
    TreeOptions,
    destination_root,
    jobs_of,
    make_folders,
    plan,
)
from .errors import VsphereGuestError
from .types import GuestCredentials, GuestFile, VmRef

if TYPE_CHECKING:
    from ._client import Client

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

    def to_json(self) -> dict[str, Any]:
        """The report line: vm, vm_moref, guest_path, local_path, size, sha256, status
        (and reason, when there is one)."""
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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _record(outcome: TreeFile, vm: VmRef) -> CollectRecord:
    sha = None
    if outcome.status in (OK, CHANGED) and outcome.local_path is not None:
        sha = _sha256(outcome.local_path)
    return CollectRecord(
        vm.name or vm.moid,
        vm.moid,
        outcome.guest_path,
        outcome.local_path,
        outcome.size if outcome.status != FAILED else None,
        sha,
        outcome.status,
        outcome.reason,
        outcome.error,
    )


def collect(
    client: Client,
    vms: Iterable[str | VmRef],
    guest_paths: Sequence[str],
    dest: str | Path,
    credentials: GuestCredentials,
    options: TreeOptions,
) -> list[CollectRecord]:
    """Each guest path of each VM into dest/<vm folder>/<guest path parts>.

    A path is first fetched as a file (one Initiate + one GET); a folder (NotAFile) is then
    listed and its files fetched the same way. VM errors become "error" records; the run goes
    on. Records come VM by VM, path by path, in listing order."""
    options.check()
    root = destination_root(dest)
    records: dict[tuple[int, int], list[CollectRecord]] = {}
    resolved: list[tuple[int, VmRef]] = []
    for i, ref in enumerate(vms):
        try:
            resolved.append((i, ref if isinstance(ref, VmRef) else client.find_vm(ref)))
        except VsphereGuestError as exc:
            for j, path in enumerate(guest_paths):
                name = (ref.name or ref.moid) if isinstance(ref, VmRef) else ref
                records[(i, j)] = [
                    CollectRecord(name, None, path, None, None, None, ERROR, str(exc), exc)
                ]
    folders = _folder_names([vm for _, vm in resolved])
    probes: dict[Job, tuple[int, int]] = {}
    for i, vm in resolved:
        for j, path in enumerate(guest_paths):
            try:
                parts = guest_parts(path)
            except ValueError as exc:
                records[(i, j)] = [
                    CollectRecord(vm.name or vm.moid, vm.moid, path, None, None, None, FAILED,
                                  str(exc), exc)
                ]  # fmt: skip
                continue
            local = root / folders[vm.moid] / Path(*parts)
            entry = GuestFile(parts[-1], "file", 0, {})
            probes[Job(vm, root, "/".join(parts), path, local, entry)] = (i, j)
    nothing = TreeProgress(None, 0)
    folder_jobs: list[tuple[Job, VmRef, tuple[int, int]]] = []
    # A local folder from an earlier run: the guest path is a folder (no file probe).
    known = [job for job in probes if job.local.is_dir() and not job.local.is_symlink()]
    folder_jobs += [(job, job.vm, probes[job]) for job in known]
    files = [job for job in probes if job not in known]
    done = run_jobs(client, files, credentials, options, nothing)
    for job, outcome in done.items():
        key = probes[job]
        if isinstance(outcome.error, faults.NotAFile):
            folder_jobs.append((job, job.vm, key))
        else:
            records[key] = [_record(outcome, job.vm)]
    if folder_jobs:

        def walk_one(item: tuple[Job, VmRef, tuple[int, int]]) -> list[Job | TreeFile]:
            job, vm, _ = item
            walked = client._run(
                walk(client._core, vm, job.guest_path, credentials, options.recursive)
            )
            make_folders(root, job.local)
            return plan(vm, walked, job.local, options)

        with ThreadPoolExecutor(options.concurrency) as pool:
            plans = list(pool.map(_guarded(walk_one), folder_jobs))
        tree_jobs = [j for p in plans if isinstance(p, list) for j in jobs_of(p)]
        tree_done = run_jobs(client, tree_jobs, credentials, options, nothing)
        for (job, vm, key), order in zip(folder_jobs, plans, strict=True):
            if isinstance(order, BaseException):
                records[key] = [
                    CollectRecord(vm.name or vm.moid, vm.moid, job.guest_path, job.local, None,
                                  None, FAILED, str(order), order)
                ]  # fmt: skip
                continue
            records[key] = [_record(tree_done[x] if isinstance(x, Job) else x, vm) for x in order]
    return [r for key in sorted(records) for r in records[key]]


def _guarded(work: Any) -> Any:
    def run(item: Any) -> Any:
        try:
            return work(item)
        except Exception as exc:
            return exc

    return run
