"""Sessions, release negotiation, find_vm and call() against the simulator."""

from __future__ import annotations

from typing import Any

import pytest
from vim25_json.api.service_instance import service_instance_current_time
from vim25_json.api.session_manager import session_manager_get_current_session
from vim25_json.models import UserSession
from vsphere_guest import AmbiguousVm, Client, ServerError, VmNotFound, faults
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect


def test_login_logout_and_session_header(sim: Simulator) -> None:
    with connect(sim) as client:
        assert len(sim.world.sessions) == 1
        current = client.call(session_manager_get_current_session, mo_id="SessionManager")
        assert isinstance(current, UserSession) and current.user_name == sim.username
    assert sim.world.sessions == {}


def test_wrong_password_is_invalid_login(sim: Simulator) -> None:
    client = Client(sim.server, username=sim.username, password="nope", verify=str(sim.ca_file))
    with pytest.raises(faults.InvalidLogin), client:
        pass


def test_expired_session_logs_in_again_once(sim: Simulator, client: Client) -> None:
    sim.expire_sessions()
    sim.world.calls.clear()
    assert client.find_vm("vm-4").name == "web-01"
    assert sim.world.calls.count("Login") == 1


def test_not_authenticated_twice_is_raised(sim: Simulator, client: Client) -> None:
    sim.inject_fault("CurrentTime", "NotAuthenticated", count=2)
    with pytest.raises(faults.NotAuthenticated):
        client.call(service_instance_current_time, mo_id="ServiceInstance")


def test_call_reaches_any_generated_operation(client: Client) -> None:
    now = client.call(service_instance_current_time, mo_id="ServiceInstance")
    assert now.year >= 2024


def test_release_defaults_to_the_servers_release(sim: Simulator, client: Client) -> None:
    """The simulator's release: 8.0.2.0, or VSPHERE_SIM_RELEASE (nox -s release sets each)."""
    assert client.release == sim.vcenter.api_version


def test_older_server_is_spoken_to_in_its_release(make_sim: Any) -> None:
    sim = make_sim(releases=("8.0.1.0",), api_version="8.0.1.0")
    with connect(sim) as client:
        assert client.release == "8.0.1.0"
        assert client.find_vm("web-01").moid.startswith("vm-")


def test_server_without_json_api_is_a_clear_error(make_sim: Any) -> None:
    sim = make_sim(releases=("7.0.3.0",))
    with pytest.raises(ServerError, match=r"8\.0\.1 or later"), connect(sim):
        pass


def test_explicit_release_is_used_as_is(make_sim: Any) -> None:
    sim = make_sim(releases=("8.0.1.0", "8.0.2.0", "8.0.3.0"), api_version="8.0.3.0")
    with connect(sim, release="8.0.1.0") as client:
        assert client.release == "8.0.1.0"
        client.find_vm("web-01")
    with pytest.raises(ServerError, match=r"9\.9\.9\.9"), connect(sim, release="9.9.9.9"):
        pass


def test_non_json_error_is_server_error(sim: Simulator, client: Client) -> None:
    sim.inject_http_error("CurrentTime", 502, b"<html><h1>Bad Gateway</h1></html>")
    with pytest.raises(ServerError) as info:
        client.call(service_instance_current_time, mo_id="ServiceInstance")
    assert info.value.status == 502 and "Bad Gateway" in info.value.excerpt


def test_find_vm_every_kind(sim: Simulator, client: Client) -> None:
    web = sim.vm("web-01")
    for ref in (
        "web-01",
        "DC0/vm/prod/web-01",
        web.instance_uuid,
        web.bios_uuid,
        "10.0.0.11",
        "web-01.corp.example",
        web.moid,
    ):
        assert client.find_vm(ref).moid == web.moid, ref


def test_find_vm_ambiguous_name_lists_matches(sim: Simulator, client: Client) -> None:
    with pytest.raises(AmbiguousVm) as info:
        client.find_vm("dup")
    assert sorted(info.value.matches) == sorted(
        v.moid for v in sim.world.vms.values() if v.name == "dup"
    )
    assert client.find_vm("DC0/vm/a/dup").moid in info.value.matches
    paths = sorted(info.value.paths.values())
    assert paths == ["DC0/vm/a/dup", "DC0/vm/b/dup"]  # every path finds its VM
    assert all(client.find_vm(p).moid == m for m, p in info.value.paths.items())
    assert "DC0/vm/a/dup (vm-" in str(info.value)


@pytest.mark.parametrize(
    "ref", ["nope", "DC0/vm/none", "10.9.9.9", "vm-999", "00000000-0000-0000-0000-000000000000"]
)
def test_find_vm_not_found(client: Client, ref: str) -> None:
    with pytest.raises(VmNotFound):
        client.find_vm(ref)


def test_container_views_are_destroyed(sim: Simulator, client: Client) -> None:
    client.find_vm("web-01")
    with pytest.raises(AmbiguousVm):
        client.find_vm("dup")
    assert sim.world.views == {}
