"""The simulator behaves as real guests do where a user would notice (issue 22, item 13):
Windows paths ignore case but keep it, a temporary folder in a missing folder fails as the
temporary file does, and a Windows guest has C:\\Windows\\Temp."""

from __future__ import annotations

from pathlib import Path

import pytest
from vsphere_guest import Client, GuestCredentials, faults
from vsphere_guest.testing import Simulator

WIN_LOG = b"hello from win-01\r\n" * 32


def test_windows_paths_ignore_case(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    result = client.download("win-01", "c:\\logs\\APP.LOG", tmp_path / "a", credentials=creds)
    assert result.path is not None and result.path.read_bytes() == WIN_LOG
    assert [f.path for f in client.list_files("win-01", "c:\\LOGS", credentials=creds)] == [
        "app.log"  # the name as it was made
    ]


def test_windows_paths_keep_the_case_they_are_made_with(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    src = tmp_path / "new.txt"
    src.write_bytes(b"new")
    client.upload("win-01", src, "c:\\logs\\New.Txt", credentials=creds)
    client.mkdir("win-01", "C:\\LOGS\\Sub", credentials=creds)
    names = sorted(f.path for f in client.list_files("win-01", "C:\\Logs", credentials=creds))
    assert names == ["New.Txt", "Sub", "app.log"]
    with pytest.raises(faults.FileAlreadyExists):
        client.mkdir("win-01", "c:\\logs\\sub", credentials=creds)


def test_posix_paths_keep_case_sensitive(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    with pytest.raises(faults.FileNotFound):
        client.download("web-01", "/VAR/log/app.log", tmp_path / "a", credentials=creds)


@pytest.mark.parametrize("directory", [False, True], ids=["file", "folder"])
def test_mktemp_in_a_missing_folder_fails_and_makes_nothing(
    sim: Simulator, client: Client, creds: GuestCredentials, directory: bool
) -> None:
    with pytest.raises(faults.FileNotFound):
        client.mktemp("web-01", credentials=creds, parent="/missing/deep", directory=directory)
    assert not sim.vm("web-01").local_path("/missing").exists()


def test_windows_guest_has_a_temp_folder(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    assert any(
        f.path == "Temp" and f.is_dir
        for f in client.list_files("win-01", "C:\\Windows", credentials=creds)
    )
    made = client.mktemp("win-01", credentials=creds)
    assert made.startswith("C:\\Windows\\Temp\\vsphere-guest-")
    assert sim.vm("win-01").local_path(made).is_file()
