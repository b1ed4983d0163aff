"""Every failure a caller can hit through a client is a VsphereGuestError with its cause."""

from __future__ import annotations

import asyncio
import socket
import ssl
from pathlib import Path
from typing import Any

import httpx
import pytest
from vim25_json.api.service_instance import service_instance_current_time
from vsphere_guest import (
    AsyncClient,
    BadArgument,
    BadArgumentType,
    Client,
    ConnectionFailed,
    GuestCredentials,
    ServerError,
    VCenterTimeout,
    VCenterTLSError,
    VmRef,
)
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused_is_connection_failed() -> None:
    port = _free_port()
    client = Client(f"127.0.0.1:{port}", username="u", password="secret-pw", timeout=5)
    with pytest.raises(ConnectionFailed) as info:
        client.login()
    assert isinstance(info.value.__cause__, ConnectionRefusedError)
    assert isinstance(info.value, httpx.TransportError)  # what it stands in for
    # one sentence, the OS's reason once (issue 22: "cannot talk to ...: ConnectError: [Errno 111]")
    assert str(info.value) == f"cannot reach vCenter 127.0.0.1:{port} (Connection refused)"
    assert info.value.reason == "Connection refused"
    assert "secret-pw" not in str(info.value)
    client.close()


def test_async_connection_refused_is_connection_failed() -> None:
    async def main() -> None:
        client = AsyncClient(f"127.0.0.1:{_free_port()}", username="u", password="p", timeout=5)
        with pytest.raises(ConnectionFailed):
            await client.login()
        await client.close()

    asyncio.run(main())


def test_timeout_is_vcenter_timeout(sim: Simulator) -> None:
    sim.delay_operation("CurrentTime", 2.0)
    with connect(sim, timeout=0.3) as client:
        with pytest.raises(VCenterTimeout) as info:
            client.call(service_instance_current_time, mo_id="ServiceInstance")
        assert isinstance(info.value.__cause__, TimeoutError)
        assert isinstance(info.value, httpx.TimeoutException)  # what it stands in for
        sim.delay_operation("CurrentTime", 0)


def test_untrusted_vcenter_certificate_is_vcenter_tls_error(sim: Simulator) -> None:
    client = Client(sim.server, username=sim.username, password=sim.password)  # system trust
    with pytest.raises(VCenterTLSError) as info:
        client.login()
    assert isinstance(info.value.__cause__, ssl.SSLCertVerificationError)
    assert isinstance(info.value, httpx.ConnectError)  # what it stands in for
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    client.close()


def test_non_json_success_answer_is_server_error(sim: Simulator, client: Client) -> None:
    sim.inject_http_error("CurrentTime", 200, b"<html>maintenance</html>", "text/html")
    with pytest.raises(ServerError) as info:
        client.call(service_instance_current_time, mo_id="ServiceInstance")
    assert info.value.status == 200 and "maintenance" in info.value.excerpt
    assert info.value.__cause__ is not None


@pytest.mark.parametrize(
    "settings",
    [{"backoff": -1}, {"timeout": 0}, {"timeout": -5}, {"retries": -1}, {"server": "https://x/"}],
)
def test_bad_settings_are_refused_before_any_call(sim: Simulator, settings: dict[str, Any]) -> None:
    server = settings.pop("server", sim.server)
    with pytest.raises(BadArgument):
        Client(server, username=sim.username, password=sim.password, **settings)
    with pytest.raises(ValueError):
        AsyncClient(server, username=sim.username, password=sim.password, **settings)
    assert sim.world.requests == []


def test_bad_arguments_are_refused_before_any_call(sim: Simulator, tmp_path: Path) -> None:
    client = connect(sim)
    vm = VmRef("vm-4")
    good = GuestCredentials(sim.guest.username, sim.guest.password)
    calls: list[Any] = [
        lambda: client.find_vm(None),  # type: ignore[arg-type]
        lambda: client.find_vm(""),
        lambda: client.download(vm, "/etc/hostname", tmp_path, credentials="root"),  # type: ignore[arg-type]
        lambda: client.download(None, "/etc/hostname", tmp_path, credentials=good),  # type: ignore[arg-type]
        lambda: client.upload(vm, tmp_path / "x", "/tmp/x", credentials=("root", "pw")),  # type: ignore[arg-type]
        lambda: client.list_files(vm, "/var/log", credentials=None),  # type: ignore[arg-type]
        lambda: client.open_download(vm, "/etc/hostname", credentials="x").__enter__(),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(BadArgumentType):
            call()
    with pytest.raises(TypeError):
        client.find_vm(None)  # type: ignore[arg-type]
    assert sim.world.requests == []
    client.close()
