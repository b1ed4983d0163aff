"""ESXi host names that do not resolve: transfer URLs that name the host (`url_form="name"`, as
vCenter sends them) go to the host's one management address from vCenter, or where
`host_addresses` says; the pinned certificate still decides. Name resolution is injected
(`resolver=`): these tests send no DNS query.
"""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import BadArgument, GuestCredentials, HostCertificateError, TransferError
from vsphere_guest.testing._certs import self_signed
from vsphere_guest.testing._tls_server import TLSServer

from tests.integration.conftest import connect, leftovers
from tests.unit.dataplane.test_tls import Hello

APP_LOG = b"hello from web-01\n" * 64


class Resolver:
    """A resolver that knows only `names` and records what it was asked."""

    def __init__(self, names: dict[str, list[str]] | None = None) -> None:
        self.names = names or {}
        self.asked: list[tuple[str, int]] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append((host, port))
        if host not in self.names:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.names[host]


def _port(sim: Any, name: str = "esxi-01.sim") -> int:
    return int(sim.host_addresses[name].rsplit(":", 1)[1])


def _creds(sim: Any) -> GuestCredentials:
    return GuestCredentials(sim.guest.username, sim.guest.password)


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_a_name_that_does_not_resolve_falls_back_on_the_management_address(
    make_sim: Any, tmp_path: Path, host: str, caplog: pytest.LogCaptureFixture
) -> None:
    sim = make_sim(host=host, url_form="name")
    resolver = Resolver()
    data = os.urandom(200_000)
    (tmp_path / "up.bin").write_bytes(data)
    with caplog.at_level(logging.INFO, "vsphere_guest"), connect(sim, resolver=resolver) as client:
        for n in range(2):
            result = client.download(
                "web-01", "/var/log/app.log", tmp_path / f"app{n}.log", credentials=_creds(sim)
            )
            assert result.path is not None and result.path.read_bytes() == APP_LOG
        client.upload("web-01", tmp_path / "up.bin", "/var/log/up.bin", credentials=_creds(sim))
    assert sim.vm("web-01").local_path("/var/log/up.bin").read_bytes() == data
    assert all("esxi-01.sim" in url for url in sim.world.issued_urls)
    assert set(resolver.asked) == {("esxi-01.sim", _port(sim))}
    told = [r.getMessage() for r in caplog.records if "management address" in r.getMessage()]
    assert len(told) == 1 and host in told[0] and "esxi-01.sim does not resolve" in told[0]


def test_a_name_that_resolves_is_used_and_its_addresses_tried_in_order(
    make_sim: Any, tmp_path: Path
) -> None:
    sim = make_sim(url_form="name")
    sim.world.hosts[sim.vm("web-01").host.moid].management = ["127.0.0.3"]  # nothing there
    resolver = Resolver({"esxi-01.sim": ["::1", "127.0.0.1"]})  # nothing on [::1]:port
    with connect(sim, resolver=resolver) as client:
        result = client.download(
            "web-01", "/var/log/app.log", tmp_path / "app.log", credentials=_creds(sim)
        )
    assert result.path is not None and result.path.read_bytes() == APP_LOG
    assert resolver.asked == [("esxi-01.sim", _port(sim))]


@pytest.mark.parametrize(
    ("management", "says"),
    [
        ([], "vCenter lists no usable management address"),
        (["127.0.0.1", "127.0.0.4"], "vCenter lists 2 management addresses for it (127.0.0.1, "),
    ],
)
def test_no_single_management_address_is_a_clear_error_before_the_token_is_sent(
    make_sim: Any, tmp_path: Path, management: list[str], says: str
) -> None:
    sim = make_sim(url_form="name")
    sim.world.hosts[sim.vm("web-01").host.moid].management = management
    with connect(sim, resolver=Resolver()) as client, pytest.raises(TransferError) as caught:
        client.download("web-01", "/var/log/app.log", tmp_path / "app.log", credentials=_creds(sim))
    message = str(caught.value)
    assert "esxi-01.sim does not resolve" in message and says in message
    assert "host_addresses={'esxi-01.sim': 'ADDRESS'}" in message
    assert "--esxi-address esxi-01.sim=ADDRESS" in message
    assert "token=" not in message and not (tmp_path / "app.log").exists()
    assert leftovers(tmp_path) == []


