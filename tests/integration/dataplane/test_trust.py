"""Hostile hosts end to end: pinning with certificate chains, impostors of the same CA."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import stat
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from vsphere_guest import (
    AsyncClient,
    Client,
    DestinationExists,
    DestinationFolderNotFound,
    GuestCredentials,
    HostCertificateError,
    LocalFileError,
    TransferError,
    VsphereGuestError,
)
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect, leftovers

DATA = b"chain host data\n" * 10


@pytest.mark.parametrize("impostor", ["sibling", "ca", "self_signed"])
def test_chain_in_host_certificate_pins_the_leaf_only(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, impostor: str
) -> None:
    host = sim.add_host("esxi-chain.sim", ca_signed_cert=True, certificate="chain")
    sim.add_vm("chain-01", host, files={"/data/f": DATA})
    with connect(sim) as client:
        ok = client.download("chain-01", "/data/f", tmp_path / "ok", credentials=creds)
        assert ok.path is not None and ok.path.read_bytes() == DATA
        sim.inject_transfer_fault("wrong_cert", impostor=impostor, count=5)
        with pytest.raises(HostCertificateError, match="pinned certificate"):
            client.download("chain-01", "/data/f", tmp_path / "x", credentials=creds)
    assert sim.impostor is not None
    server, files = sim.impostor
    assert server.requests_seen == 0 and files.requests == 0
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []


def test_ca_certificate_first_in_host_certificate_is_refused(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    host = sim.add_host("esxi-cafirst.sim", ca_signed_cert=True, certificate="ca_first")
    sim.add_vm("cafirst-01", host, files={"/data/f": DATA})
    with connect(sim) as client:
        sim.world.calls.clear()
        with pytest.raises(HostCertificateError, match="CA certificate"):
            client.download("cafirst-01", "/data/f", tmp_path / "x", credentials=creds)
    assert "InitiateFileTransferFromGuest" not in sim.world.calls
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("overwrite", [True, False])
def test_fifo_destination_is_refused_before_any_network_call(
    client: Client, creds: GuestCredentials, tmp_path: Path, overwrite: bool
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    before = client.round_trips
    with pytest.raises(LocalFileError, match="is a fifo"):
        client.download("web-01", "/var/log/app.log", fifo, credentials=creds, overwrite=overwrite)
    assert client.round_trips == before
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and leftovers(tmp_path) == []


def test_dangling_symlink_is_refused_before_the_transfer(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "nowhere")
    before = client.round_trips
    with pytest.raises(DestinationExists):
        client.download("web-01", "/var/log/app.log", link, credentials=creds)
    assert client.round_trips == before and link.is_symlink()


@pytest.mark.parametrize("form", ["logs/", "logs" + os.sep + os.sep, "sub/logs/"])
def test_missing_folder_with_a_trailing_separator_is_an_error_before_login(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, form: str
) -> None:
    dest = str(tmp_path) + os.sep + form
    client = connect(sim)  # no `with`: not logged in yet
    try:
        with pytest.raises(DestinationFolderNotFound, match="folder"):
            client.download("web-01", "/var/log/app.log", dest, credentials=creds)
        assert client.round_trips == 0
    finally:
        client.close()
    assert os.listdir(tmp_path) == []


def test_missing_folder_error_is_a_file_not_found_error(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        client.download("web-01", "/var/log/app.log", tmp_path / "no" / "f", credentials=creds)
    with pytest.raises(VsphereGuestError):
        client.download("web-01", "/var/log/app.log", tmp_path / "no" / "f", credentials=creds)
    assert os.listdir(tmp_path) == []


def test_parents_creates_missing_folders(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    dest = f"{tmp_path}/a/b/logs/"
    result = client.download("web-01", "/var/log/app.log", dest, credentials=creds, parents=True)
    assert result.path == tmp_path / "a" / "b" / "logs" / "app.log"
    assert result.path.read_bytes() == b"hello from web-01\n" * 64
    to_file = client.download(
        "web-01", "/etc/hostname", tmp_path / "c" / "name.txt", credentials=creds, parents=True
    )
    assert to_file.path == tmp_path / "c" / "name.txt" and to_file.path.read_bytes() == b"web-01\n"


def test_trailing_separator_on_an_existing_file_is_refused(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    (tmp_path / "logs").write_bytes(b"a file")
    before = client.round_trips
    with pytest.raises(LocalFileError, match="not a folder"):
        client.download(
            "web-01", "/var/log/app.log", f"{tmp_path}/logs/", credentials=creds, parents=True
        )
    assert client.round_trips == before and (tmp_path / "logs").read_bytes() == b"a file"


def test_async_download_takes_parents(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    async def main() -> None:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            with pytest.raises(DestinationFolderNotFound):
                await client.download(
                    "web-01", "/etc/hostname", f"{tmp_path}/x/", credentials=creds
                )
            assert not (tmp_path / "x").exists()
            result = await client.download(
                "web-01", "/etc/hostname", f"{tmp_path}/x/", credentials=creds, parents=True
            )
            assert result.path == tmp_path / "x" / "hostname"

    asyncio.run(main())


def _tokens(sim: Simulator) -> list[str]:
    with sim.world.lock:
        return list(sim.world.tickets)


@pytest.mark.parametrize("status", [404, 503])
def test_error_pages_quoting_the_request_line_never_leak_the_token(
    sim: Simulator,
    creds: GuestCredentials,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    status: int,
) -> None:
    sim.inject_transfer_fault("status", status=status, echo=True, count=3)
    with (
        caplog.at_level(logging.DEBUG),
        connect(sim, retries=2) as client,
        pytest.raises(TransferError, match=f"HTTP {status}") as info,
    ):
        client.download("web-01", "/var/log/app.log", tmp_path / "x", credentials=creds)
    assert "guestFile" in str(info.value)  # the excerpt is there...
    tokens = _tokens(sim)
    assert len(tokens) == (3 if status == 503 else 1)
    for token in tokens:  # ...with every form of the token masked
        assert token not in str(info.value) and token not in repr(info.value)
        assert token not in caplog.text
        assert quote(token, safe="") not in str(info.value) + caplog.text


URL_FORMS = {
    "ip": r"https://(127\.0\.0\.1|\[::1\]):\d+/guestFile\?",
    "name": r"https://esxi-01\.sim:\d+/guestFile\?",
    "star": r"https://\*/guestFile\?",
    "star_443": r"https://\*:443/guestFile\?",
    "star_port": r"https://\*:\d+/guestFile\?",
}


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
@pytest.mark.parametrize("url_form", sorted(URL_FORMS))
def test_download_and_upload_over_every_transfer_url_form(
    make_sim: Any, tmp_path: Path, host: str, url_form: str
) -> None:
    sim = make_sim(host=host, url_form=url_form)
    creds = GuestCredentials(sim.guest.username, sim.guest.password)
    data = os.urandom(300_000)
    (tmp_path / "up.bin").write_bytes(data)
    with connect(sim, host_addresses=sim.host_addresses) as client:
        result = client.download("web-01", "/var/log/app.log", tmp_path / "a", credentials=creds)
        assert result.path is not None and result.path.read_bytes() == b"hello from web-01\n" * 64
        client.upload("web-01", tmp_path / "up.bin", "/var/log/up.bin", credentials=creds)
    assert sim.vm("web-01").local_path("/var/log/up.bin").read_bytes() == data
    assert len(sim.world.issued_urls) == 2
    assert all(re.match(URL_FORMS[url_form], url) for url in sim.world.issued_urls)
