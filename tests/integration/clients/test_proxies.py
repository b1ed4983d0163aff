"""Proxies for both planes, through a real CONNECT proxy on loopback (tests/integration/
connect_proxy.py) that records what it saw: the vCenter connection and the transfers to ESXi
hosts go through `proxy=` (or HTTPS_PROXY with `proxy_from_env=True`, honouring NO_PROXY) as
CONNECT tunnels; the proxy never sees a password, session id or transfer token. Without either,
the environment is ignored and both planes go direct."""

from __future__ import annotations

import base64
import logging
import os
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import GuestCredentials, HostCertificateError
from vsphere_guest.errors import (
    BadArgument,
    ProxyError,
    ProxyTransferError,
    TransientProxyTransferError,
    VCenterProxyError,
)
from vsphere_guest.testing import Simulator

from tests.integration.cli_run import free_port
from tests.integration.conftest import connect, connect_async
from tests.integration.connect_proxy import ConnectProxy
from tests.integration.dataplane.test_host_addresses import Resolver
from tests.integration.secret_scan import assert_clean, caught, render, secrets_of

DATA = os.urandom(100_000)


def open_client(sim: Simulator, flavour: str, **kwargs: Any) -> Any:
    """A Client, or an AsyncClient called like one."""
    return connect(sim, **kwargs) if flavour == "sync" else connect_async(sim, **kwargs)


def round_trip(client: Any, sim: Simulator, tmp_path: Path) -> list[str]:
    """An upload and a download of it back; the session ids seen meanwhile."""
    creds = GuestCredentials(sim.guest.username, sim.guest.password)
    (tmp_path / "up.bin").write_bytes(DATA)
    client.upload("web-01", tmp_path / "up.bin", "/tmp/up.bin", credentials=creds, overwrite=True)
    client.download(
        "web-01", "/tmp/up.bin", tmp_path / "down.bin", credentials=creds, overwrite=True
    )
    assert (tmp_path / "down.bin").read_bytes() == DATA
    return list(sim.world.sessions)


def assert_saw_no_secret(proxy: ConnectProxy, sim: Simulator, *secrets: str) -> None:
    """Neither the requests the proxy got nor the bytes in its tunnels show a secret."""
    tokens = list(sim.world.tickets)
    assert tokens, "no transfer happened"
    seen = "\n".join(f"{s.line}\n{s.headers}" for s in proxy.seen)
    for secret in (sim.password, sim.guest.password, *tokens, *secrets):
        assert secret not in seen
        assert secret.encode() not in proxy.tunnelled


def esxi_targets(sim: Simulator) -> set[str]:
    """host:port of every ESXi host, by name and by address."""
    return {*sim.host_addresses.values()} | {
        f"{name}:{endpoint.rsplit(':', 1)[1]}" for name, endpoint in sim.host_addresses.items()
    }


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_both_planes_go_through_the_proxy_which_sees_only_connect_lines(
    make_sim: Any, tmp_path: Path, flavour: str
) -> None:
    sim = make_sim(url_form="name")  # transfer URLs name the host: esxi-01.sim, in no DNS
    resolver = Resolver()  # knows no name: the proxy resolves them, the client does not
    names = {name: endpoint.rsplit(":", 1)[0] for name, endpoint in sim.host_addresses.items()}
    with (
        ConnectProxy(names=names) as proxy,
        open_client(sim, flavour, proxy=proxy.url, resolver=resolver) as client,
    ):
        sessions = round_trip(client, sim, tmp_path)
        trips = client.round_trips
    assert resolver.asked == []
    lines = proxy.lines
    assert lines and all(line.startswith("CONNECT ") for line in lines), lines
    targets = {line.split()[1] for line in lines}
    assert f"CONNECT {sim.server} HTTP/1.1" in lines
    esxi = targets - {sim.server}
    assert esxi and esxi <= esxi_targets(sim) and all(".sim:" in t for t in esxi), targets
    assert len(lines) < trips  # tunnels are kept and reused, not one per request
    assert_saw_no_secret(proxy, sim, *sessions)


def test_host_addresses_puts_the_mapped_address_in_the_connect(
    make_sim: Any, tmp_path: Path
) -> None:
    sim = make_sim(url_form="name")
    with (
        ConnectProxy() as proxy,
        connect(sim, proxy=proxy.url, host_addresses=sim.host_addresses) as client,
    ):
        round_trip(client, sim, tmp_path)
    esxi = {line.split()[1] for line in proxy.lines} - {sim.server}
    assert esxi and esxi <= set(sim.host_addresses.values()), proxy.lines