def test_with_host_verify_no_management_address_is_read(make_sim: Any, tmp_path: Path) -> None:
    sim = make_sim(url_form="name")
    client = connect(sim, resolver=Resolver(), host_verify=str(sim.ca_file))
    with client, pytest.raises(TransferError, match="not read from vCenter with host_verify="):
        client.download("web-01", "/var/log/app.log", tmp_path / "app.log", credentials=_creds(sim))


def test_the_management_address_is_pinned_like_the_name(make_sim: Any, tmp_path: Path) -> None:
    """An impostor on the management address (the host's port on [::1]) never gets the token:
    the certificate vCenter reported for the host decides, not the address."""
    sim = make_sim(url_form="name")
    impostor = TLSServer("::1", Hello, self_signed("impostor").server_context(), None, _port(sim))
    impostor.start()
    try:
        sim.world.hosts[sim.vm("web-01").host.moid].management = ["::1"]
        client = connect(sim, resolver=Resolver(), retries=0)
        with client, pytest.raises(HostCertificateError, match="pinned certificate") as caught:
            client.download(
                "web-01", "/var/log/app.log", tmp_path / "app.log", credentials=_creds(sim)
            )
    finally:
        impostor.stop()
    assert "[::1]" in str(caught.value) and "management address" in str(caught.value)
    assert impostor.requests_seen == 0


@pytest.mark.parametrize(
    "mapping",
    [
        lambda sim: {"ESXI-01.sim": "127.0.0.1"},  # the URL's port is kept; any case
        lambda sim: {f"esxi-01.sim:{_port(sim)}": f"127.0.0.1:{_port(sim)}"},
        lambda sim: {"esxi-01.sim": "esxi-01.mgmt"},  # a name the resolver knows
    ],
    ids=["name", "name-port", "to-a-name"],
)
def test_host_addresses_come_before_resolution_and_the_management_address(
    make_sim: Any, tmp_path: Path, mapping: Any
) -> None:
    sim = make_sim(url_form="name")
    sim.world.hosts[sim.vm("web-01").host.moid].management = ["127.0.0.3"]  # nothing there
    resolver = Resolver({"esxi-01.mgmt": ["127.0.0.1"]})
    with connect(sim, host_addresses=mapping(sim), resolver=resolver) as client:
        result = client.download(
            "web-01", "/var/log/app.log", tmp_path / "app.log", credentials=_creds(sim)
        )
    assert result.path is not None and result.path.read_bytes() == APP_LOG
    assert all(host == "esxi-01.mgmt" for host, _ in resolver.asked)


@pytest.mark.parametrize(
    "mapping",
    [{"esxi-01:99999": "10.0.0.5"}, {"esxi-01": "https://10.0.0.5"}, {"esxi-01": ""}],
)
def test_malformed_host_addresses_are_refused_at_construction(
    make_sim: Any, mapping: dict[str, str]
) -> None:
    sim = make_sim()
    with pytest.raises(BadArgument, match="host_addresses entry 'esxi-01"):
        connect(sim, host_addresses=mapping)


def test_the_async_client_falls_back_the_same_way(make_sim: Any, tmp_path: Path) -> None:
    import asyncio

    from vsphere_guest import AsyncClient

    sim = make_sim(url_form="name")
    resolver = Resolver()

    async def main() -> None:
        async with AsyncClient(
            sim.server,
            username=sim.username,
            password=sim.password,
            verify=str(sim.ca_file),
            resolver=resolver,
        ) as client:
            await client.download(
                "web-01", "/var/log/app.log", tmp_path / "app.log", credentials=_creds(sim)
            )

    asyncio.run(main())
    assert (tmp_path / "app.log").read_bytes() == APP_LOG
    assert resolver.asked == [("esxi-01.sim", _port(sim))]
