"""pinned_ssl_context against real TLS servers on loopback with certificates made here."""

from __future__ import annotations

import base64
import ssl
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import pytest
import trustme
from vsphere_guest import pinned_ssl_context
from vsphere_guest.dataplane.tls import pem_from_wire, verify_context
from vsphere_guest.testing._certs import Identity, ca_signed, self_signed
from vsphere_guest.testing._tls_server import TLSServer


class Hello(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: TLSServer

    def do_GET(self) -> None:
        self.server.requests_seen += 1
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args: Any) -> None:
        pass


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


def get(server: TLSServer, context: ssl.SSLContext, host: str = "127.0.0.1") -> httpx.Response:
    netloc = f"[{host}]" if ":" in host else host
    with httpx.Client(verify=context) as client:
        return client.get(f"https://{netloc}:{server.port}/guestFile?token=secret")


def test_self_signed_pin_accepts_its_host(serve: Any) -> None:
    identity = self_signed("esxi-a")
    server = serve(identity)
    assert get(server, pinned_ssl_context(identity.leaf_pem)).text == "hello"


def test_ca_signed_leaf_pin_works_without_the_ca(serve: Any) -> None:
    identity = ca_signed(trustme.CA(), "esxi-b")
    server = serve(identity)
    assert get(server, pinned_ssl_context(identity.leaf_pem)).text == "hello"


def test_wrong_certificate_is_refused_before_any_request(serve: Any) -> None:
    server = serve(self_signed("impostor"))
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        get(server, pinned_ssl_context(self_signed("esxi-a").leaf_pem))
    assert server.requests_seen == 0


def test_sibling_leaf_of_same_ca_is_refused(serve: Any) -> None:
    ca = trustme.CA()
    server = serve(ca_signed(ca, "other-host"))
    with pytest.raises(httpx.ConnectError):
        get(server, pinned_ssl_context(ca_signed(ca, "esxi-b").leaf_pem))
    assert server.requests_seen == 0


def test_pin_on_ipv6_loopback(serve: Any) -> None:
    identity = self_signed("esxi-6")
    server = serve(identity, "::1")
    assert get(server, pinned_ssl_context(identity.leaf_pem), "::1").status_code == 200


def test_context_settings() -> None:
    context = pinned_ssl_context(self_signed("x").leaf_pem)
    assert context.verify_mode == ssl.CERT_REQUIRED and not context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert context.verify_flags & ssl.VERIFY_X509_PARTIAL_CHAIN
    with pytest.raises(ValueError):
        pinned_ssl_context("not a certificate")


def test_pem_from_every_wire_encoding() -> None:
    pem = self_signed("enc").leaf_pem
    signed = [b - 256 if b > 127 else b for b in pem]
    der = ssl.PEM_cert_to_DER_cert(pem.decode())
    assert pem_from_wire({"_typeName": "ArrayOfByte", "_value": signed}) == pem.decode()
    assert pem_from_wire(list(pem)) == pem.decode()
    assert pem_from_wire(base64.b64encode(pem).decode()) == pem.decode()
    assert ssl.PEM_cert_to_DER_cert(pem_from_wire(base64.b64encode(der).decode())) == der
    with pytest.raises(ValueError):
        pem_from_wire({"nope": 1})


def test_verify_false_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    import vsphere_guest.dataplane.tls as tls

    tls._warned.discard("unit-test")
    with caplog.at_level("WARNING", logger="vsphere_guest"):
        verify_context(False, what="unit-test")
        verify_context(False, what="unit-test")
    assert caplog.text.count("verification is OFF for the unit-test") == 1
