"""The simulator's TLS listeners and their lifecycle (start, stop, `with`): vCenter's, one per
ESXi host (or one for all, for a host called directly), and impostors for injected failures."""

from __future__ import annotations

import contextlib
import shutil
import ssl
import warnings
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

import trustme

from .._logmask import mask_url
from ._certs import Identity, ca_itself, ca_signed, self_signed
from ._entities import Host
from ._esxi import EsxiFiles
from ._model import World
from ._tls_server import TLSServer
from ._vcenter import VCenter

# Impostor endpoints for `wrong_cert`: another self-signed certificate, a sibling leaf issued by
# the hosts' CA, or the CA certificate itself.
IMPOSTORS = ("self_signed", "sibling", "ca")
# Endpoints whose TLS handshake fails for reasons other than a certificate: one that speaks only
# TLS 1.0/1.1 (the client needs 1.2+), one that does not speak TLS at all (plain HTTP).
BROKEN_TLS = ("tls_version", "not_tls")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: TLSServer

    def do_GET(self) -> None:
        self.server.requests_seen += 1
        try:
            self.server.app.handle(self)
        except (ConnectionError, TimeoutError, ssl.SSLError):
            raise  # the client went away: nothing to report
        except Exception as exc:
            # A simulator bug or a conformance failure: keep it for the test to see, answer 500.
            self.server.app.world.errors.append(f"{self.command} {mask_url(self.path)}: {exc!r}")
            body = f"simulator error: {exc}".encode()
            with contextlib.suppress(OSError):
                self.send_response(500)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

    do_POST = do_PUT = do_GET

    def _not_allowed(self) -> None:
        """A method no endpoint serves (TRACE, DELETE, QUERY...): 405 with the ones served, not
        http.server's HTML 501."""
        self.server.requests_seen += 1
        with contextlib.suppress(OSError, ValueError):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))  # not the next request
            self.send_response(405)
            self.send_header("Allow", "GET, POST, PUT")
            self.send_header("Content-Length", "0")
            self.end_headers()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):  # http.server looks the request's method up as do_<METHOD>
            # vCenter answers each path's own 405 (its Allow: the spec's methods for it).
            any_method = getattr(self.server.app, "any_method", False)
            return self.do_GET if any_method else self._not_allowed
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # never print request lines: they carry transfer tokens


def _old_tls_context(identity: Identity) -> ssl.SSLContext:
    context = identity.server_context()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # that is the point
        context.minimum_version = ssl.TLSVersion.TLSv1
        context.maximum_version = ssl.TLSVersion.TLSv1_1
    return context


class _Direct:
    """One listener for a host called directly: the API, and /guestFile transfers."""

    def __init__(self, vcenter: VCenter, files: EsxiFiles) -> None:
        self.vcenter = vcenter
        self.files = files
        self.world = vcenter.world

    def handle(self, req: BaseHTTPRequestHandler) -> None:
        if urlsplit(req.path).path == "/guestFile":
            self.files.handle(req)
        else:
            self.vcenter.handle(req)


class Servers:
    """The Simulator's listeners: `start()` (or `with`) opens them on free loopback ports (the
    given one for vCenter), `stop()` closes them. Its state is set up by Simulator.__init__."""

    host: str
    port: int
    root: Path
    _own_root: bool
    world: World
    direct: bool
    ca: trustme.CA
    vcenter: VCenter
    _vc_identity: Identity
    _identities: dict[str, Identity]
    _servers: list[TLSServer]
    esxi: dict[str, tuple[TLSServer, EsxiFiles]]
    impostor: tuple[TLSServer, EsxiFiles] | None
    impostors: dict[str, tuple[TLSServer, EsxiFiles]]
    _impostor_endpoints: dict[str, str]
    _impostor_kind: str
    _vc_server: TLSServer | None

    @property
    def server(self) -> str:
        """`host:port` of the vCenter endpoint (IPv6 in brackets)."""
        if self._vc_server is None:
            raise RuntimeError("simulator not started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self._vc_server.port}"

    @property
    def host_addresses(self) -> dict[str, str]:
        """ESXi host name -> the `host:port` it listens on, for Client(host_addresses=...) (the
        simulator's host names are not in DNS)."""
        return {h.name: h.endpoint for h in self.world.hosts.values() if h.endpoint}

    def start(self) -> Self:
        """Starts the servers; when one cannot (a busy --port), stops those started and removes
        the temporary folder (`with` calls no __exit__ when __enter__ fails)."""
        try:
            return self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self) -> Self:
        app: VCenter | _Direct = self.vcenter
        if self.direct:
            app = _Direct(self.vcenter, EsxiFiles(self.world))
        self._vc_server = TLSServer(
            self.host, _Handler, self._vc_identity.server_context(), app, self.port
        )
        self._vc_server.start()
        self._servers.append(self._vc_server)
        for host in self.world.hosts.values():
            self._start_host(host)
        impostors = {
            "self_signed": self_signed("impostor.sim"),
            "sibling": ca_signed(self.ca, "sibling.sim"),
            "ca": ca_itself(self.ca),
        }
        contexts: dict[str, ssl.SSLContext | None] = {
            kind: identity.server_context() for kind, identity in impostors.items()
        }
        contexts["tls_version"] = _old_tls_context(self_signed("old-tls.sim"))
        contexts["not_tls"] = None
        for kind, context in contexts.items():
            files = EsxiFiles(self.world)
            server = TLSServer(self.host, _Handler, context, files)
            server.start()
            self._servers.append(server)
            self.impostors[kind] = (server, files)
            self._impostor_endpoints[kind] = f"{self._netloc_host}:{server.port}"
        self._select_impostor()
        return self

    def _select_impostor(self) -> None:
        if self.impostors:
            self.impostor = self.impostors[self._impostor_kind]
            self.world.impostor_endpoint = self._impostor_endpoints[self._impostor_kind]

    @property
    def _netloc_host(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host

    def _start_host(self, host: Host) -> None:
        if self.direct and self._vc_server is not None:
            self.esxi[host.moid] = (self._vc_server, self._vc_server.app.files)
            host.endpoint = f"{self._netloc_host}:{self._vc_server.port}"
            return
        files = EsxiFiles(self.world)
        server = TLSServer(self.host, _Handler, self._identities[host.moid].server_context(), files)
        server.start()
        self._servers.append(server)
        self.esxi[host.moid] = (server, files)
        host.endpoint = f"{self._netloc_host}:{server.port}"

    def stop(self) -> None:
        for server in self._servers:
            server.stop()
        self._servers.clear()
        self._vc_server = None
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
