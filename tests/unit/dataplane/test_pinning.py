"""The data plane pins exactly one certificate: the host's leaf, compared byte for byte with
what the peer presents, before the request line (with its one-time token) exists."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import pytest
import trustme
from vsphere_guest import HostCertificateError, pinned_ssl_context
from vsphere_guest.dataplane.addresses import AddressBook
from vsphere_guest.dataplane.connections import HostConnections
from vsphere_guest.dataplane.effects import TransferTarget
from vsphere_guest.dataplane.tls import pinned_certificate
from vsphere_guest.testing._certs import Identity, ca_itself, ca_signed, self_signed
from vsphere_guest.testing._tls_server import TLSServer

from tests.unit.dataplane.test_tls import Hello

TOKEN = "SECRET-TOKEN-52d0"


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[TLSServer] = []

    def start(identity: Identity, host: str = "127.0.0.1") -> TLSServer:
        server = TLSServer(host, Hello, identity.server_context(), None)
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def _target(server: TLSServer, context: ssl.SSLContext, pin: bytes | None) -> TransferTarget:
    url = f"https://127.0.0.1:{server.port}/guestFile?id=1&token={TOKEN}"
    return TransferTarget(url, context, ("127.0.0.1", "fp"), time.monotonic(), pin)


def _get(target: TransferTarget, addresses: AddressBook | None = None) -> bytes:
    hosts = HostConnections(5.0, addresses or AddressBook(None, _no_dns))
    try:
        with hosts.request(target, "GET") as response:
            return response.read()
    finally:
        hosts.close()


def _no_dns(host: str, port: int) -> list[str]:
    raise AssertionError(f"a test must not resolve {host!r}")


def _chain(ca: trustme.CA, leaf: Identity) -> bytes:
    return leaf.leaf_pem + ca.cert_pem.bytes()


@pytest.mark.parametrize("impostor", ["sibling", "ca"])
def test_chain_pin_trusts_the_leaf_only(serve: Any, impostor: str) -> None:
    ca = trustme.CA()
    host = ca_signed(ca, "esxi-chain")
    other = ca_signed(ca, "sibling") if impostor == "sibling" else ca_itself(ca)
    server = serve(other)
    context = pinned_ssl_context(_chain(ca, host))
    with pytest.raises(ssl.SSLCertVerificationError):
        ssl_connect(server, context)
    assert server.requests_seen == 0


def ssl_connect(server: TLSServer, context: ssl.SSLContext) -> None:
    import socket

    with (
        socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw,
        context.wrap_socket(raw) as tls,
    ):
        tls.do_handshake()


def test_chain_pin_still_accepts_its_own_host(serve: Any) -> None:
    ca = trustme.CA()
    host = ca_signed(ca, "esxi-chain")
    server = serve(host)
    der, context = pinned_certificate(_chain(ca, host))
    assert der == ssl.PEM_cert_to_DER_cert(host.leaf_pem.decode())
    assert _get(_target(server, context, der)) == b"hello"


def test_ca_certificate_first_is_refused() -> None:
    ca = trustme.CA()
    with pytest.raises(ValueError, match="CA certificate"):
        pinned_certificate(ca.cert_pem.bytes() + ca_signed(ca, "esxi").leaf_pem)


def test_peer_certificate_must_equal_the_pin_byte_for_byte(serve: Any) -> None:
    # A context that would accept anything: only the byte comparison stands in the way.
    server = serve(self_signed("impostor"))
    permissive = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    permissive.check_hostname = False
    permissive.verify_mode = ssl.CERT_NONE
    pin = ssl.PEM_cert_to_DER_cert(self_signed("esxi").leaf_pem.decode())
    with pytest.raises(HostCertificateError, match="pinned certificate"):
        _get(_target(server, permissive, pin))
    assert server.requests_seen == 0


def _frames(exc: BaseException) -> Iterator[dict[str, Any]]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        tb: TracebackType | None = current.__traceback__
        while tb is not None:
            yield tb.tb_frame.f_locals
            tb = tb.tb_next
        todo += [current.__cause__, current.__context__]


def test_no_frame_holds_the_token_when_the_handshake_fails(serve: Any) -> None:
    server = serve(self_signed("impostor"))
    pin = self_signed("esxi").leaf_pem
    der, context = pinned_certificate(pin)
    with pytest.raises(HostCertificateError) as info:
        _get(_target(server, context, der))
    leaked = [
        name
        for frame in _frames(info.value)
        for name, value in frame.items()
        if TOKEN in repr(value) and not isinstance(value, TransferTarget | HostConnections)
    ]
    assert leaked == []
    assert TOKEN not in str(info.value)


def test_malformed_certificates_are_value_errors() -> None:
    from vsphere_guest.dataplane.tls import is_ca_certificate

    with pytest.raises(ValueError):
        pinned_certificate("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n")
    for junk in (b"", b"\x30", b"\x30\x05\x02\x01", b"\x30\x00", b"\x30\x84\xff\xff\xff\xff"):
        with pytest.raises(ValueError):
            is_ca_certificate(junk)


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("https://[::1]/guestFile?token=t", ("::1", 443)),
        ("https://[::1]:8443/guestFile?token=t", ("::1", 8443)),
        ("https://127.0.0.1/guestFile?token=t", ("127.0.0.1", 443)),
        ("https://ESXI-01.example:443/guestFile?token=t", ("192.0.2.7", 443)),
        ("https://esxi-01.example:9443/guestFile?token=t", ("192.0.2.7", 9443)),
    ],
)
def test_data_plane_connects_to_host_and_explicit_port(
    monkeypatch: pytest.MonkeyPatch, url: str, address: tuple[str, int]
) -> None:
    import socket

    from vsphere_guest import TransientTransferError

    seen: list[tuple[str, int]] = []

    def refuse(addr: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        seen.append(addr)
        raise ConnectionRefusedError("refused (test)")

    asked: list[tuple[str, int]] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append((host, port))
        return ["192.0.2.7"]

    monkeypatch.setattr(socket, "create_connection", refuse)
    target = TransferTarget(url, ssl.create_default_context(), ("h", "fp"), time.monotonic())
    with pytest.raises(TransientTransferError):
        _get(target, AddressBook(None, resolver))
    assert seen == [address]
    assert asked == ([] if address[0] in url else [("esxi-01.example", address[1])])


def test_host_addresses_redirect_the_connection_not_the_pin(serve: Any) -> None:
    host = self_signed("esxi-mapped")
    server = serve(host)
    der, context = pinned_certificate(host.leaf_pem)
    url = f"https://esxi-mapped.example:443/guestFile?id=1&token={TOKEN}"
    target = TransferTarget(url, context, ("esxi-mapped.example:443", "fp"), time.monotonic(), der)
    mapped = {"ESXI-mapped.example:443": f"127.0.0.1:{server.port}"}
    hosts = HostConnections(5.0, AddressBook(mapped, None))
    try:
        with hosts.request(target, "GET") as response:
            assert response.read() == b"hello"
    finally:
        hosts.close()
