"""Uploads the way people give them: empty files (ESXi refuses a 0-byte PUT with HTTP 500, as
the simulator does), into a guest folder keeping the local name, and from standard input."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from vsphere_guest import AsyncClient, BadArgument, Client, DestinationExists, GuestCredentials
from vsphere_guest.cli import EXIT_OK, EXIT_USAGE, main
from vsphere_guest.testing import Simulator


def test_empty_file_upload_works_without_a_zero_byte_put(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    web = sim.vm("web-01")
    empty = tmp_path / "empty.conf"
    empty.write_bytes(b"")
    gets_and_puts = sum(files.requests for _, files in sim.esxi.values())
    result = client.upload("web-01", empty, "/tmp/empty.conf", credentials=creds)
    assert result.size == 0
    assert web.local_path("/tmp/empty.conf").read_bytes() == b""
    assert sorted(p.name for p in web.local_path("/tmp").iterdir()) == ["empty.conf"]
    assert sum(files.requests for _, files in sim.esxi.values()) == gets_and_puts  # no PUT
    with pytest.raises(DestinationExists):
        client.upload("web-01", empty, "/tmp/empty.conf", credentials=creds)
    assert sorted(p.name for p in web.local_path("/tmp").iterdir()) == ["empty.conf"]
    sim.write_guest_file(web, "/tmp/full", b"data")
    client.upload("web-01", io.BytesIO(b""), "/tmp/full", credentials=creds, overwrite=True)
    assert web.local_path("/tmp/full").read_bytes() == b""


def test_a_zero_byte_put_gets_http_500_from_the_simulated_host(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    import httpx
    from vim25_json.api.guest_file_manager import (
        guest_file_manager_initiate_file_transfer_to_guest as initiate,
    )
    from vim25_json.models import GuestFileAttributes, InitiateFileTransferToGuestRequestType

    body = InitiateFileTransferToGuestRequestType(
        vm=client.find_vm("web-01"),
        auth=creds.to_auth(),
        guest_file_path="/tmp/zero",
        file_attributes=GuestFileAttributes(),
        file_size=0,
        overwrite=False,
    )
    url = client.call(initiate, mo_id="guestOperationsFileManager", body=body)
    answer = httpx.put(url, content=b"", verify=False)
    assert answer.status_code == 500


def test_upload_into_a_guest_folder_keeps_the_local_name(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    src = tmp_path / "fix.sh"
    src.write_bytes(b"#!/bin/sh\n")
    result = client.upload("web-01", src, "/tmp/", credentials=creds)
    assert result.guest_path == "/tmp/fix.sh"
    assert sim.vm("web-01").local_path("/tmp/fix.sh").read_bytes() == b"#!/bin/sh\n"
    result = client.upload("win-01", src, "C:\\Logs\\", credentials=creds)
    assert result.guest_path == "C:\\Logs\\fix.sh"
    with pytest.raises(BadArgument):
        client.upload("web-01", io.BytesIO(b"x"), "/tmp/", credentials=creds)


def test_async_empty_and_folder_uploads(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    (tmp_path / "e").write_bytes(b"")

    async def run() -> None:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            await client.upload("web-01", tmp_path / "e", "/tmp/", credentials=creds)

    asyncio.run(run())
    assert sim.vm("web-01").local_path("/tmp/e").read_bytes() == b""


def test_cli_upload_from_stdin_and_into_a_folder(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
) -> None:
    web = sim.vm("web-01")
    data = bytes(range(256)) * 8192  # 2 MiB through a pipe
    cmd = [sys.executable, "-m", "vsphere_guest", "upload", "--ca", str(sim.ca_file), "web-01"]
    result = subprocess.run(
        [*cmd, "-", "/tmp/from-stdin"],
        input=data,
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.decode() == f"/tmp/from-stdin  {len(data)} bytes\n"
    assert web.local_path("/tmp/from-stdin").read_bytes() == data
    empty = subprocess.run(
        [*cmd, "-", "/tmp/empty-stdin"],
        input=b"",
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
        check=False,
    )
    assert empty.returncode == EXIT_OK, empty.stderr
    assert web.local_path("/tmp/empty-stdin").read_bytes() == b""
    src = tmp_path / "notes.txt"
    src.write_text("n\n")
    assert main(["upload", "--ca", str(sim.ca_file), "web-01", str(src), "/tmp/"]) == EXIT_OK
    assert web.local_path("/tmp/notes.txt").read_text() == "n\n"
    assert main(["upload", "--ca", str(sim.ca_file), "web-01", "-", "/tmp/"]) == EXIT_USAGE
