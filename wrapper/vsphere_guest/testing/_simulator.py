"""The Simulator: a vCenter and its ESXi hosts on loopback HTTPS, with a default inventory."""

from __future__ import annotations

import contextlib
import re
import shutil
import ssl
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import TracebackType
from typing import Any

import trustme

from ._certs import Identity, ca_signed, self_signed
from ._esxi import EsxiFiles
from ._model import Host, SimFault, TransferFault, Vm, World
from ._tls_server import TLSServer
from ._vcenter import Validator, VCenter

DEFAULT_RELEASES = ("8.0.1.0", "8.0.2.0", "8.0.3.0")


def mask_url(path: str) -> str:
    return re.sub(r"(token=)[^&]*", r"\1***", path)


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

    def log_message(self, format: str, *args: Any) -> None:
        pass  # never print request lines: they carry transfer tokens


@dataclass(frozen=True)
class GuestLogin:
    username: str
    password: str

    def __repr__(self) -> str:
        return f"GuestLogin(username={self.username!r}, password=***)"


class Simulator:
    """Start with `with Simulator() as sim:`; connect a client to `sim.server` trusting
    `sim.ca_file`, log in with `sim.username`/`sim.password`, use `sim.guest` in the guest.
    `root` (kept at stop) holds the guest file systems and the CA file; `port` fixes vCenter's.

    The default inventory (datacenter DC0): hosts esxi-01 (self-signed certificate) and esxi-02
    (signed by the test CA); VMs web-01 (POSIX, on esxi-01), win-01 (Windows, on esxi-02),
    stopped-01 (powered off), notools-01 (no VMware Tools) and two VMs named `dup`.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        releases: tuple[str, ...] = DEFAULT_RELEASES,
        api_version: str = "8.0.2.0",
        users: Mapping[str, str] | None = None,
        url_lifetime: float = 600.0,
        star_urls: bool = False,
        validator: Validator | None = None,
        default_inventory: bool = True,
        root: Path | None = None,
        port: int = 0,
    ) -> None:
        self.host = host
        self.port = port  # of the vCenter endpoint; 0: a free one
        self._own_root = root is None
        self.root = Path(tempfile.mkdtemp(prefix="vsphere-sim-")) if root is None else Path(root)
        self.username, self.password = "administrator@vsphere.local", "sim-password"
        self.guest = GuestLogin("root", "guest-password")
        self.world = World(self.root, dict(users or {self.username: self.password}), url_lifetime)
        self.world.star_urls = star_urls
        self.ca = trustme.CA()
        self.ca_file = self.root / "vcenter-ca.pem"
        self.ca_file.write_bytes(self.ca.cert_pem.bytes())
        self.vcenter = VCenter(self.world, releases, api_version, validator)
        self._vc_identity = ca_signed(self.ca, "vcenter.sim")
        self._identities: dict[str, Identity] = {}
        self._servers: list[TLSServer] = []
        self.esxi: dict[str, tuple[TLSServer, EsxiFiles]] = {}
        self.impostor: tuple[TLSServer, EsxiFiles] | None = None
        self._vc_server: TLSServer | None = None
        if default_inventory:
            self._default_inventory()

    # --- inventory ---------------------------------------------------------------------------

    def add_host(self, name: str, *, ca_signed_cert: bool = False) -> Host:
        moid = f"host-{self.world.next_id()}"
        identity = ca_signed(self.ca, name) if ca_signed_cert else self_signed(name)
        host = Host(moid, name, identity.leaf_pem)
        self.world.hosts[moid] = host
        self._identities[moid] = identity
        if self._vc_server is not None:
            self._start_host(host)
        return host

    def add_vm(
        self,
        name: str,
        host: Host,
        *,
        folder: str = "",
        files: Mapping[str, bytes] | None = None,
        windows: bool = False,
        ip: str | None = None,
        dns_name: str | None = None,
        power_state: str = "poweredOn",
        tools_running: bool = True,
    ) -> Vm:
        moid = f"vm-{self.world.next_id()}"
        vm = Vm(
            moid,
            name,
            folder,
            host,
            self.root / "guests" / moid,
            ip=ip,
            dns_name=dns_name,
            power_state=power_state,
            tools_running=tools_running,
            windows=windows,
            guest_users={self.guest.username: self.guest.password},
        )
        vm.root.mkdir(parents=True, exist_ok=True)  # exists when a `root` is used again
        self.world.vms[moid] = vm
        for guest_path, data in (files or {}).items():
            self.write_guest_file(vm, guest_path, data)
        return vm

    def write_guest_file(
        self, vm: Vm, guest_path: str, data: bytes = b"", *, size: int | None = None
    ) -> Path:
        """Create a guest file; with `size`, a sparse file of that many bytes (for big tests)."""
        path = vm.local_path(guest_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as f:
            if size is None:
                f.write(data)
            else:
                f.truncate(size)
        return path

    def vm(self, name: str) -> Vm:
        matches = [v for v in self.world.vms.values() if v.name == name]
        if len(matches) != 1:
            raise KeyError(f"{len(matches)} simulated VMs are named {name!r}")
        return matches[0]

    def _default_inventory(self) -> None:
        h1 = self.add_host("esxi-01.sim")
        h2 = self.add_host("esxi-02.sim", ca_signed_cert=True)
        web = self.add_vm(
            "web-01",
            h1,
            folder="prod",
            ip="10.0.0.11",
            dns_name="web-01.corp.example",
            files={"/var/log/app.log": b"hello from web-01\n" * 64, "/etc/hostname": b"web-01\n"},
        )
        web.local_path("/tmp").mkdir(exist_ok=True)  # an empty /tmp, as on any Linux guest
        self.add_vm(
            "win-01",
            h2,
            windows=True,
            ip="10.0.0.12",
            files={"C:\\Logs\\app.log": b"hello from win-01\r\n" * 32},
        )
        self.add_vm("stopped-01", h1, power_state="poweredOff")
        self.add_vm("notools-01", h1, tools_running=False)
        self.add_vm("dup", h1, folder="a")
        self.add_vm("dup", h2, folder="b")

    # --- fault injection ---------------------------------------------------------------------

    def inject_fault(
        self,
        operation: str,
        type_name: str,
        message: str = "injected fault",
        *,
        count: int = 1,
        **fields: Any,
    ) -> None:
        """The next `count` calls of `operation` (e.g. "Login") answer with this fault."""
        queue = self.world.api_faults.setdefault(operation, [])
        queue += [SimFault(type_name, message, **fields) for _ in range(count)]

    def inject_http_error(
        self, operation: str, status: int, body: bytes, content_type: str = "text/html"
    ) -> None:
        """The next call of `operation` answers a raw (non-fault) HTTP error."""
        self.world.api_faults.setdefault(operation, []).append((status, content_type, body))

    def inject_transfer_fault(
        self, kind: str, *, after: int = 0, delay: float = 0.0, status: int = 503, count: int = 1
    ) -> None:
        """The next transfer(s): `reset` or `truncate` after N bytes, `slow` (delay per chunk),
        `stall` (delay before the body), `status` (answer an HTTP status), or `wrong_cert`
        (the URL points to an impostor endpoint with another certificate)."""
        if kind not in ("reset", "truncate", "slow", "stall", "status", "wrong_cert"):
            raise ValueError(f"unknown transfer fault {kind!r}")
        if kind == "wrong_cert":
            self.world.wrong_cert += count
            return
        self.world.transfer_faults.append(TransferFault(kind, after, delay, status, count))

    def expire_sessions(self) -> None:
        """Forget every session: the next call with an old session id gets NotAuthenticated."""
        self.world.expire_sessions()

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def server(self) -> str:
        """`host:port` of the vCenter endpoint (IPv6 in brackets)."""
        if self._vc_server is None:
            raise RuntimeError("simulator not started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self._vc_server.port}"

    def start(self) -> Simulator:
        self._vc_server = TLSServer(
            self.host, _Handler, self._vc_identity.server_context(), self.vcenter, self.port
        )
        self._vc_server.start()
        self._servers.append(self._vc_server)
        for host in self.world.hosts.values():
            self._start_host(host)
        impostor = self_signed("impostor.sim")
        files = EsxiFiles(self.world)
        server = TLSServer(self.host, _Handler, impostor.server_context(), files)
        server.start()
        self._servers.append(server)
        self.impostor = (server, files)
        self.world.impostor_endpoint = f"{self._netloc_host}:{server.port}"
        return self

    @property
    def _netloc_host(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host

    def _start_host(self, host: Host) -> None:
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

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
