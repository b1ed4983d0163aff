"""API calls share one keep-alive connection to vCenter, and a connection that vCenter (or
anything on the way) ended while it was idle is replaced, not used: the next call succeeds."""

from __future__ import annotations

import pytest
from vim25_json.api.service_instance import service_instance_current_time
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect, connect_async
from tests.integration.connect_proxy import ConnectProxy


@pytest.mark.parametrize("make", [connect, connect_async], ids=["sync", "async"])
def test_calls_share_a_connection_and_replace_one_ended_while_idle(
    sim: Simulator, make: object
) -> None:
    with ConnectProxy() as proxy, make(sim, proxy=proxy.url) as client:  # type: ignore[operator]
        for _ in range(5):  # the login's calls, then these: one connection
            client.call(service_instance_current_time, mo_id="ServiceInstance")
        assert proxy.lines == [f"CONNECT {sim.server} HTTP/1.1"]
        proxy.drop_tunnels()  # each new connection to vCenter is one more CONNECT line
        for _ in range(2):
            client.call(service_instance_current_time, mo_id="ServiceInstance")
        assert proxy.lines == [f"CONNECT {sim.server} HTTP/1.1"] * 2
