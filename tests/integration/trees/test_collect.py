"""collect: the same guest paths from many VMs into DEST/<vm>/<guest path>, one login, a JSON
Lines report, a summary line, and a non-zero exit after the rest when anything failed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import Client, FilesProgress, GuestCredentials
from vsphere_guest.testing import Simulator
from vsphere_guest.trees import download as _tree
from vsphere_guest.trees import landing as _landing
from vsphere_guest.trees._sync import runs as _fleet_module
from vsphere_guest.trees.collect import CollectRecord, guest_parts, vm_folder

from ..conftest import needs_proc, open_below, swap_for_link
from .tree_data import seed_fleet


def test_guest_paths_and_vm_names_map_to_safe_local_paths() -> None:
    assert guest_parts("/var/log/syslog") == ("var", "log", "syslog")
    assert guest_parts("C:\\Logs\\app.log") == ("C", "Logs", "app.log")
    assert vm_folder("web-01") == "web-01"
    assert vm_folder("web/02 (new)") == "web%2F02%20%28new%29"
    assert vm_folder("..") == "%2E."
    with pytest.raises(ValueError, match="unsafe"):
        guest_parts("/var/../etc/shadow")


def test_collect_files_and_folders_from_many_vms(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    odd = seed_fleet(sim)
    logins = sim.logins
    records = client.collect(
        ["web-01", "win-01", odd, "no-such-vm"],
        ["/var/log/syslog", "/var/log/nginx", "C:\\Logs\\app.log"],
        tmp_path,
        credentials=creds,
    )
    assert sim.logins == logins  # the client's one session
    got = {(r.vm, r.guest_path, r.status) for r in records}
    assert ("web-01", "/var/log/syslog", "ok") in got
    assert ("web-01", "/var/log/nginx/access.log", "ok") in got
    assert ("web-01", "/var/log/nginx/error.log", "ok") in got
    assert ("win-01", "C:\\Logs\\app.log", "ok") in got
    assert ("web/02 (new)", "/var/log/syslog", "ok") in got
    assert {r.status for r in records if r.vm == "no-such-vm"} == {"error"}
    assert (tmp_path / "web-01/var/log/syslog").read_bytes() == b"sys\n" * 10
    assert (tmp_path / "web-01/var/log/nginx/access.log").read_bytes() == b"GET\n"
    assert (tmp_path / "win-01/C/Logs/app.log").read_bytes().startswith(b"hello from win-01")
    assert (tmp_path / "web%2F02%20%28new%29/var/log/syslog").read_bytes() == b"two\n"
    syslog = next(r for r in records if r.vm == "web-01" and r.guest_path == "/var/log/syslog")
    assert syslog.sha256 == hashlib.sha256(b"sys\n" * 10).hexdigest() and syslog.size == 40
    assert syslog.vm_moref == sim.vm("web-01").moid
    failed = {(r.vm, r.guest_path) for r in records if r.status == "failed"}
    assert ("win-01", "/var/log/syslog") in failed and ("web-01", "C:\\Logs\\app.log") in failed


def _check_progress(seen: list[FilesProgress], records: list[CollectRecord]) -> None:
    """The calls' last state is the run's outcome: every file (not VM errors, not the folders
    first tried as files) done, every byte moved; each state consistent, files never undone."""
    files = [r for r in records if r.status != "error"]
    moved = sum(r.size or 0 for r in files if r.status == "ok")
    last = seen[-1]
    assert (last.files_done, last.files_total) == (len(files), len(files))
    assert (last.bytes_done, last.bytes_total) == (moved, moved) and last.current == ()
    assert all(s.files_done <= s.files_total and s.bytes_done <= s.bytes_total for s in seen)
    assert [s.files_done for s in seen] == sorted(s.files_done for s in seen)
    moving = {pair for s in seen for pair in s.current}  # (VM name, guest path) while it moves
    assert ("web-01", "/var/log/nginx/access.log") in moving
    assert ("web/02 (new)", "/var/log/syslog") in moving


def test_collect_progress_counts_files_and_bytes_of_all_vms(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    odd = seed_fleet(sim)
    seen: list[FilesProgress] = []
    records = client.collect(
        ["web-01", odd, "no-such-vm"],
        ["/var/log/syslog", "/var/log/nginx"],
        tmp_path,
        credentials=creds,
        progress=seen.append,
    )
    assert [r.status for r in records].count("ok") == 4  # odd has no /var/log/nginx
    _check_progress(seen, records)


def test_progress_of_overlapping_guest_paths_counts_each_file_once(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_fleet(sim)
    seen: list[FilesProgress] = []
    records = client.collect(
        ["web-01"],
        ["/var/log/nginx", "/var/log/nginx/access.log"],  # access.log probed, then listed
        tmp_path,
        credentials=creds,
        concurrency=1,  # one after the other: the folder's probe before access.log's
        progress=seen.append,
    )
    assert [(r.guest_path, r.status) for r in records] == [
        ("/var/log/nginx/error.log", "ok"),  # the folder's files, access.log left out...
        ("/var/log/nginx/access.log", "ok"),  # ...as fetched by its own guest path
    ]
    last = seen[-1]
    assert (last.bytes_done, last.bytes_total, last.files_done, last.files_total) == (4, 4, 2, 2)


def test_vms_sharing_a_name_get_their_moref(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    dups = [vm for vm in sim.world.vms.values() if vm.name == "dup"]
    for vm in dups:
        sim.write_guest_file(vm, "/etc/hostname", vm.moid.encode())
    records = client.collect(
        [vm.moid for vm in dups], ["/etc/hostname"], tmp_path, credentials=creds
    )
    assert {r.status for r in records} == {"ok"}
    for vm in dups:
        assert (tmp_path / f"dup@{vm.moid}/etc/hostname").read_bytes() == vm.moid.encode()


def test_collect_skip_existing_fetches_only_what_changed(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_fleet(sim)
    paths = ["/var/log/syslog", "/var/log/nginx"]
    first = client.collect(["web-01"], paths, tmp_path, credentials=creds)
    assert {r.status for r in first} == {"ok"}
    sim.write_guest_file(sim.vm("web-01"), "/var/log/nginx/access.log", b"GET /new\n")
    sim.world.calls.clear()
    again = client.collect(
        ["web-01"], paths, tmp_path, credentials=creds, skip_existing=True, overwrite=True
    )
    assert {r.guest_path: r.status for r in again} == {
        "/var/log/syslog": "skipped",
        "/var/log/nginx/access.log": "ok",
        "/var/log/nginx/error.log": "skipped",
    }
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1  # access.log alone
    assert (tmp_path / "web-01/var/log/nginx/access.log").read_bytes() == b"GET /new\n"


def test_collect_dry_run_plans_and_writes_nothing(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_fleet(sim)
    dest = tmp_path / "out"
    paths = ["/var/log/syslog", "/var/log/nginx", "/nope"]
    sim.world.calls.clear()
    planned = client.collect(["web-01"], paths, dest, credentials=creds, dry_run=True)
    assert {r.guest_path: r.status for r in planned} == {
        "/var/log/syslog": "planned",
        "/var/log/nginx/access.log": "planned",
        "/var/log/nginx/error.log": "planned",
        "/nope": "failed",
    }
    assert {r.guest_path: r.size for r in planned}["/var/log/syslog"] == 40
    assert not dest.exists() and "InitiateFileTransferFromGuest" not in sim.world.calls
    client.collect(["web-01"], paths[:2], dest, credentials=creds)
    again = client.collect(
        ["web-01"], paths[:2], dest, credentials=creds, dry_run=True, skip_existing=True
    )
    assert {r.status for r in again} == {"skipped"}


def test_async_collect(sim: Simulator, creds: GuestCredentials, tmp_path: Path) -> None:
    import asyncio

    from vsphere_guest import AsyncClient

    odd = seed_fleet(sim)

    async def run() -> list[tuple[str, str, str]]:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            records = await client.collect(
                ["web-01", odd, "nope"], ["/var/log/nginx", "/var/log/syslog"], tmp_path,
                credentials=creds,
            )  # fmt: skip
            return [(r.vm, r.guest_path, r.status) for r in records]

    assert asyncio.run(run()) == [
        ("web-01", "/var/log/nginx/access.log", "ok"),
        ("web-01", "/var/log/nginx/error.log", "ok"),
        ("web-01", "/var/log/syslog", "ok"),
        ("web/02 (new)", "/var/log/nginx", "failed"),
        ("web/02 (new)", "/var/log/syslog", "ok"),
        ("nope", "/var/log/nginx", "error"),
        ("nope", "/var/log/syslog", "error"),
    ]
    assert (tmp_path / "web%2F02%20%28new%29/var/log/syslog").read_bytes() == b"two\n"


# --- a hostile local user racing the run: folders swapped for links after they were made -------


@needs_proc
def test_a_planned_folder_swapped_for_a_link_is_never_written_through(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_fleet(sim)
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "dest"
    asides: list[Path] = []
    checked = _landing.up_to_date  # runs once the file's folders were made and checked

    def racing(job: Any, *args: Any) -> Any:
        folder = dest / "web-01/var/log/nginx"
        if folder.is_dir() and not asides:  # a file of the folder (not the probe as a file)
            asides.append(swap_for_link(folder, outside))
        return checked(job, *args)

    monkeypatch.setattr(_landing, "up_to_date", racing)
    records = client.collect(["web-01"], ["/var/log/nginx"], dest, credentials=creds, concurrency=1)
    assert list(outside.iterdir()) == []
    assert [r.status for r in records] == ["failed", "failed"]
    assert list(asides[0].iterdir()) == []
    assert open_below(tmp_path) == []


def test_the_case_probe_never_goes_through_a_swapped_folder(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_fleet(sim)
    outside = tmp_path / "outside"
    outside.mkdir()
    os.utime(outside, (1_000_000, 1_000_000))  # a file made and removed there would change it
    dest = tmp_path / "dest"
    probe = _tree.case_insensitive

    def racing(*args: Any) -> Any:
        swap_for_link(dest / "web-01/var/log/nginx", outside)
        return probe(*args)

    monkeypatch.setattr(_tree, "case_insensitive", racing)
    records = client.collect(["web-01"], ["/var/log/nginx"], dest, credentials=creds)
    assert outside.stat().st_mtime == 1_000_000 and list(outside.iterdir()) == []
    assert {r.status for r in records} == {"failed"}


@pytest.mark.sync_only  # it hooks the sync runs' run_jobs
def test_the_sha256_is_never_read_through_a_swapped_folder(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/etc/motd", b"guest")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "motd").write_bytes(b"not for the report")
    dest = tmp_path / "dest"
    run_jobs = _fleet_module.run_jobs

    def racing(*args: Any) -> Any:
        done = run_jobs(*args)
        if not (dest / "web-01/etc").is_symlink():
            swap_for_link(dest / "web-01/etc", outside)  # after the download, before the hash
        return done

    monkeypatch.setattr(_fleet_module, "run_jobs", racing)
    (record,) = client.collect(["web-01"], ["/etc/motd"], dest, credentials=creds)
    assert record.sha256 != hashlib.sha256(b"not for the report").hexdigest()
    assert record.status == "failed" and "symbolic link" in record.reason
    assert record.sha256 is None


def test_async_collect_progress(sim: Simulator, creds: GuestCredentials, tmp_path: Path) -> None:
    import asyncio
    import threading

    from vsphere_guest import AsyncClient

    odd = seed_fleet(sim)
    seen: list[FilesProgress] = []
    on_loop: list[bool] = []

    async def run() -> list[CollectRecord]:
        loop_thread = threading.get_ident()

        def progress(state: FilesProgress) -> None:
            seen.append(state)
            on_loop.append(threading.get_ident() == loop_thread)

        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            return await client.collect(
                ["web-01", odd, "nope"], ["/var/log/nginx", "/var/log/syslog"], tmp_path,
                credentials=creds, progress=progress,
            )  # fmt: skip

    _check_progress(seen, asyncio.run(run()))
    assert all(on_loop)  # called on the event loop, as download()'s progress


@pytest.mark.parametrize(
    "paths",
    [
        ["/var/log/nginx/access.log", "/var/log/nginx"],  # the file's folder made first
        ["/var/log/nginx", "/var/log/nginx/access.log"],
        ["/var/log", "/var/log/nginx"],  # a folder inside another
    ],
    ids=["file-then-its-folder", "folder-then-its-file", "folder-in-folder"],
)
@pytest.mark.parametrize("concurrency", [1, 8])
def test_overlapping_guest_paths_fetch_each_file_once(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    paths: list[str],
    concurrency: int,
) -> None:
    """A guest path inside another of the same run: the folder is still collected as a folder
    (never refused because a file's download made its local folder first), and each local
    file is fetched and reported once."""
    seed_fleet(sim)
    records = client.collect(
        ["web-01"], paths, tmp_path, credentials=creds, concurrency=concurrency
    )
    assert all(r.status == "ok" for r in records), [(r.guest_path, r.reason) for r in records]
    locals_ = [r.local_path for r in records]
    assert len(locals_) == len(set(locals_))
    got = {r.guest_path for r in records}
    assert {"/var/log/nginx/access.log", "/var/log/nginx/error.log"} <= got
    assert (tmp_path / "web-01/var/log/nginx/access.log").read_bytes() == b"GET\n"
