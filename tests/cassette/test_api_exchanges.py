"""Every public API call path, replayed from cassettes (no network): login, each find_vm kind,
initiate, faults, release selection (versions file, probing) and re-login."""

from __future__ import annotations

import pytest
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_from_guest as initiate_from_guest,
)
from vim25_json.models import (
    FileTransferInformation,
    InitiateFileTransferFromGuestRequestType,
    ManagedObjectReference,
    MoTypesEnum,
)
from vsphere_guest import Client, GuestCredentials, faults

from generator.selection import load_selection
from tests.cassette.conftest import Target
from tests.conftest import SPEC

pytestmark = pytest.mark.vcr
# nox -s record (and release) record at the subset's release: spec/selection.toml's.
RECORDED_RELEASE = load_selection(SPEC / "selection.toml").release


def _client(target: Target) -> Client:
    return Client(target.server, backoff=0.0, **target.client_args())


def test_login_and_logout(target: Target) -> None:
    with _client(target) as client:
        assert client.release == RECORDED_RELEASE


@pytest.mark.parametrize("kind", ["name", "path", "uuid", "ip", "dns", "moid"])
def test_find_vm(target: Target, kind: str) -> None:
    ref = {
        "name": target.vm_name,
        "path": target.vm_path,
        "uuid": target.vm_uuid,
        "ip": target.vm_ip,
        "dns": target.vm_dns,
        "moid": target.vm_moid,
    }[kind]
    with _client(target) as client:
        assert client.find_vm(ref).moid == target.vm_moid


def _initiate(client: Client, target: Target, credentials: GuestCredentials) -> object:
    body = InitiateFileTransferFromGuestRequestType(
        vm=ManagedObjectReference(
            type_=MoTypesEnum.VIRTUALMACHINE,
            value=target.vm_moid,
        ),
        auth=credentials.to_auth(),
        guest_file_path=target.guest_file,
    )
    return client.call(initiate_from_guest, mo_id="guestOperationsFileManager", body=body)


def test_initiate_returns_parsed_transfer_information(target: Target) -> None:
    with _client(target) as client:
        info = _initiate(client, target, target.guest)
    assert isinstance(info, FileTransferInformation)
    assert info.size > 0 and "/guestFile?" in info.url and "token=" in info.url


def test_invalid_guest_login_raises_typed_fault(target: Target) -> None:
    with _client(target) as client, pytest.raises(faults.InvalidGuestLogin) as info:
        _initiate(client, target, GuestCredentials(target.guest.username, "wrong-password"))
    assert isinstance(info.value, faults.GuestOperationsFault) and info.value.message


def test_invalid_login_raises_typed_fault(target: Target) -> None:
    args = target.client_args() | {"password": "wrong-password"}
    with pytest.raises(faults.InvalidLogin), Client(target.server, **args):
        pass


@pytest.mark.parametrize(
    "target", [{"releases": ("8.0.1.0",), "api_version": "8.0.1.0"}], indirect=True
)
def test_release_from_vim_service_versions(target: Target) -> None:
    with _client(target) as client:
        assert client.release == "8.0.1.0"


@pytest.mark.parametrize(
    "target", [{"releases": ("8.0.1.0",), "api_version": "8.0.1.0"}], indirect=True
)
def test_release_probing_after_a_non_fault_500(target: Target) -> None:
    if target.sim is not None:  # recording from the simulator: no versions file to read
        target.sim.inject_http_error("vimServiceVersions.xml", 404, b"Not Found", "text/plain")
    with _client(target) as client:
        assert client.release == "8.0.1.0"


def test_relogin_after_session_expiry(target: Target) -> None:
    with _client(target) as client:
        if target.sim is not None:
            target.sim.expire_sessions()
        assert client.find_vm(target.vm_moid).moid == target.vm_moid
