"""download_tree against a local user who swaps folders for links while it runs: nothing is
written, stamped or read through a link, no descriptor is left open; and the fallback without
dir_fd."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import (
    AsyncClient,
    Client,
    GuestCredentials,
)
from vsphere_guest.testing import Simulator
from vsphere_guest.trees import download as _download_module
from vsphere_guest.trees import landing as _tree_module

from ..conftest import (
    connect,
    needs_proc,
    open_below,
    swap_for_link,
)
from .tree_data import expected_files, local_files, seed_tree


def _download_tree(sim: Simulator, creds: GuestCredentials, how: str, *args: Any, **kw: Any) -> Any:
    if how == "sync":
        with connect(sim) as client:
            return client.download_tree(*args, credentials=creds, **kw)

    async def run() -> Any:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            return await client.download_tree(*args, credentials=creds, **kw)

    return asyncio.run(run())


@needs_proc
@pytest.mark.parametrize("how", ["sync", "async"])
def test_a_folder_swapped_for_a_link_after_its_check_is_never_written_through(
    sim: Simulator,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    seed_tree(sim)
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "dest"
    asides: list[Path] = []
    sink = _tree_module.FileSink  # made once the file's folder was checked and held

    def racing(local: Path, **kwargs: Any) -> Any:
        if local.parent.name == "css" and not asides:
            asides.append(swap_for_link(dest / "css", outside))
        return sink(local, **kwargs)

    monkeypatch.setattr(_tree_module, "FileSink", racing)
    result = _download_tree(sim, creds, how, "web-01", "/srv/www", dest, concurrency=1)
    assert list(outside.iterdir()) == []  # nothing written through the link
    statuses = {f.relative: f.status for f in result.files}
    assert statuses.pop("css/site.css") == statuses.pop("css/print.css") == "failed"
    assert set(statuses.values()) == {"ok", "skipped"}  # the others went on
    first, second = (f.reason for f in result.files if f.relative.startswith("css/"))
    assert "was moved or replaced while the file was downloaded" in first  # held, then checked
    assert "is a symbolic link: refusing to write through it" in second  # never entered
    (aside,) = asides
    assert list(aside.iterdir()) == []  # no temporary file left in the folder moved aside
    assert open_below(tmp_path) == []


@needs_proc
def test_times_and_permissions_never_reach_a_file_behind_a_swapped_folder(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    web = sim.vm("web-01")
    os.chmod(sim.write_guest_file(web, "/p/sub/tool", b"#!/bin/sh\n"), 0o755)
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "tool"
    victim.write_bytes(b"mine")
    victim.chmod(0o600)
    os.utime(victim, (1_000_000, 1_000_000))
    dest = tmp_path / "dest"
    asides: list[Path] = []
    stamps = _tree_module.stamps  # called when the guest's times are about to be set

    def racing(*args: Any, **kwargs: Any) -> Any:
        if not asides:
            asides.append(swap_for_link(dest / "sub", outside))
        return stamps(*args, **kwargs)

    monkeypatch.setattr(_tree_module, "stamps", racing)
    result = client.download_tree(
        "web-01", "/p", dest, credentials=creds, preserve_permissions=True
    )
    st = victim.lstat()
    assert (st.st_mtime, stat.S_IMODE(st.st_mode), victim.read_bytes()) == (
        1_000_000,
        0o600,
        b"mine",
    )
    assert sorted(p.name for p in outside.iterdir()) == ["tool"]
    (only,) = result.files
    assert only.status == "failed" and "was moved or replaced" in only.reason
    assert list(asides[0].iterdir()) == []  # not put in place, no temporary file left
    assert open_below(tmp_path) == []


@needs_proc
def test_no_file_descriptor_is_left_open_whatever_the_outcome(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    seed_tree(sim)
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "dest"
    (dest / "logs").mkdir(parents=True)
    (dest / "index.html").write_bytes(b"mine")  # DestinationExists
    (dest / "css").symlink_to(outside)  # refused folder
    (dest / "logs" / "old").write_bytes(b"")  # not a folder
    sim.inject_fault("InitiateFileTransferFromGuest", "FileNotFound", file="x")
    result = client.download_tree("web-01", "/srv/www", dest, credentials=creds, concurrency=2)
    assert result.count("failed") == 5 and result.count("ok") == 1
    assert open_below(tmp_path) == []


def test_without_dir_fd_folders_are_checked_by_path(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fallback where os.open has no dir_fd (Windows): the same results, minus the race."""
    for module in (_tree_module, _download_module):  # planning and landing both check it
        monkeypatch.setattr(module, "HELD", False)
    seed_tree(sim)
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "css").symlink_to(outside)
    result = client.download_tree(
        "web-01", "/srv/www", dest, credentials=creds, preserve_permissions=True
    )
    assert {f.relative for f in result.failed} == {"css/print.css", "css/site.css"}
    assert "symbolic link" in result.failed[0].reason and list(outside.iterdir()) == []
    assert (dest / "index.html").stat().st_mtime == 1_600_000_000
    assert local_files(dest) == {
        k: v for k, v in expected_files().items() if not k.startswith("css/")
    }