def test_over_ipv6_every_connect_target_is_bracketed(make_sim: Any, tmp_path: Path) -> None:
    """vCenter's CONNECT as the transfers' (with httpx, vCenter's went out as CONNECT ::1:PORT,
    which strict proxies refuse)."""
    sim = make_sim(host="::1")
    with ConnectProxy() as proxy, connect(sim, proxy=proxy.url) as client:
        round_trip(client, sim, tmp_path)
    targets = {line.split()[1] for line in proxy.lines}
    assert sim.server.startswith("[::1]:") and sim.server in targets, targets
    assert all(t.startswith("[::1]:") for t in targets), targets


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_pin_is_checked_inside_the_tunnel(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, flavour: str
) -> None:
    with ConnectProxy() as proxy, open_client(sim, flavour, proxy=proxy.url) as client:
        client.download("web-01", "/etc/hostname", tmp_path / "ok", credentials=creds)
        sim.inject_transfer_fault("wrong_cert", impostor="sibling", count=5)
        with pytest.raises(HostCertificateError) as refused:
            client.download("web-01", "/etc/hostname", tmp_path / "x", credentials=creds)
    assert f"through proxy {proxy.netloc} did not present" in str(refused.value)
    assert sim.impostor is not None and sim.impostor[0].requests_seen == 0
    impostor = f"127.0.0.1:{sim.impostor[0].port}"
    assert f"CONNECT {impostor} HTTP/1.1" in proxy.lines  # it went through the proxy
    assert_saw_no_secret(proxy, sim)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_proxy_that_wants_credentials_gets_them_from_the_url_and_nobody_logs_them(
    sim: Simulator, tmp_path: Path, flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    with ConnectProxy(credentials=("alice", "pr0xy-s3cret")) as proxy:
        with (
            pytest.raises(VCenterProxyError) as refused,
            open_client(sim, flavour, proxy=proxy.url),
        ):
            pass
        url = proxy.url.replace("://", "://alice:pr0xy-s3cret@")
        with caplog.at_level(logging.DEBUG), open_client(sim, flavour, proxy=url) as client:
            round_trip(client, sim, tmp_path)
            shown = repr(client) + repr(vars(client))
    assert refused.value.status == 407 and refused.value.proxy == proxy.netloc
    assert f"proxy {proxy.netloc} requires credentials" in str(refused.value)
    assert all(line.startswith("CONNECT ") for line in proxy.lines)
    with_auth = [s for s in proxy.seen if "proxy-authorization" in s.headers]
    assert len(with_auth) == len(proxy.seen) - 1  # all but the refused one
    assert {s.line.split()[1] for s in with_auth} - {sim.server}  # the data plane's too
    basic = base64.b64encode(b"alice:pr0xy-s3cret").decode()
    for secret in ("pr0xy-s3cret", basic):
        assert secret not in caplog.text and secret not in shown
    assert_saw_no_secret(proxy, sim)


@pytest.mark.parametrize("plane", ["vcenter", "transfer"])
def test_a_refusal_of_wrong_credentials_shows_them_nowhere_in_its_traceback(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plane: str
) -> None:
    """Rendered with every frame's locals (Sentry, rich, pytest -l): neither the proxy's
    password nor its Proxy-Authorization value."""
    wrong = "wr0ng-s3cret"
    creds = GuestCredentials(sim.guest.username, sim.guest.password)
    with ConnectProxy(credentials=("alice", "right")) as proxy:
        url = proxy.url.replace("://", f"://alice:{wrong}@")
        settings: dict[str, Any] = {"proxy": url}
        if plane == "transfer":
            data_plane_only(monkeypatch, sim, url)
            settings = {"proxy_from_env": True}
        client = connect(sim, retries=0, **settings)  # the traceback starts below: no URL in it
        del url, settings
        try:
            error = caught(
                lambda: client.download(
                    "web-01", "/etc/hostname", tmp_path / "h", credentials=creds
                )
            )
        finally:
            client.close()
    assert isinstance(error, ProxyError) and error.status == 407, error
    assert "refused the credentials" in str(error)
    basic = base64.b64encode(f"alice:{wrong}".encode()).decode()
    assert_clean(render(error), wrong, basic, *secrets_of(sim))


@pytest.mark.parametrize("status", [403, 407])
def test_vcenter_through_a_proxy_that_refuses_connect(sim: Simulator, status: int) -> None:
    with (
        ConnectProxy(refuse=status) as proxy,
        pytest.raises(VCenterProxyError) as refused,
        connect(sim, proxy=proxy.url),
    ):
        pass
    assert (refused.value.status, refused.value.proxy) == (status, proxy.netloc)
    assert f"{status} Refused By Test Proxy" in str(refused.value)
    assert proxy.lines == [f"CONNECT {sim.server} HTTP/1.1"]  # API calls are not retried


def test_vcenter_through_a_proxy_that_is_not_there(sim: Simulator) -> None:
    where = f"127.0.0.1:{free_port()}"
    with pytest.raises(VCenterProxyError) as refused, connect(sim, proxy=f"http://{where}"):
        pass
    assert refused.value.proxy == where and f"cannot connect to proxy {where}" in str(refused.value)


def data_plane_only(monkeypatch: pytest.MonkeyPatch, sim: Simulator, proxy_url: str) -> None:
    """HTTPS_PROXY for every host but vCenter's host:port (NO_PROXY with a port)."""
    for name in ("https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", proxy_url)
    monkeypatch.setenv("NO_PROXY", f"example.org, {sim.server}")


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("status", "kind", "attempts"),
    [
        (407, ProxyTransferError, 1),
        (403, ProxyTransferError, 1),
        (502, TransientProxyTransferError, 3),
    ],
)
def test_transfers_through_a_proxy_that_refuses_connect(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    flavour: str,
    status: int,
    kind: type[ProxyError],
    attempts: int,
) -> None:
    creds = GuestCredentials(sim.guest.username, sim.guest.password)
    with ConnectProxy(refuse=status) as proxy:
        data_plane_only(monkeypatch, sim, proxy.url)
        with (
            open_client(sim, flavour, proxy_from_env=True, retries=2) as client,
            pytest.raises(ProxyError) as refused,
        ):
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
    assert type(refused.value) is kind and refused.value.status == status
    assert f"proxy {proxy.netloc}" in str(refused.value) and "token" not in str(refused.value)
    assert len(proxy.lines) == attempts  # 5xx retried with a new URL, 407 and 403 not
    assert all(line.split()[1] in esxi_targets(sim) for line in proxy.lines), proxy.lines
    assert not (tmp_path / "h").exists()


