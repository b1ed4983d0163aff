"""Proxies against a proxy nobody here wrote: tinyproxy (Debian's `tinyproxy-bin`), with and
without BasicAuth. Both planes go through it; its log (LogLevel Info records each request line)
shows only CONNECT requests and never a secret. Without tinyproxy on PATH this module skips
(`apt-get install tinyproxy-bin`)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from vsphere_guest import GuestCredentials, VCenterProxyError
from vsphere_guest.testing import Simulator

from tests.integration.cli_run import free_port
from tests.integration.clients.test_proxies import esxi_targets, open_client, round_trip

TINYPROXY = shutil.which("tinyproxy")
if TINYPROXY is None:
    pytest.skip("tinyproxy not found: apt-get install tinyproxy-bin", allow_module_level=True)

SECRET = "pr0xy-s3cret"


def start_tinyproxy(folder: Path, auth: bool) -> Iterator[tuple[str, Path]]:
    port = free_port()
    log = folder / "tinyproxy.log"
    config = folder / "tinyproxy.conf"
    lines = [f"Port {port}", "Listen 127.0.0.1", "Timeout 30", "LogLevel Info"]
    lines += [f'LogFile "{log}"', "MaxClients 20", "Allow 127.0.0.1"]
    lines += [f"BasicAuth alice {SECRET}"] if auth else []
    config.write_text("\n".join(lines) + "\n")
    process = subprocess.Popen([str(TINYPROXY), "-d", "-c", str(config)], stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):  # until it listens (at most 10 s)
            try:
                socket.create_connection(("127.0.0.1", port), 0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"127.0.0.1:{port}", log
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def tinyproxy(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    yield from start_tinyproxy(tmp_path, auth=False)


@pytest.fixture
def tinyproxy_auth(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    yield from start_tinyproxy(tmp_path, auth=True)


def requests_logged(log: Path) -> list[str]:
    """The request lines tinyproxy logged ("Request (file descriptor N): LINE")."""
    return [
        line.split("): ", 1)[1]
        for line in log.read_text().splitlines()
        if "Request (file descriptor" in line
    ]


def assert_clean(log: Path, sim: Simulator, sessions: list[str]) -> None:
    text = log.read_text()
    for secret in (sim.password, sim.guest.password, SECRET, *sim.world.tickets, *sessions):
        assert secret not in text


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_both_planes_through_tinyproxy(
    sim: Simulator, tmp_path: Path, tinyproxy: tuple[str, Path], flavour: str
) -> None:
    where, log = tinyproxy
    with open_client(sim, flavour, proxy=f"http://{where}") as client:
        sessions = round_trip(client, sim, tmp_path)
    requests = requests_logged(log)
    assert requests and all(r.startswith("CONNECT ") for r in requests), requests
    targets = {r.split()[1] for r in requests}
    assert sim.server in targets and targets - {sim.server} <= esxi_targets(sim)
    assert targets - {sim.server}, "no transfer went through tinyproxy"
    assert_clean(log, sim, sessions)


def test_tinyproxy_with_basic_auth(
    sim: Simulator, tmp_path: Path, tinyproxy_auth: tuple[str, Path]
) -> None:
    where, log = tinyproxy_auth
    with pytest.raises(VCenterProxyError) as refused, open_client(sim, "sync", proxy=where):
        pass
    assert refused.value.status == 407 and "requires credentials" in str(refused.value)
    creds = GuestCredentials(sim.guest.username, sim.guest.password)
    url = f"http://alice:{SECRET}@{where}"
    with open_client(sim, "sync", proxy=url) as client:
        sessions = round_trip(client, sim, tmp_path)
        client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
    assert all(r.startswith("CONNECT ") for r in requests_logged(log))
    assert_clean(log, sim, sessions)
