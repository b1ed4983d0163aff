"""The README's worked example: an endpoint added by one selection line, reached via call()."""

from __future__ import annotations

import pytest
from vim25_json.api.guest_file_manager import guest_file_manager_move_file_in_guest as move
from vim25_json.models import MoveFileInGuestRequestType
from vsphere_guest import Client, GuestCredentials, faults
from vsphere_guest.testing import Simulator


def _body(
    client: Client, creds: GuestCredentials, src: str, dst: str
) -> MoveFileInGuestRequestType:
    vm = client.find_vm("web-01")  # a VmRef is a ManagedObjectReference: passed as it is
    return MoveFileInGuestRequestType(
        vm=vm,
        auth=creds.to_auth(),
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


def test_call_takes_a_vm_ref_as_mo_id_and_brackets_reach_the_simulator_literally(
    sim: Simulator, client: Client
) -> None:
    from vim25_json.api.container_view import container_view_destroy_view
    from vim25_json.api.service_instance import service_instance_get_content
    from vim25_json.api.view_manager import view_manager_create_container_view
    from vim25_json.models import CreateContainerViewRequestType

    content = client.call(service_instance_get_content, mo_id="ServiceInstance")
    view = client.call(
        view_manager_create_container_view,
        mo_id="ViewManager",
        body=CreateContainerViewRequestType(
            container=content.root_folder,
            type_=["VirtualMachine"],
            recursive=True,
        ),
    )
    assert "[" in view.value  # ContainerView ids look like session[...]...
    assert client.call(container_view_destroy_view, mo_id=view) is None


def test_simulator_reads_percent_encoded_brackets_literally_as_vcenter_does() -> None:
    from vsphere_guest.testing._vcenter import path_segment

    assert path_segment("session%5B52d0%5d1") == "session%5B52d0%5d1"
    assert path_segment("session[52d0]1") == "session[52d0]1"
    assert path_segment("a%2Fb%20c") == "a/b c"
