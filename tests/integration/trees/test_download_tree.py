"""download_tree: a guest folder mirrored through the single-file download, hostile names and
local links refused per file, changed files fetched again, busy guests waited for, limits kept,
and exactly one Initiate + one GET per file plus one listing call per page."""

from __future__ import annotations

import asyncio
import datetime
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import (
    AsyncClient,
    Client,
    DestinationExists,
    FilesProgress,
    GuestCredentials,
    faults,
)
from vsphere_guest.testing import Simulator

from ..conftest import (
    check_tree_files_progress,
    connect,
    leftovers,
)
from .tree_data import TREE, expected_files, get_count, local_files, seed_tree


def test_mirrors_a_folder_with_one_initiate_and_one_get_per_file(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    sim.world.max_results_cap = 2  # several pages per folder
    vm = client.find_vm("web-01")
    client.download("web-01", "/etc/hostname", tmp_path / "warm", credentials=creds)  # pin
    calls, gets = len(sim.world.calls), get_count(sim)
    result = client.download_tree(vm, "/srv/www", tmp_path / "out", credentials=creds)
    assert result.ok
    index = (tmp_path / "out" / "index.html").stat()  # before reading it changes atime
    assert index.st_mtime == 1_600_000_000 and index.st_atime == 1_700_000_000
    assert local_files(tmp_path / "out") == expected_files()
    statuses = {f.relative: f.status for f in result.files}
    assert statuses == {**dict.fromkeys(expected_files(), "ok"), "current": "skipped"}
    link = next(f for f in result.files if f.relative == "current")
    assert "symbolic link -> /etc/hostname" in link.reason
    assert (tmp_path / "out" / "nothing").exists() is False  # folders made only for files
    made = sim.world.calls[calls:]
    # folders: www (6 entries: 3 pages), css (2: 1), logs (2: 1), old (1: 1), nothing (0: 1)
    assert made.count("ListFilesInGuest") == 7
    assert made.count("InitiateFileTransferFromGuest") == 6
    assert len(made) == 7 + 6  # nothing else: no second pin lookup, no VM lookup
    assert get_count(sim) - gets == 6
    assert leftovers(tmp_path / "out") == []


def test_pattern_is_a_glob_on_the_relative_path_and_folders_are_always_entered(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    result = client.download_tree(
        "web-01", "/srv/www", tmp_path, credentials=creds, pattern="*.log*"
    )
    assert sorted(f.relative for f in result.files) == ["logs/access.log", "logs/old/access.log.1"]
    assert sorted(local_files(tmp_path)) == ["logs/access.log", "logs/old/access.log.1"]
    flat = client.download_tree(
        "web-01", "/srv/www", tmp_path / "flat", credentials=creds, recursive=False
    )
    assert sorted(f.relative for f in flat.files) == ["current", "empty.txt", "index.html"]


def test_hostile_names_are_reported_and_never_written_outside(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/h/good.txt", b"good")
    for name in ("../evil.txt", "a/b.txt", "x\0y", "C:evil", "back\\slash"):
        web.add_listing_entry("/h", name, size=4)
    web.add_listing_entry("/h", "..", type="directory")  # a dot entry: dropped by the listing
    web.add_listing_entry("/h", "up/..", type="directory")
    dest = tmp_path / "dest"
    result = client.download_tree("web-01", "/h", dest, credentials=creds)
    assert not result.ok
    by_name = {f.relative: f for f in result.files}
    assert by_name["good.txt"].status == "ok"
    failed = {f.relative: f.reason for f in result.failed}
    assert set(failed) == {"../evil.txt", "a/b.txt", "x\0y", "C:evil", "back\\slash", "up/.."}
    assert all("unsafe name" in reason for reason in failed.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dest"]
    assert local_files(dest) == {"good.txt": b"good"}


def test_a_local_parent_that_is_a_symlink_is_refused(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "css").symlink_to(outside)
    result = client.download_tree("web-01", "/srv/www", dest, credentials=creds)
    failed = {f.relative: f for f in result.failed}
    assert set(failed) == {"css/print.css", "css/site.css"}
    assert "symbolic link" in failed["css/site.css"].reason
    assert list(outside.iterdir()) == []
    assert (dest / "index.html").exists()


def test_case_collisions_on_a_case_insensitive_destination(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/c/README", b"upper")
    sim.write_guest_file(web, "/c/readme", b"lower")
    monkeypatch.setattr("vsphere_guest.trees.download.case_insensitive", lambda *folders: True)
    result = client.download_tree("web-01", "/c", tmp_path, credentials=creds)
    assert [(f.relative, f.status) for f in result.files] == [
        ("README", "ok"),
        ("readme", "failed"),
    ]
    assert "collides with README" in result.files[1].reason
    assert local_files(tmp_path) == {"README": b"upper"}


def test_a_file_that_changes_during_the_download_is_fetched_again(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    grown: list[str] = []

    def grow(vm: object, guest_path: str) -> None:
        if guest_path.endswith("access.log") and not grown:
            grown.append(guest_path)
            with open(sim.vm("web-01").local_path(guest_path), "ab") as f:
                f.write(b"one more line\n")

    sim.world.after_initiate = grow
    result = client.download_tree("web-01", "/srv/www", tmp_path, credentials=creds)
    assert result.ok
    (changed,) = [f for f in result.files if f.status == "changed"]
    assert changed.relative == "logs/access.log"
    assert (tmp_path / "logs/access.log").read_bytes() == TREE["/srv/www/logs/access.log"] + (
        b"one more line\n"
    )


def test_one_failure_does_not_stop_the_others_and_existing_files_are_kept(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    (tmp_path / "index.html").write_bytes(b"mine")
    sim.inject_fault("InitiateFileTransferFromGuest", "FileNotFound", file="x")
    result = client.download_tree("web-01", "/srv/www", tmp_path, credentials=creds)
    failed = result.failed
    assert len(failed) == 2 and result.count("ok") == 4
    errors = {type(f.error) for f in failed}
    assert errors == {DestinationExists, faults.FileNotFound}
    assert (tmp_path / "index.html").read_bytes() == b"mine"


def test_skip_existing_and_overwrite(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    first = client.download_tree("web-01", "/srv/www", tmp_path, credentials=creds)
    assert first.ok
    sim.write_guest_file(sim.vm("web-01"), "/srv/www/css/site.css", b"body{color:red}\n")
    calls = len(sim.world.calls)
    again = client.download_tree(
        "web-01", "/srv/www", tmp_path, credentials=creds, skip_existing=True, overwrite=True
    )
    statuses = {f.relative: f.status for f in again.files}
    assert statuses.pop("css/site.css") == "ok" and statuses.pop("current") == "skipped"
    assert set(statuses.values()) == {"skipped"}
    assert sim.world.calls[calls:].count("InitiateFileTransferFromGuest") == 1
    assert (tmp_path / "css/site.css").read_bytes() == b"body{color:red}\n"


def test_permissions_on_request_without_setuid(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    web = sim.vm("web-01")
    path = sim.write_guest_file(web, "/bin2/tool", b"#!/bin/sh\n")
    os.chmod(path, 0o4750)
    plain = client.download_tree("web-01", "/bin2", tmp_path / "a", credentials=creds)
    kept = client.download_tree(
        "web-01", "/bin2", tmp_path / "b", credentials=creds, preserve_permissions=True
    )
    assert plain.ok and kept.ok
    assert stat.S_IMODE((tmp_path / "a/tool").stat().st_mode) != 0o750
    assert stat.S_IMODE((tmp_path / "b/tool").stat().st_mode) == 0o750


def test_busy_guest_is_waited_for_and_limits_hold(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    web = sim.vm("web-01")
    for i in range(12):
        sim.write_guest_file(web, f"/many/f{i:02}", bytes([i]) * 100)
    sim.world.guest_latency = 0.05
    sim.world.guest_ops_limit = 2
    with connect(sim, backoff=0.05) as patient:  # waits of 0.05 s, doubling, 5 times
        eager = patient.download_tree(
            "web-01", "/many", tmp_path / "eager", credentials=creds, concurrency=8, per_vm=8
        )
    assert eager.ok and eager.count("ok") == 12
    assert sim.world.guest_ops_refused > 0  # TooManyGuestLogons came, and was waited for
    sim.world.guest_ops_refused = 0
    sim.world.guest_ops_peak.clear()
    polite = client.download_tree(
        "web-01", "/many", tmp_path / "polite", credentials=creds, concurrency=8, per_vm=2
    )
    assert polite.ok and sim.world.guest_ops_refused == 0
    assert sim.world.guest_ops_peak[web.moid] == 2  # concurrent, and never more than allowed


def test_a_guest_busy_for_too_long_fails_that_file(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/one/f", b"x")
    sim.inject_fault("InitiateFileTransferFromGuest", "TooManyGuestLogons", count=20)
    result = client.download_tree("web-01", "/one", tmp_path, credentials=creds)
    (only,) = result.files
    assert only.status == "failed" and isinstance(only.error, faults.TooManyGuestLogons)
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 6  # 1 + 5 retries


def test_progress_counts_all_bytes(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    seen: list[tuple[int, int]] = []
    client.download_tree(
        "web-01", "/srv/www", tmp_path, credentials=creds, progress=lambda d, t: seen.append((d, t))
    )
    total = sum(len(v) for v in expected_files().values())
    assert seen and seen[-1] == (total, total)


def test_files_progress_counts_files_bytes_and_current_files(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    sim.vm("web-01").add_listing_entry("/srv/www", "../evil", size=4)  # failed when planned
    sim.world.guest_latency = 0.02  # files overlap
    states: list[FilesProgress] = []
    pairs: list[tuple[int, int]] = []
    result = client.download_tree(
        "web-01",
        "/srv/www",
        tmp_path,
        credentials=creds,
        concurrency=3,
        files_progress=states.append,
        progress=lambda d, t: pairs.append((d, t)),  # both at once: each gets its own shape
    )
    assert [f.status for f in result.files].count("ok") == 6 and len(result.files) == 8
    check_tree_files_progress(states, result, "web-01")
    total = sum(len(v) for v in expected_files().values())
    assert pairs and pairs[-1] == (total, total)  # progress(done, total) as before
    assert max(len(s.current) for s in states) > 1  # several files moving at once
    dry: list[FilesProgress] = []
    client.download_tree(
        "web-01", "/srv/www", tmp_path / "d", credentials=creds, dry_run=True,
        files_progress=dry.append,
    )  # fmt: skip
    assert dry == []  # a dry run moves nothing


def test_async_files_progress_on_the_event_loop(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    import threading

    seed_tree(sim)
    states: list[FilesProgress] = []
    on_loop: list[bool] = []

    async def run() -> Any:
        loop_thread = threading.get_ident()

        def files_progress(state: FilesProgress) -> None:
            states.append(state)
            on_loop.append(threading.get_ident() == loop_thread)

        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            return await client.download_tree(
                "web-01", "/srv/www", tmp_path, credentials=creds, files_progress=files_progress
            )

    check_tree_files_progress(states, asyncio.run(run()), "web-01")
    assert on_loop and all(on_loop)  # called on the event loop, as progress(done, total)


def test_async_download_tree(sim: Simulator, creds: GuestCredentials, tmp_path: Path) -> None:
    seed_tree(sim)
    sim.world.guest_latency = 0.02
    sim.world.guest_ops_limit = 2

    async def run() -> object:
        async with AsyncClient(
            sim.server,
            username=sim.username,
            password=sim.password,
            verify=str(sim.ca_file),
            backoff=0.01,
        ) as client:
            planned = await client.download_tree(
                "web-01", "/srv/www", tmp_path / "dry", credentials=creds, dry_run=True
            )
            assert planned.count("planned") == 6 and not (tmp_path / "dry").exists()
            return await client.download_tree(
                "web-01", "/srv/www", tmp_path, credentials=creds, per_vm=2
            )

    result = asyncio.run(run())
    assert result.ok  # type: ignore[attr-defined]
    assert local_files(tmp_path) == expected_files()
    assert sim.world.guest_ops_refused == 0
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 6  # the dry run: none
    mtime = datetime.datetime.fromtimestamp((tmp_path / "index.html").stat().st_mtime)
    assert mtime.year == 2020


def test_single_file_guarantees_hold_inside_a_tree(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    """The tree layer adds no copy of the transfer rules: a reset mid-body is retried by the
    single-file download (a new Initiate), an impostor host never gets the token, and no
    temporary file is left behind."""
    web = sim.vm("web-01")
    for i in range(3):
        sim.write_guest_file(web, f"/g/f{i}", bytes([i]) * 300_000)
    sim.inject_transfer_fault("reset", after=100_000)
    result = client.download_tree("web-01", "/g", tmp_path / "a", credentials=creds, concurrency=1)
    assert result.ok and {f.status for f in result.files} == {"ok"}
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 4  # 3 files + 1 retry
    sim.inject_transfer_fault("wrong_cert", impostor="sibling", count=10)
    refused = client.download_tree("web-01", "/g", tmp_path / "b", credentials=creds)
    assert {f.status for f in refused.files} == {"failed"}
    assert all("certificate" in f.reason for f in refused.files)
    assert sim.impostors["sibling"][1].requests == 0  # not one HTTP request reached it
    assert leftovers(tmp_path / "a") == [] and not (tmp_path / "b").exists()  # nothing landed


# --- a hostile local user racing the tree: folders swapped for links after they were checked ----
