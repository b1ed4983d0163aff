"""Release selection (vimServiceVersions.xml, probing on 404 and non-fault 5xx) and the one-login
guarantee (concurrent first calls, concurrent re-logins, guest-only NotAuthenticated)."""

from __future__ import annotations

import asyncio
import ssl
import threading
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from vim25_json.api.service_instance import service_instance_current_time
from vim25_json.type_table import RELEASES
from vsphere_guest import AsyncClient, Client, GuestCredentials, ServerError, faults
from vsphere_guest.testing import Simulator, _vcenter

from tests.integration.conftest import connect


def _get(sim: Simulator, path: str) -> tuple[int, str, bytes]:
    context = ssl.create_default_context(cafile=str(sim.ca_file))
    context.check_hostname = False
    try:
        with urllib.request.urlopen(f"https://{sim.server}{path}", context=context) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def _probes(sim: Simulator) -> list[str]:
    return [r for r in sim.world.requests if r.endswith("/ServiceInstance/ServiceInstance/content")]


# --- the simulator behaves like vCenter -------------------------------------------------------


def test_simulator_serves_vim_service_versions_like_vcenter(make_sim: Any) -> None:
    sim = make_sim(releases=("8.0.1.0", "8.0.2.0", "8.0.3.0"), api_version="8.0.3.0")
    status, content_type, body = _get(sim, "/sdk/vimServiceVersions.xml")
    assert status == 200 and "xml" in content_type
    root = ET.fromstring(body)
    assert root.tag == "namespaces" and root.get("version") == "1.0"
    (vim25,) = [n for n in root.findall("namespace") if n.findtext("name") == "urn:vim25"]
    assert vim25.findtext("version") == "8.0.3.0"
    prior = [v.text for v in vim25.findall("priorVersions/version")]
    assert prior[:2] == ["8.0.2.0", "8.0.1.0"] and "7.0.3.0" in prior


# A release no simulator serves, whatever VSPHERE_SIM_RELEASE says (nox -s release sets each).
UNKNOWN_RELEASE = "9.9.9.9"


def test_simulator_answers_an_unknown_release_with_a_non_fault_500(sim: Simulator) -> None:
    status, content_type, body = _get(
        sim, f"/sdk/vim25/{UNKNOWN_RELEASE}/ServiceInstance/ServiceInstance/content"
    )
    assert status == 500 and "json" not in content_type and b"_typeName" not in body


def test_simulator_can_answer_an_unknown_release_with_404(make_sim: Any) -> None:
    sim = make_sim(unknown_release_status=404)
    path = f"/sdk/vim25/{UNKNOWN_RELEASE}/ServiceInstance/ServiceInstance/content"
    assert _get(sim, path)[0] == 404


# --- the client chooses its release like vCenter clients do -----------------------------------


def test_release_comes_from_vim_service_versions(make_sim: Any) -> None:
    sim = make_sim(releases=("8.0.1.0", "8.0.2.0", "8.0.3.0"), api_version="8.0.3.0")
    # the newest release both the server and the client (type_table.RELEASES) know
    newest = next(r for r in ("8.0.3.0", "8.0.2.0") if r in RELEASES)
    with connect(sim) as client:
        assert client.release == newest
    assert sim.world.requests[0] == "GET /sdk/vimServiceVersions.xml"
    assert _probes(sim) == [f"GET /sdk/vim25/{newest}/ServiceInstance/ServiceInstance/content"]


def test_older_vcenter_release_from_vim_service_versions_without_500s(make_sim: Any) -> None:
    sim = make_sim(releases=("8.0.1.0",), api_version="8.0.1.0")
    with connect(sim) as client:
        assert client.release == "8.0.1.0"
        client.find_vm("web-01")
    assert _probes(sim) == ["GET /sdk/vim25/8.0.1.0/ServiceInstance/ServiceInstance/content"]


