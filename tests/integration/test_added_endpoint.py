"""The README's worked example: an endpoint added by one selection line, reached via call()."""

from __future__ import annotations

import pytest
from vim25_json.api.guest_file_manager import guest_file_manager_move_file_in_guest as move
from vim25_json.models import (
    GuestAuthentication,
    ManagedObjectReference,
    MoTypesEnum,
    MoveFileInGuestRequestType,
)
from vsphere_guest import Client, GuestCredentials, faults
from vsphere_guest.testing import Simulator


def _body(
    client: Client, creds: GuestCredentials, src: str, dst: str
) -> MoveFileInGuestRequestType:
    vm = client.find_vm("web-01")
    return MoveFileInGuestRequestType(
        vm=ManagedObjectReference(
            type_=MoTypesEnum.VIRTUALMACHINE,
            value=vm.moid,
        ),
        auth=GuestAuthentication.from_dict(creds.to_wire()),
        src_file_path=src,
        dst_file_path=dst,
        overwrite=False,
    )


def test_move_file_in_guest_through_call(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    result = client.call(
        move,
        mo_id="guestOperationsFileManager",
        body=_body(client, creds, "/etc/hostname", "/etc/hostname.old"),
    )
    assert result is None  # 204 No Content
    web = sim.vm("web-01")
    assert web.local_path("/etc/hostname.old").read_bytes() == b"web-01\n"
    assert not web.local_path("/etc/hostname").exists()


def test_move_file_faults_are_typed(client: Client, creds: GuestCredentials) -> None:
    with pytest.raises(faults.FileNotFound):
        client.call(
            move, mo_id="guestOperationsFileManager", body=_body(client, creds, "/nope", "/etc/x")
        )
