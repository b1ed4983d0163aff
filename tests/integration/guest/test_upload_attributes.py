"""Upload attributes (govc guest.upload -perm, -uid, -gid): sent in InitiateFileTransferToGuest's
fileAttributes (the guest sets them once the upload is complete, so no extra call), on the
temporary name that is then moved into place; empty files get them through
ChangeFileAttributesInGuest before the move."""

from __future__ import annotations

import datetime
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from vim25_json.models import (
    GuestFileAttributes,
    GuestPosixFileAttributes,
    GuestWindowsFileAttributes,
)
from vsphere_guest import BadArgumentType, Client, GuestCredentials, faults
from vsphere_guest.cli import EXIT_OK, EXIT_USAGE, main
from vsphere_guest.testing import Simulator

WHEN = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)


def _owner(sim: Simulator, vm: str, guest_path: str) -> tuple[int, int] | None:
    machine = sim.vm(vm)
    return machine.owners.get(str(machine.local_path(guest_path)))


@pytest.mark.parametrize("content", [b"data\n" * 100, b""], ids=["file", "empty"])
def test_posix_attributes_are_set_on_the_uploaded_file(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, content: bytes
) -> None:
    src = tmp_path / "f"
    src.write_bytes(content)
    attributes = GuestPosixFileAttributes(
        permissions=0o640, owner_id=1001, group_id=1002, modification_time=WHEN
    )
    calls = len(sim.world.calls)
    client.upload("web-01", src, "/tmp/f", credentials=creds, attributes=attributes)
    st = sim.vm("web-01").local_path("/tmp/f").stat()
    assert (stat.S_IMODE(st.st_mode), st.st_mtime) == (0o640, WHEN.timestamp())
    assert _owner(sim, "web-01", "/tmp/f") == (1001, 1002)
    made = sim.world.calls[calls:]
    assert made.count("ChangeFileAttributesInGuest") == (0 if content else 1)
    listed = {f.path: f for f in client.list_files("web-01", "/tmp", credentials=creds)}["f"]
    assert (listed.owner_id, listed.group_id, listed.permissions) == (1001, 1002, 0o640)


def test_without_attributes_the_guest_default_applies(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x")
    os.chmod(src, 0o700)  # local bits are not sent unless asked for
    client.upload("web-01", src, "/tmp/f", credentials=creds)
    assert stat.S_IMODE(sim.vm("web-01").local_path("/tmp/f").stat().st_mode) == 0o644


def test_windows_attributes_on_a_windows_guest(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x")
    attributes = GuestWindowsFileAttributes(hidden=True, modification_time=WHEN)
    client.upload("win-01", src, "C:\\Logs\\f.txt", credentials=creds, attributes=attributes)
    win = sim.vm("win-01")
    path = win.local_path("C:\\Logs\\f.txt")
    assert str(path) in win.hidden and path.stat().st_mtime == WHEN.timestamp()


def test_posix_attributes_on_a_windows_guest_are_the_guests_fault(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x")
    with pytest.raises(faults.InvalidArgument):
        client.upload(
            "win-01", src, "C:\\Logs\\f.txt", credentials=creds,
            attributes=GuestPosixFileAttributes(permissions=0o600),
        )  # fmt: skip
    assert not sim.vm("win-01").local_path("C:\\Logs\\f.txt").exists()


@pytest.mark.parametrize("bad", ["0640", {"permissions": 0o640}, 0o640])
def test_attributes_must_be_a_guest_file_attributes(
    client: Client, creds: GuestCredentials, tmp_path: Path, bad: Any
) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x")
    with pytest.raises(BadArgumentType, match="GuestFileAttributes"):
        client.upload("web-01", src, "/tmp/f", credentials=creds, attributes=bad)


def test_preserve_in_upload_tree_costs_no_extra_call(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    local = tmp_path / "site"
    (local / "css").mkdir(parents=True)
    for name in ("a.css", "b.css"):
        (local / "css" / name).write_bytes(b"css")
        os.chmod(local / "css" / name, 0o4750)
        os.utime(local / "css" / name, (1_600_000_000, 1_500_000_000))
    calls = len(sim.world.calls)
    result = client.upload_tree("web-01", local, "/srv/p", credentials=creds, preserve=True)
    assert result.ok
    st = sim.vm("web-01").local_path("/srv/p/css/b.css").stat()
    assert (st.st_mode & 0o7777, st.st_mtime) == (0o750, 1_500_000_000)  # never set-uid
    assert "ChangeFileAttributesInGuest" not in sim.world.calls[calls:]


def test_upload_tree_applies_an_owner_and_group_to_every_file(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    local = tmp_path / "site"
    local.mkdir()
    (local / "a").write_bytes(b"a")
    (local / "empty").write_bytes(b"")
    template = GuestPosixFileAttributes(owner_id=33, group_id=33, permissions=0o600)
    result = client.upload_tree("web-01", local, "/srv/q", credentials=creds, attributes=template)
    assert result.ok
    for name in ("a", "empty"):
        assert _owner(sim, "web-01", f"/srv/q/{name}") == (33, 33)
        mode = sim.vm("web-01").local_path(f"/srv/q/{name}").stat().st_mode
        assert stat.S_IMODE(mode) == 0o600


def test_cli_upload_perm_uid_gid(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x" * 10)
    ca = ["--ca", str(sim.ca_file)]
    argv = ["upload", *ca, "--perm", "0640", "--uid", "1001", "--gid", "1002", "web-01",
            str(src), "/tmp/f"]  # fmt: skip
    assert main(argv) == EXIT_OK
    assert stat.S_IMODE(sim.vm("web-01").local_path("/tmp/f").stat().st_mode) == 0o640
    assert _owner(sim, "web-01", "/tmp/f") == (1001, 1002)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--perm", "999"], "--perm: not an octal mode"),
        (["--perm", "rw-r--r--"], "--perm: not an octal mode"),
        (["--uid", "-1"], "--uid: must be a whole number >= 0"),
    ],
)
def test_cli_bad_perm_uid_gid_are_usage_errors(
    env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    extra: list[str],
    message: str,
) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["upload", *extra, "web-01", str(tmp_path), "/tmp/f"])
    assert usage.value.code == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_cli_perm_on_a_windows_guest_path_is_a_usage_error(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x")
    argv = ["upload", "--ca", str(sim.ca_file), "--uid", "0", "win-01", str(src), "C:\\f"]
    assert main(argv) == EXIT_USAGE
    assert "--perm, --uid and --gid are for POSIX guests" in capsys.readouterr().err


def test_plain_guest_file_attributes_are_accepted(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    src = tmp_path / "f"
    src.write_bytes(b"x")
    client.upload(
        "win-01", src, "C:\\Logs\\t.txt", credentials=creds,
        attributes=GuestFileAttributes(modification_time=WHEN),
    )  # fmt: skip
    assert sim.vm("win-01").local_path("C:\\Logs\\t.txt").stat().st_mtime == WHEN.timestamp()
