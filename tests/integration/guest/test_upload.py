"""Uploads: exact Content-Length, overwrite rules, retries with a rewindable source."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from vsphere_guest import Client, DestinationExists, GuestCredentials, VsphereGuestError, faults
from vsphere_guest.testing import Simulator


def test_upload_path_and_stream(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    data = os.urandom(300_000)
    src = tmp_path / "payload.bin"
    src.write_bytes(data)
    result = client.upload("web-01", src, "/var/log/payload.bin", credentials=creds)
    assert result.size == len(data)
    assert sim.vm("web-01").local_path("/var/log/payload.bin").read_bytes() == data
    client.upload("web-01", io.BytesIO(b"abc"), "/var/log/small.txt", credentials=creds)
    assert sim.vm("web-01").local_path("/var/log/small.txt").read_bytes() == b"abc"


def test_upload_refuses_to_overwrite_unless_asked(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    with pytest.raises(DestinationExists):
        client.upload("web-01", io.BytesIO(b"x"), "/etc/hostname", credentials=creds)
    client.upload(
        "web-01", io.BytesIO(b"new\n"), "/etc/hostname", credentials=creds, overwrite=True
    )
    assert sim.vm("web-01").local_path("/etc/hostname").read_bytes() == b"new\n"


def test_an_existing_guest_file_is_refused_before_any_byte_is_sent(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    web = sim.vm("web-01")
    before = web.local_path("/etc/hostname").read_bytes()
    sim.world.calls.clear()
    puts = sum(files.requests for _, files in sim.esxi.values())
    with pytest.raises(DestinationExists) as raised:
        client.upload("web-01", io.BytesIO(b"x" * 100_000), "/etc/hostname", credentials=creds)
    assert (
        str(raised.value) == "/etc/hostname exists on the guest (pass overwrite=True to replace it)"
    )
    assert raised.value.advised({"overwrite": "use --overwrite"}).endswith(
        "(use --overwrite to replace it)"
    )
    assert "InitiateFileTransferToGuest" not in sim.world.calls
    assert sum(files.requests for _, files in sim.esxi.values()) == puts  # no PUT
    assert web.local_path("/etc/hostname").read_bytes() == before


def test_a_file_that_appears_after_the_check_is_still_refused_by_the_move(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    web = sim.vm("web-01")
    before = web.local_path("/etc/hostname").read_bytes()
    sim.inject_answer("ListFilesInGuest", {"_typeName": "GuestListFileInfo", "remaining": 0})
    with pytest.raises(DestinationExists, match="overwrite=True"):
        client.upload("web-01", io.BytesIO(b"late"), "/etc/hostname", credentials=creds)
    assert web.local_path("/etc/hostname").read_bytes() == before
    assert [p.name for p in web.local_path("/etc").iterdir() if p.name.endswith(".part")] == []


def test_upload_retries_after_503(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    sim.inject_transfer_fault("status", status=503)
    sim.world.calls.clear()
    client.upload("web-01", io.BytesIO(b"retry me"), "/var/log/r.txt", credentials=creds)
    assert sim.world.calls.count("InitiateFileTransferToGuest") == 2
    assert sim.vm("web-01").local_path("/var/log/r.txt").read_bytes() == b"retry me"


def test_upload_needs_a_known_size(client: Client, creds: GuestCredentials) -> None:
    class Pipe(io.RawIOBase):
        def readable(self) -> bool:
            return True

    with pytest.raises(ValueError, match="size"):
        client.upload("web-01", Pipe(), "/var/log/p", credentials=creds)  # type: ignore[arg-type]


def test_list_files(client: Client, creds: GuestCredentials) -> None:
    names = {f.path: f for f in client.list_files("web-01", "/var/log", credentials=creds)}
    assert names["app.log"].size == 1152 and names["app.log"].type == "file"


@pytest.mark.parametrize("data", [b"x", b""], ids=["file", "empty"])
def test_upload_into_a_missing_guest_folder_names_the_path_given(
    sim: Simulator, client: Client, creds: GuestCredentials, data: bytes
) -> None:
    """Not the temporary `.NAME.RANDOM.part` name the guest was asked to make (issue 22)."""
    for overwrite in (False, True):
        with pytest.raises(VsphereGuestError) as info:
            client.upload(
                "web-01", io.BytesIO(data), "/no/such/f", credentials=creds, overwrite=overwrite
            )
        assert (
            str(info.value) == "cannot upload /no/such/f: the guest folder /no/such does not exist"
        )
        assert isinstance(info.value, FileNotFoundError)
        assert isinstance(info.value.__cause__, faults.FileNotFound)


def test_a_name_too_long_for_the_guest_says_so(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    name = "n" * 256
    with pytest.raises(faults.SystemError) as info:
        client.upload("web-01", io.BytesIO(b"x"), f"/tmp/{name}", credentials=creds)
    assert str(info.value).endswith(": File name too long")
    assert (
        not sim.vm("web-01").local_path("/tmp").exists()
        or os.listdir(sim.vm("web-01").local_path("/tmp")) == []
    )
