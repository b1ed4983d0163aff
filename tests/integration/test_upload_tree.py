"""upload_tree and `upload -r`: a local folder into the guest through the single-file upload;
guest folders made first, local links and special files skipped, names a guest cannot hold
refused, empty files made without a 0-byte PUT, cp -r layout on the command line."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from vsphere_guest import AsyncClient, Client, GuestCredentials
from vsphere_guest.cli import EXIT_OK, EXIT_TRANSFER, main
from vsphere_guest.testing import Simulator

from .test_cli import env  # noqa: F401  (fixture)


@pytest.fixture
def local(tmp_path: Path) -> Path:
    src = tmp_path / "site"
    (src / "css").mkdir(parents=True)
    (src / "deep" / "er").mkdir(parents=True)
    (src / "index.html").write_bytes(b"<html/>")
    (src / "css" / "a.css").write_bytes(b"a{}")
    (src / "deep" / "er" / "x.log").write_bytes(b"log")
    (src / "empty").write_bytes(b"")
    (src / "link").symlink_to("/etc/passwd")
    (src / "dirlink").symlink_to(src / "css")
    os.mkfifo(src / "pipe")
    return src


def _guest(sim: Simulator, vm: str, top: str) -> dict[str, bytes]:
    root = sim.vm(vm).local_path(top)
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_upload_tree(sim: Simulator, client: Client, creds: GuestCredentials, local: Path) -> None:
    calls = len(sim.world.calls)
    result = client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    assert result.ok  # skipped entries are no failure
    statuses = {f.relative: f.status for f in result.files}
    assert statuses == {
        "index.html": "ok",
        "empty": "ok",
        "link": "skipped",
        "pipe": "skipped",
        "dirlink": "skipped",
        "css/a.css": "ok",
        "deep/er/x.log": "ok",
    }
    assert _guest(sim, "web-01", "/srv/site") == {
        "index.html": b"<html/>",
        "empty": b"",
        "css/a.css": b"a{}",
        "deep/er/x.log": b"log",
    }
    made = sim.world.calls[calls:]
    assert made.count("MakeDirectoryInGuest") == 4  # /srv/site, css, deep, deep/er
    assert made.count("InitiateFileTransferToGuest") == 3  # the empty file needs no PUT


def test_pattern_dry_run_and_names_a_windows_guest_cannot_hold(
    sim: Simulator, client: Client, creds: GuestCredentials, local: Path
) -> None:
    (local / "what?.txt").write_bytes(b"?")
    calls = len(sim.world.calls)
    planned = client.upload_tree(
        "win-01", local, "C:\\site", credentials=creds, pattern="*.log", dry_run=True
    )
    assert [(f.relative, f.status) for f in planned.files] == [("deep/er/x.log", "planned")]
    assert planned.files[0].guest_path == "C:\\site\\deep\\er\\x.log"
    assert [c for c in sim.world.calls[calls:] if c.endswith("InGuest")] == []  # nothing asked
    result = client.upload_tree("win-01", local, "C:\\site", credentials=creds)
    failed = {f.relative: f.reason for f in result.failed}
    assert list(failed) == ["what?.txt"] and "Windows" in failed["what?.txt"]
    assert _guest(sim, "win-01", "C:\\site")["deep/er/x.log"] == b"log"


def test_existing_guest_files_fail_unless_overwrite(
    sim: Simulator, client: Client, creds: GuestCredentials, local: Path
) -> None:
    client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    again = client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    assert again.count("failed") == 4 and again.count("ok") == 0
    (local / "index.html").write_bytes(b"<html>new</html>")
    forced = client.upload_tree("web-01", local, "/srv/site", credentials=creds, overwrite=True)
    assert forced.count("ok") == 4
    assert sim.vm("web-01").local_path("/srv/site/index.html").read_bytes() == b"<html>new</html>"


def test_async_upload_tree(sim: Simulator, creds: GuestCredentials, local: Path) -> None:
    async def run() -> object:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            return await client.upload_tree("web-01", local, "/srv/a", credentials=creds)

    result = asyncio.run(run())
    assert result.count("ok") == 4  # type: ignore[attr-defined]
    assert _guest(sim, "web-01", "/srv/a")["css/a.css"] == b"a{}"


def test_cli_upload_r_layout_is_cp_r(
    sim: Simulator,
    env: dict[str, str],  # noqa: F811
    local: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ca = ["--ca", str(sim.ca_file)]
    assert main(["upload", *ca, "-r", "web-01", str(local), "/tmp/copy"]) == EXIT_OK
    assert "index.html" in _guest(sim, "web-01", "/tmp/copy")  # missing: it is the copy
    out = capsys.readouterr().out
    assert "/tmp/copy  7 files: 4 ok, 3 skipped, 0 failed; 13 bytes" in out
    assert main(["upload", *ca, "-r", "web-01", str(local), "/tmp/copy", "--dry-run"]) == EXIT_OK
    assert "would copy index.html  7 bytes -> /tmp/copy/site/index.html" in capsys.readouterr().out
    assert main(["upload", *ca, "-r", "web-01", str(local), "/tmp/copy"]) == EXIT_OK
    assert "index.html" in _guest(sim, "web-01", "/tmp/copy/site")  # existing: inside it
    assert main(["upload", *ca, "-r", "web-01", str(local), "/tmp/copy"]) == EXIT_TRANSFER
    assert "vsphere-guest: failed: index.html: FileAlreadyExists" in capsys.readouterr().err


def test_preserve_sets_times_and_permission_bits_in_the_guest(
    sim: Simulator, client: Client, creds: GuestCredentials, local: Path
) -> None:
    tool = local / "css" / "a.css"
    os.chmod(tool, 0o4750)
    os.utime(tool, (1_600_000_000, 1_500_000_000))
    calls = len(sim.world.calls)
    result = client.upload_tree("web-01", local, "/srv/p", credentials=creds, preserve=True)
    assert result.ok
    st = sim.vm("web-01").local_path("/srv/p/css/a.css").stat()
    assert (st.st_mode & 0o7777, st.st_mtime) == (0o750, 1_500_000_000)  # never set-uid
    assert sim.world.calls[calls:].count("ChangeFileAttributesInGuest") == 4
    win = client.upload_tree("win-01", local, "C:\\p", credentials=creds, preserve=True)
    assert win.ok
    assert sim.vm("win-01").local_path("C:\\p\\css\\a.css").stat().st_mtime == 1_500_000_000
