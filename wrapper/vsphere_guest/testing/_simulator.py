"""The Simulator: a vCenter and its ESXi hosts on loopback HTTPS, with a default inventory;
its API seeds the inventory and guest files, injects faults and counts sessions."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trustme

from ._certs import Identity, ca_signed, self_signed, sha1_thumbprint
from ._entities import Host, Vm
from ._esxi import FRAMINGS, TRICKLES, EsxiFiles
from ._faults import SimFault, TransferFault
from ._model import URL_FORMS, Ticket, World
from ._servers import BROKEN_TLS, IMPOSTORS, Servers
from ._tls_server import TLSServer
from ._vcenter import SERVICE_VERSIONS_PATH, Validator, VCenter

DEFAULT_RELEASES = ("8.0.1.0", "8.0.2.0", "8.0.3.0")
DEFAULT_API_VERSION = "8.0.2.0"
# `nox -s release` runs the tests once per release: VSPHERE_SIM_RELEASE=9.1.0.0 makes that the
# default simulator's release (served beside DEFAULT_RELEASES).
RELEASE_VARIABLE = "VSPHERE_SIM_RELEASE"


def default_release() -> str:
    """The release a Simulator() speaks unless told: VSPHERE_SIM_RELEASE, else 8.0.2.0."""
    return os.environ.get(RELEASE_VARIABLE) or DEFAULT_API_VERSION


def _version_key(release: str) -> tuple[int, ...]:
    return tuple(int(p) for p in release.split(".") if p.isdigit())


# What vCenter reports as a host's config.certificate: its leaf, leaf + CA, or CA + leaf.
CERTIFICATE_FORMS = ("leaf", "chain", "ca_first")


@dataclass(frozen=True)
class GuestLogin:
    username: str
    password: str

    def __repr__(self) -> str:
        return f"GuestLogin(username={self.username!r}, password=***)"


# web-01's /var/log/syslog in the default inventory (what the README's examples download)
SYSLOG = b"".join(
    f"Nov 26 08:{n // 60:02d}:{n % 60:02d} web-01 {line}\n".encode()
    for n, line in enumerate(
        [
            "kernel: [    0.000000] Linux version 6.1.0-sim (vsphere-guest simulator)",
            "systemd[1]: Started Journal Service.",
            "systemd[1]: Reached target Multi-User System.",
            "sshd[612]: Server listening on 0.0.0.0 port 22.",
            "CRON[1201]: (root) CMD (cd / && run-parts --report /etc/cron.hourly)",
        ]
        * 20
    )
)


def served(operation: str) -> None:
    """Refuse an operation name the simulator does not serve (a fault injected for it would
    never fire, and the test would pass without it)."""
    names = sorted(
        {name.split("_", 2)[2] for name in dir(VCenter) if name.startswith("op_")}
        | {SERVICE_VERSIONS_PATH.rpartition("/")[2]}  # vimServiceVersions.xml, also served
    )
    if operation not in names:
        raise ValueError(
            f"{operation!r}: the simulator serves no such operation (it serves {', '.join(names)})"
        )


class Simulator(Servers):
    """Start with `with Simulator() as sim:`; connect a client to `sim.server` trusting
    `sim.ca_file`, log in with `sim.username`/`sim.password`, use `sim.guest` in the guest.
    `root` (kept at stop) holds the guest file systems and the CA file; `port` fixes vCenter's.

    The default inventory (datacenter DC0): hosts esxi-01 (self-signed certificate) and esxi-02
    (signed by the test CA); VMs web-01 (POSIX, on esxi-01: /var/log/app.log, /var/log/syslog,
    /etc/hostname, an empty /tmp), win-01 (Windows, on esxi-02: C:\\Logs\\app.log),
    stopped-01 (powered off), notools-01 (no VMware Tools) and two VMs named `dup`.

    `releases` are the VI JSON releases served; `/sdk/vimServiceVersions.xml` lists `api_version`
    and older releases as vCenter does. A path with another release answers HTTP 500 with an HTML
    body, as vCenter 8.0.3 does (`unknown_release_status=404` for a plain 404). Left out,
    `api_version` is `default_release()` (VSPHERE_SIM_RELEASE or 8.0.2.0) and `releases` are
    DEFAULT_RELEASES and that one.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        releases: tuple[str, ...] | None = None,
        api_version: str | None = None,
        users: Mapping[str, str] | None = None,
        url_lifetime: float = 600.0,
        star_urls: bool = False,
        url_form: str | None = None,
        validator: Validator | None = None,
        default_inventory: bool = True,
        root: Path | None = None,
        unknown_release_status: int = 500,
        fault_style: str = "live",
        port: int = 0,
    ) -> None:
        self.host = host
        self.port = port  # of the vCenter endpoint; 0: a free one
        url_form = url_form or ("star_port" if star_urls else "ip")
        if url_form not in URL_FORMS:  # before a temporary folder is made (no one removes it)
            raise ValueError(f"url_form must be one of {URL_FORMS}")
        self._own_root = root is None
        self.root = Path(tempfile.mkdtemp(prefix="vsphere-sim-")) if root is None else Path(root)
        self.username, self.password = "administrator@vsphere.local", "sim-password"
        self.guest = GuestLogin("root", "guest-password")
        self.world = World(self.root, dict(users or {self.username: self.password}), url_lifetime)
        self.url_form = url_form
        self.world.url_form = self.url_form
        # `*` URLs come from a host called directly: one listener, one certificate for the API
        # and the transfers, every host sharing it.
        self.direct = self.url_form.startswith("star")
        self.ca = trustme.CA()
        self.ca_file = self.root / "vcenter-ca.pem"
        self.ca_file.write_bytes(self.ca.cert_pem.bytes())
        api_version = api_version or default_release()
        if releases is None:
            releases = tuple(sorted({*DEFAULT_RELEASES, api_version}, key=_version_key))
        self.vcenter = VCenter(self.world, releases, api_version, validator, unknown_release_status)
        self._vc_identity = ca_signed(self.ca, "vcenter.sim")
        self._identities: dict[str, Identity] = {}
        self._servers: list[TLSServer] = []
        self.esxi: dict[str, tuple[TLSServer, EsxiFiles]] = {}
        self.impostor: tuple[TLSServer, EsxiFiles] | None = None  # the one `wrong_cert` uses
        self.impostors: dict[str, tuple[TLSServer, EsxiFiles]] = {}
        self._impostor_endpoints: dict[str, str] = {}
        self._impostor_kind = "self_signed"
        self._vc_server: TLSServer | None = None
        if default_inventory:
            self._default_inventory()

    # --- inventory ---------------------------------------------------------------------------

    def add_host(
        self, name: str, *, ca_signed_cert: bool = False, certificate: str = "leaf"
    ) -> Host:
        """A host with a self-signed or CA-signed certificate; `certificate` says what vCenter
        reports as config.certificate: "leaf", "chain" (leaf + CA) or "ca_first" (CA + leaf)."""
        if certificate not in CERTIFICATE_FORMS:
            raise ValueError(f"certificate must be one of {CERTIFICATE_FORMS}")
        if certificate != "leaf" and not ca_signed_cert:
            raise ValueError("a certificate chain needs ca_signed_cert=True")
        moid = f"host-{self.world.next_id()}"
        if self.direct:
            identity = self._vc_identity
        else:
            identity = ca_signed(self.ca, name) if ca_signed_cert else self_signed(name)
        ca_pem = self.ca.cert_pem.bytes()
        reported = {
            "leaf": identity.leaf_pem,
            "chain": identity.leaf_pem + ca_pem,
            "ca_first": ca_pem + identity.leaf_pem,
        }[certificate]
        host = Host(moid, name, reported, ssl_thumbprint=sha1_thumbprint(identity.leaf_pem))
        self.world.hosts[moid] = host
        self.world.add_compute_resource(host)
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
        """A VM whose guest file system is a folder under `root`, holding `files`. A Windows
        guest (`windows=True`) has an empty C:\\Windows\\Temp, and its paths ignore case
        but keep the case a file or folder is made with, as NTFS."""
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
            parent=self.world.vm_folder(folder),
        )
        vm.root.mkdir(parents=True, exist_ok=True)  # exists when a `root` is used again
        if windows:  # every Windows guest has it: where its temporary files go
            vm.local_path("C:\\Windows\\Temp").mkdir(parents=True, exist_ok=True)
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

    def host_identity(self, host: Host) -> Identity:
        """The host's certificate chain and key (PEM), e.g. for another server playing it."""
        return self._identities[host.moid]

    def route_transfers(self, route: Callable[[Ticket, str], str] | None) -> None:
        """Hand out `route(ticket, url)` instead of each transfer URL (None: stop): another
        server (a benchmark's nginx) serves the data plane while the simulator plays vCenter.
        Tickets it serves are never redeemed here; a wrong_cert URL is never routed."""
        self.world.transfer_route = route

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
            files={
                "/var/log/app.log": b"hello from web-01\n" * 64,
                "/var/log/syslog": SYSLOG,  # the README's examples read it
                "/etc/hostname": b"web-01\n",
            },
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
        served(operation)
        queue = self.world.api_faults.setdefault(operation, [])
        queue += [SimFault(type_name, message, **fields) for _ in range(count)]

    def inject_http_error(
        self, operation: str, status: int, body: bytes, content_type: str = "text/html"
    ) -> None:
        """The next call of `operation` answers a raw (non-fault) HTTP error."""
        served(operation)
        self.world.api_faults.setdefault(operation, []).append((status, content_type, body))

    def trickle_operation(self, operation: str, seconds_per_byte: float) -> None:
        """Every answer to `operation` is sent one byte at a time, `seconds_per_byte` apart
        (0 to stop): an answer that never stalls long enough for a read timeout."""
        served(operation)
        self.world.api_trickles[operation] = seconds_per_byte

    def delay_operation(self, operation: str, seconds: float) -> None:
        """Every call of `operation` waits `seconds` before it is answered (0 to stop)."""
        served(operation)
        self.world.api_delays[operation] = seconds

    def inject_answer(
        self, operation: str, body: Any, *, status: int = 200, count: int = 1
    ) -> None:
        """The next `count` calls of `operation` answer `body` (JSON-encoded unless bytes) with
        `status`, unvalidated: hostile or broken answers of any shape."""
        served(operation)
        payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        queue = self.world.api_faults.setdefault(operation, [])
        queue += [(status, "application/json", payload) for _ in range(count)]

    def inject_transfer_fault(
        self,
        kind: str,
        *,
        after: int = 0,
        delay: float = 0.0,
        status: int = 503,
        count: int = 1,
        impostor: str = "self_signed",
        echo: bool = False,
        drain: float | None = None,
    ) -> None:
        """The next transfer(s): `reset` or `truncate` after N bytes, `slow` (delay per chunk),
        `stall` (delay before the body), `status` (answer an HTTP status; `echo=True` quotes the
        request line with its token in the error page; to a PUT it answers before reading the
        body, then reads the body for `drain` seconds, None: to its end, 0: not at all, and
        closes), or `wrong_cert`
        (the URL points to an impostor endpoint: `impostor` is "self_signed", "sibling" (a leaf
        of the hosts' CA) or "ca" (the CA certificate itself); `sim.impostor` is that server).
        `tls_version` and `not_tls` point the URL at an endpoint that speaks only TLS 1.0/1.1,
        or plain HTTP.
        Body framings: `chunked`, `close_delimited` (no Content-Length), `overlong` (`after`
        bytes more than announced), `endless` (no end after the file), `gzip` (Content-Encoding).
        Trickles (no read ever times out): `trickle` (the body's first `after` bytes, then one
        byte every `delay` seconds), `trickle_headers` (one byte every `delay` from the status
        line on).
        """
        kinds = ("reset", "truncate", "slow", "stall", "status", "wrong_cert", *BROKEN_TLS)
        if kind not in (*kinds, *FRAMINGS, *TRICKLES):
            raise ValueError(f"unknown transfer fault {kind!r}")
        if kind in ("wrong_cert", *BROKEN_TLS):
            if impostor not in IMPOSTORS:
                raise ValueError(f"impostor must be one of {IMPOSTORS}")
            self._impostor_kind = impostor if kind == "wrong_cert" else kind
            self._select_impostor()
            self.world.wrong_cert += count
            return
        self.world.transfer_faults.append(
            TransferFault(kind, after, delay, status, count, echo, drain)
        )

    @property
    def logins(self) -> int:
        """Successful Login calls so far."""
        return self.world.logins

    @property
    def logouts(self) -> int:
        """Logout calls that ended a live session so far."""
        return self.world.logouts

    @property
    def open_sessions(self) -> int:
        """Sessions alive on the server now (expired ones are gone)."""
        with self.world.lock:
            return len(self.world.sessions)

    def stale_guest_sessions(self) -> None:
        """Make the live sessions' guest operations answer NotAuthenticated while every other
        call on them still works (as seen on vCenter after hours idle); new sessions are fine."""
        with self.world.lock:
            self.world.guest_stale |= set(self.world.sessions)

    def expire_sessions(self) -> None:
        """Forget every session: the next call with an old session id gets NotAuthenticated."""
        self.world.expire_sessions()
