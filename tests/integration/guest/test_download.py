"""Downloads end to end through the simulator: destinations, atomicity, pinning, retries."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import (
    Client,
    DestinationExists,
    GuestCredentials,
    HostCertificateError,
    SizeMismatch,
    TransferError,
    TransientTransferError,
    VmRef,
    faults,
)
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect, leftovers

APP_LOG = b"hello from web-01\n" * 64


def test_download_to_path_dir_and_stream(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    vm = client.find_vm("web-01")
    result = client.download(vm, "/var/log/app.log", tmp_path / "a.log", credentials=creds)
    assert result.path == tmp_path / "a.log" and result.size == len(APP_LOG)
    assert result.path.read_bytes() == APP_LOG
    assert not result.attributes.windows
    into_dir = client.download(vm, "/var/log/app.log", tmp_path, credentials=creds)
    assert into_dir.path == tmp_path / "app.log" and into_dir.path.read_bytes() == APP_LOG
    buffer = io.BytesIO()
    streamed = client.download(vm, "/var/log/app.log", buffer, credentials=creds)
    assert streamed.path is None and buffer.getvalue() == APP_LOG
    assert leftovers(tmp_path) == []


def test_windows_guest_path_keeps_base_name(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    result = client.download("win-01", "C:\\Logs\\app.log", tmp_path, credentials=creds)
    assert result.path == tmp_path / "app.log"
    assert result.attributes.windows


def test_existing_destination_fails_before_any_network_call(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    dest = tmp_path / "keep.txt"
    dest.write_bytes(b"precious")
    before = client.round_trips
    with pytest.raises(DestinationExists):
        client.download("web-01", "/var/log/app.log", dest, credentials=creds)
    assert client.round_trips == before and dest.read_bytes() == b"precious"
    client.download("web-01", "/var/log/app.log", dest, credentials=creds, overwrite=True)
    assert dest.read_bytes() == APP_LOG


def test_round_trips_first_and_next_files(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    vm = sim.vm("web-01")
    for i in range(3):
        sim.write_guest_file(vm, f"/data/f{i}", os.urandom(1000))
    with connect(sim) as client:
        ref = client.find_vm(vm.moid)
        start = client.round_trips
        client.download(ref, "/data/f0", tmp_path / "f0", credentials=creds)
        first = client.round_trips - start
        counts = []
        for i in (1, 2):
            before = client.round_trips
            client.download(ref, f"/data/f{i}", tmp_path / f"f{i}", credentials=creds)
            counts.append(client.round_trips - before)
    # first: fileManager + host certificate (one PropertyCollector call) + initiate + GET
    assert first == 4
    assert counts == [2, 2]
    for i in range(3):
        assert (tmp_path / f"f{i}").read_bytes() == vm.local_path(f"/data/f{i}").read_bytes()


def test_host_certificate_is_fetched_in_one_property_collector_call(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    vm = client.find_vm("web-01")
    sim.world.calls.clear()
    client.download(vm, "/etc/hostname", tmp_path / "h", credentials=creds)
    assert sim.world.calls.count("RetrievePropertiesEx") == 1


def test_ca_signed_host_is_pinned_too(
    client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    assert (
        client.download("win-01", "C:\\Logs\\app.log", tmp_path / "w", credentials=creds).size
        == 608
    )


def test_wrong_certificate_refused_and_token_never_sent(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    assert sim.impostor is not None
    impostor, impostor_files = sim.impostor
    sim.inject_transfer_fault("wrong_cert", count=5)
    with pytest.raises(HostCertificateError, match="pinned certificate"):
        client.download("web-01", "/var/log/app.log", tmp_path / "x", credentials=creds)
    assert impostor.requests_seen == 0 and impostor_files.requests == 0
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []


def test_cached_pin_is_refreshed_once_when_the_host_changes(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    vm = client.find_vm("web-01")
    client.download(vm, "/etc/hostname", tmp_path / "1", credentials=creds)
    sim.vm("web-01").host = sim.vm("win-01").host  # "vMotion" to the other host
    client.download(vm, "/etc/hostname", tmp_path / "2", credentials=creds)
    assert (tmp_path / "2").read_bytes() == b"web-01\n"


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_star_urls_resolve_to_the_called_server(make_sim: Any, host: str, tmp_path: Path) -> None:
    sim = make_sim(host=host, star_urls=True)
    creds = GuestCredentials(sim.guest.username, sim.guest.password)
    with connect(sim) as client:
        result = client.download("web-01", "/var/log/app.log", tmp_path / "s", credentials=creds)
    assert result.path is not None and result.path.read_bytes() == APP_LOG


@pytest.mark.parametrize("kind", ["reset", "truncate"])
def test_interrupted_body_reinitiates_and_succeeds(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, kind: str
) -> None:
    vm = sim.vm("web-01")
    data = os.urandom(3 * 1024 * 1024)
    sim.write_guest_file(vm, "/data/big.bin", data)
    sim.inject_transfer_fault(kind, after=1024 * 1024)
    sim.world.calls.clear()
    result = client.download("web-01", "/data/big.bin", tmp_path / "big.bin", credentials=creds)
    assert result.path is not None and result.path.read_bytes() == data
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 2
    assert leftovers(tmp_path) == []


def test_503_is_retried_a_bounded_number_of_times(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    sim.inject_transfer_fault("status", status=503, count=10)
    sim.world.calls.clear()
    with connect(sim, retries=2) as client, pytest.raises(TransientTransferError, match="503"):
        client.download("web-01", "/var/log/app.log", tmp_path / "x", credentials=creds)
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 3
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []


def test_stalled_body_times_out_and_retries(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    sim.inject_transfer_fault("stall", delay=1.5)
    with connect(sim, timeout=0.5) as client:
        result = client.download("web-01", "/var/log/app.log", tmp_path / "s", credentials=creds)
    assert result.size == len(APP_LOG)


def test_guest_login_failure_is_not_retried(sim: Simulator, client: Client, tmp_path: Path) -> None:
    sim.world.calls.clear()
    with pytest.raises(faults.InvalidGuestLogin) as info:
        client.download(
            "web-01",
            "/var/log/app.log",
            tmp_path / "x",
            credentials=GuestCredentials("root", "wrong"),
        )
    assert sim.world.calls.count("InitiateFileTransferFromGuest") == 1
    assert isinstance(info.value, faults.GuestOperationsFault)
    assert "wrong" not in str(info.value) and "wrong" not in repr(info.value.raw)


@pytest.mark.parametrize(
    ("vm", "path", "fault"),
    [
        ("stopped-01", "/x", "InvalidPowerState"),
        ("notools-01", "/x", "GuestOperationsUnavailable"),
        ("web-01", "/var/log/missing.log", "FileNotFound"),
        ("web-01", "/var/log", "NotAFile"),
    ],
)
def test_guest_faults_are_typed(
    client: Client, creds: GuestCredentials, tmp_path: Path, vm: str, path: str, fault: str
) -> None:
    with pytest.raises(getattr(faults, fault)) as info:
        client.download(vm, path, tmp_path / "x", credentials=creds)
    assert info.value.type_name == fault
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []
    if fault == "InvalidPowerState":
        assert info.value.existing_state == "poweredOff"  # type: ignore[attr-defined]
        assert isinstance(info.value, faults.InvalidState)


def test_size_mismatch_leaves_no_file(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vcenter = sim.vcenter
    original = vcenter.op_GuestFileManager_InitiateFileTransferFromGuest

    def lying(moid: str, body: Any, session: Any) -> Any:
        info = original(moid, body, session)
        info["size"] += 10  # vCenter announces more than the host will send
        return info

    monkeypatch.setattr(vcenter, "op_GuestFileManager_InitiateFileTransferFromGuest", lying)
    with pytest.raises(SizeMismatch) as info:
        client.download("web-01", "/var/log/app.log", tmp_path / "x", credentials=creds)
    assert info.value.expected == len(APP_LOG) + 10 and info.value.received == len(APP_LOG)
    assert not (tmp_path / "x").exists() and leftovers(tmp_path) == []


def test_used_transfer_url_fails_on_the_get(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    sim.world.url_lifetime = -1  # every URL is already expired when the GET arrives
    with pytest.raises(TransferError, match="HTTP 404") as info:
        client.download("web-01", "/var/log/app.log", tmp_path / "x", credentials=creds)
    assert "token=***" in str(info.value) and "token=" + "x" not in str(info.value)


def test_open_download_streams_chunks(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    data = os.urandom(700_000)
    sim.write_guest_file(sim.vm("web-01"), "/data/stream.bin", data)
    with client.open_download("web-01", "/data/stream.bin", credentials=creds) as opened:
        assert opened.size == len(data)
        assert b"".join(opened) == data


def test_host_verify_false_is_explicit_and_warns(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import vsphere_guest.dataplane.tls as tls

    tls._warned.discard("ESXi host")
    with (
        caplog.at_level("WARNING", logger="vsphere_guest"),
        connect(sim, host_verify=False) as client,
    ):
        sim.world.calls.clear()
        client.download(
            VmRef(sim.vm("web-01").moid), "/etc/hostname", tmp_path / "h", credentials=creds
        )
    assert "OFF for the ESXi host" in caplog.text
    assert "RetrievePropertiesEx" not in sim.world.calls  # no pin fetched: the caller chose


def test_missing_host_certificate_fails_closed(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    sim.vm("web-01").host.cert_pem = b""
    sim.world.calls.clear()
    with pytest.raises(HostCertificateError, match="refusing"):
        client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
    assert "InitiateFileTransferFromGuest" not in sim.world.calls