@pytest.mark.parametrize(
    "status, body",
    [
        (404, b"Not Found"),
        (200, b"<html>not the versions file</html"),
        (200, b'<?xml version="1.0"?><namespaces version="1.0"></namespaces>'),
        (503, b"Service Unavailable"),
    ],
)
def test_probing_moves_on_after_a_non_fault_500(make_sim: Any, status: int, body: bytes) -> None:
    sim = make_sim(releases=("8.0.1.0",), api_version="8.0.1.0")
    sim.inject_http_error("vimServiceVersions.xml", status, body)
    with connect(sim) as client:
        assert client.release == "8.0.1.0"
        assert client.find_vm("web-01").moid.startswith("vm-")
    assert [p.split("/")[3] for p in _probes(sim)] == list(RELEASES)  # newest first


def test_probing_also_moves_on_after_a_404(make_sim: Any) -> None:
    sim = make_sim(releases=("8.0.1.0",), api_version="8.0.1.0", unknown_release_status=404)
    sim.inject_http_error("vimServiceVersions.xml", 404, b"")
    with connect(sim) as client:
        assert client.release == "8.0.1.0"


def test_a_fault_on_the_probe_is_raised_not_skipped(make_sim: Any) -> None:
    # serving every release the client knows: its first probe reaches the fault
    sim = make_sim(releases=RELEASES, api_version=RELEASES[0])
    sim.inject_http_error("vimServiceVersions.xml", 404, b"")
    sim.inject_fault("content", "SystemError", "vpxd is starting", reason="starting")
    with pytest.raises(faults.SystemError), connect(sim):
        pass
    assert len(_probes(sim)) == 1


def test_server_listing_no_json_release_is_a_clear_error(make_sim: Any) -> None:
    sim = make_sim(releases=("7.0.3.0",), api_version="7.0.3.0")
    with pytest.raises(ServerError, match=r"8\.0\.1 or later"), connect(sim):
        pass
    assert _probes(sim) == []


def test_explicit_release_skips_vim_service_versions(make_sim: Any) -> None:
    sim = make_sim(releases=("8.0.1.0", "8.0.2.0", "8.0.3.0"), api_version="8.0.3.0")
    with connect(sim, release="8.0.1.0") as client:
        assert client.release == "8.0.1.0"
    assert "GET /sdk/vimServiceVersions.xml" not in sim.world.requests
    with (
        pytest.raises(ServerError, match=r"HTTP 500 .*9\.9\.9\.9"),
        connect(sim, release="9.9.9.9"),
    ):
        pass


# --- one login --------------------------------------------------------------------------------


def _async_connect(sim: Simulator) -> AsyncClient:
    return AsyncClient(
        sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
    )