def test_transfers_through_a_proxy_that_is_not_there(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = f"127.0.0.1:{free_port()}"
    data_plane_only(monkeypatch, sim, f"http://{where}")
    creds = GuestCredentials(sim.guest.username, sim.guest.password)
    with (
        connect(sim, proxy_from_env=True, retries=1) as client,
        pytest.raises(TransientProxyTransferError) as refused,
    ):
        client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
    assert refused.value.proxy == where
    assert str(refused.value) == f"cannot connect to proxy {where}: Connection refused"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_no_proxy_sends_the_listed_hosts_direct(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flavour: str
) -> None:
    with ConnectProxy() as proxy:
        data_plane_only(monkeypatch, sim, proxy.url)
        with open_client(sim, flavour, proxy_from_env=True) as client:
            round_trip(client, sim, tmp_path)
        only_data = proxy.lines
        monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.0/8")
        with open_client(sim, flavour, proxy_from_env=True) as client:
            round_trip(client, sim, tmp_path)
    assert only_data and sim.server not in " ".join(only_data)
    assert {line.split()[1] for line in only_data} <= esxi_targets(sim)
    assert proxy.lines == only_data  # the second client sent nothing through it


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"proxy": "https://alice:pw-x@proxy:3128"}, "https:// proxies"),
        ({"proxy": "socks5://alice:pw-x@proxy:1080"}, "socks5:// proxies are not supported"),
        ({"proxy": "http://alice:pw-x@proxy:99999"}, "bad port"),
        ({"proxy": "http://alice:pw-x@proxy:3128/path"}, "no path"),
        ({"proxy": "http://proxy:3128", "proxy_from_env": True}, "exclude each other"),
    ],
)
def test_bad_proxy_settings_are_bad_arguments_that_do_not_quote_credentials(
    sim: Simulator, kwargs: dict[str, Any], words: str
) -> None:
    with pytest.raises(BadArgument) as bad:
        connect(sim, **kwargs)
    assert words in str(bad.value) and "pw-x" not in str(bad.value)
    assert bad.value.__cause__ is None and bad.value.__context__ is None


def test_proxy_environment_is_ignored_by_both_planes(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens there
    with connect(sim) as client:
        result = client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
    assert result.size == len(b"web-01\n")