def test_fifty_concurrent_first_async_downloads_log_in_once(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    async def main() -> None:
        client = _async_connect(sim)  # not entered: the first calls log in by themselves
        try:
            await asyncio.gather(
                *(
                    client.download("web-01", "/etc/hostname", tmp_path / f"{i}", credentials=creds)
                    for i in range(50)
                )
            )
            assert sim.open_sessions == 1
        finally:
            await client.close()

    asyncio.run(main())
    assert sim.logins == 1
    assert sim.open_sessions == 0 and sim.logouts == 1


def test_hundred_async_tasks_after_an_expiry_log_in_again_once(
    sim: Simulator, creds: GuestCredentials
) -> None:
    async def main() -> None:
        async with _async_connect(sim) as client:
            vm = await client.find_vm("web-01")
            sim.expire_sessions()
            await asyncio.gather(
                *(client.list_files(vm, "/var/log", credentials=creds) for _ in range(100))
            )
            assert sim.open_sessions == 1

    asyncio.run(main())
    assert sim.logins == 2
    assert sim.open_sessions == 0


def _in_threads(count: int, work: Callable[[int], object]) -> list[object]:
    barrier = threading.Barrier(count)

    def run(i: int) -> object:
        barrier.wait()
        return work(i)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


def test_sync_client_from_twenty_threads_logs_in_once(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    client = connect(sim)  # not entered
    try:
        results = _in_threads(
            20,
            lambda i: client.download(
                "web-01", "/var/log/app.log", tmp_path / f"{i}.log", credentials=creds
            ),
        )
        assert all(r.size == 1152 for r in results)  # type: ignore[attr-defined]
        assert sim.open_sessions == 1
        sim.expire_sessions()
        _in_threads(20, lambda i: client.list_files("web-01", "/var/log", credentials=creds))
        assert sim.open_sessions == 1
    finally:
        client.close()
    assert sim.logins == 2
    assert sim.open_sessions == 0
    assert client.round_trips == sum(1 for r in sim.world.requests) + 20  # + the 20 GETs


def test_a_call_failing_with_an_old_session_does_not_log_in_again(
    sim: Simulator, client: Client
) -> None:
    session = client._core.session
    stale = session.auth_generation
    sim.expire_sessions()
    client.find_vm("vm-4")  # renews the session
    assert sim.logins == 2
    flow = session.renew(stale)  # what a task that got NotAuthenticated before the renewal runs
    with pytest.raises(StopIteration):
        next(flow)  # no effect: nothing to do
    assert sim.logins == 2


def test_guest_only_not_authenticated_is_renewed_once_and_the_old_session_closed(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path
) -> None:
    client = connect(sim)
    try:
        client.find_vm("web-01")
        sim.stale_guest_sessions()
        assert client.find_vm("web-01").name == "web-01"  # the old session still works here
        assert sim.logins == 1
        _in_threads(
            10,
            lambda i: client.download(
                "web-01", "/etc/hostname", tmp_path / f"{i}", credentials=creds
            ),
        )
        assert sim.logins == 2
        assert sim.open_sessions == 1  # the stale session was logged out, not left open
    finally:
        client.close()
    assert sim.open_sessions == 0


def test_waiters_on_a_failed_login_share_its_error(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every thread calls login() while the first attempt is in flight: the simulator holds the
    Login answer until all have arrived (a handshake, not a guess that 0.5 s is enough: on a
    busy machine a thread can start later than that), then 0.5 s more for the last one to go
    from arriving to waiting on the session lock (a few bytecodes). One thread is made late."""
    count, arrived, lock = 20, [0], threading.Lock()
    everyone = threading.Event()

    def arrive(i: int) -> None:
        if i == 0:
            time.sleep(0.6)  # longer than the old fixed delay: a late thread
        with lock:
            arrived[0] += 1
            if arrived[0] == count:
                everyone.set()

    class HeldLogin:  # the simulator's clock: its Login delay waits for everyone first
        def __getattr__(self, name: str) -> Any:
            return getattr(time, name)

        def sleep(self, seconds: float) -> None:
            assert everyone.wait(60), "not every thread called login()"
            time.sleep(seconds)

    monkeypatch.setattr(_vcenter, "time", HeldLogin())
    client = Client(sim.server, username=sim.username, password="wrong", verify=str(sim.ca_file))
    sim.delay_operation("Login", 0.5)
    errors = _in_threads(count, lambda i: (arrive(i), _raised(client.login))[1])
    sim.delay_operation("Login", 0)
    assert all(isinstance(e, faults.InvalidLogin) for e in errors)
    assert sim.world.calls.count("Login") == 1  # no login storm with a wrong password
    with pytest.raises(faults.InvalidLogin):
        client.login()  # a later call tries again
    assert sim.world.calls.count("Login") == 2
    client.close()


def _raised(work: Callable[[], object]) -> BaseException | None:
    try:
        work()
    except Exception as exc:
        return exc
    return None


def test_faults_arrive_in_the_live_shape_and_decode(sim: Simulator, client: Client) -> None:
    sim.inject_fault(
        "CurrentTime",
        "NotAuthenticated",
        "The session is not authenticated.",
        count=2,
        object={"_typeName": "ManagedObjectReference", "type": "ServiceInstance", "value": "x"},
        privilegeId="",
    )
    with pytest.raises(faults.NotAuthenticated) as info:
        client.call(service_instance_current_time, mo_id="ServiceInstance")
    assert "faultMessage" not in info.value.raw and "_typeName" not in info.value.raw["object"]
    assert info.value.message == "The session is not authenticated." and info.value.status == 500
