"""The simulator's world: inventory (datacenter, folders, hosts, VMs), guest file systems on
real directories, users and sessions, one-time transfer tickets, and injected faults."""

from __future__ import annotations

import datetime
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any


class SimFault(Exception):
    """A vSphere fault the simulator answers with (HTTP 500, JSON body like a real server)."""

    def __init__(self, type_name: str, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.type_name = type_name
        self.message = message
        self.fields = fields

    def body(self) -> dict[str, Any]:
        return {
            "_typeName": self.type_name,
            **self.fields,
            "faultMessage": [
                {
                    "_typeName": "LocalizableMessage",
                    "key": f"vim.fault.{self.type_name}",
                    "message": self.message,
                }
            ],
            "faultstring": self.message,
        }

    def wire_body(self) -> dict[str, Any]:
        """The fault as live vCenters send it: `faultstring` but no `faultMessage`, nested
        objects without `_typeName` (e.g. NotAuthenticated's `object` MoRef)."""
        return {
            "_typeName": self.type_name,
            **{k: _untyped(v) for k, v in self.fields.items()},
            "faultstring": self.message,
        }


def _untyped(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _untyped(v) for k, v in node.items() if k != "_typeName"}
    if isinstance(node, list):
        return [_untyped(v) for v in node]
    return node


@dataclass
class Host:
    moid: str
    name: str
    cert_pem: bytes = b""
    endpoint: str = ""  # "host:port" of its guestFile service, set when started
    # SHA-1 of the certificate its endpoint serves, as vCenter reports it in
    # summary.config.sslThumbprint ("AB:CD:..."); govc trusts the host by it.
    ssl_thumbprint: str = ""
    parent: str = ""  # moid of its ComputeResource
    # Addresses of its management vmknics (vmk0, vmk1...) in config.virtualNicManagerInfo;
    # None: one, the address its guestFile service listens on. [] reports none.
    management: list[str] | None = None


@dataclass
class Entity:
    """A managed entity other than VMs and hosts: the root folder, the datacenter, folders,
    compute resources and resource pools (`type` is the managed object type)."""

    type: str
    moid: str
    name: str
    parent: str | None  # moid of the parent entity; None for the root folder
    child_type: tuple[str, ...] = ()  # a Folder's Folder.childType


@dataclass
class Vm:
    moid: str
    name: str
    folder: str
    host: Host
    root: Path
    instance_uuid: str = ""
    bios_uuid: str = ""
    dns_name: str | None = None
    ip: str | None = None
    power_state: str = "poweredOn"
    tools_running: bool = True
    windows: bool = False
    guest_users: dict[str, str] = field(default_factory=dict)
    parent: str = ""  # moid of its VM folder
    # Guest file system details a plain folder cannot hold, keyed by the real path: owners set
    # by ChangeFileAttributesInGuest (the simulator cannot chown), Windows hidden files, and
    # listing entries no real file system allows (names with separators, `..`, NUL).
    owners: dict[str, tuple[int, int]] = field(default_factory=dict)
    hidden: set[str] = field(default_factory=set)
    listing_extras: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    guest_ops_in_flight: int = 0

    def __post_init__(self) -> None:
        # Stable UUIDs per name and moref, so recorded exchanges replay with the same values.
        seed = f"{self.moid}/{self.name}"
        self.instance_uuid = self.instance_uuid or str(
            uuid.uuid5(uuid.NAMESPACE_URL, "instance:" + seed)
        )
        self.bios_uuid = self.bios_uuid or str(uuid.uuid5(uuid.NAMESPACE_URL, "bios:" + seed))

    def moved(self, src: Path, dst: Path) -> None:
        """A file renamed (MoveFileInGuest): its recorded owner and hidden flag go with it."""
        owner = self.owners.pop(str(src), None)
        self.owners.pop(str(dst), None)
        if owner is not None:
            self.owners[str(dst)] = owner
        self.hidden.discard(str(dst))
        if str(src) in self.hidden:
            self.hidden.discard(str(src))
            self.hidden.add(str(dst))

    def local_path(self, guest_path: str) -> Path:
        """The real file behind a guest path (confined to the VM's root directory)."""
        if self.windows:
            pure = PureWindowsPath(guest_path)
            if not pure.is_absolute():
                raise SimFault(
                    "InvalidArgument",
                    f"guest path is not absolute: {guest_path}",
                    invalidProperty="guestFilePath",
                )
            parts = [pure.drive.rstrip(":"), *pure.parts[1:]]
        else:
            posix = PurePosixPath(guest_path)
            if not posix.is_absolute():
                raise SimFault(
                    "InvalidArgument",
                    f"guest path is not absolute: {guest_path}",
                    invalidProperty="guestFilePath",
                )
            parts = list(posix.parts[1:])
        if any(p in ("..", "") for p in parts):
            raise SimFault("FileNotFound", f"{guest_path} not found", file=guest_path)
        return self.root.joinpath(*parts)

    def symlink(self, guest_path: str, target: str) -> Path:
        """A guest symbolic link at guest_path pointing to target (kept as written)."""
        path = self.local_path(guest_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target)
        return path

    def set_owner(self, guest_path: str, owner_id: int, group_id: int) -> None:
        self.owners[str(self.local_path(guest_path))] = (owner_id, group_id)

    def add_listing_entry(
        self, guest_dir: str, name: str, *, type: str = "file", size: int = 0
    ) -> None:
        """An entry ListFilesInGuest reports in guest_dir although no such file exists (for
        hostile names: `../x`, `a/b`, `C:\\x`, NUL); a transfer of it fails as FileNotFound."""
        entry = {"path": name, "type": type, "size": size}
        self.listing_extras.setdefault(str(self.local_path(guest_dir)), []).append(entry)


@dataclass
class Ticket:
    """A one-time transfer URL's state."""

    vm: Vm
    path: Path
    guest_path: str
    method: str
    expires: float
    size: int = 0
    overwrite: bool = False
    used: bool = False
    # fileAttributes of an upload, applied once its body is written (as the guest does)
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass
class TransferFault:
    """An injected failure for the next transfer(s)."""

    kind: str  # reset | truncate | slow | stall | status | wrong_cert | a framing (see _esxi)
    after: int = 0
    delay: float = 0.0
    status: int = 503
    count: int = 1
    echo: bool = False  # a `status` answer whose body quotes the request line, as some pages do
    drain: float | None = None  # after an early answer to a PUT, read its body this long (s)


# How transfer URLs name the host: its address (IP literal and port), its inventory name with
# :443 (clients reach it through a host map, no DNS), or `*` (answers of a host called directly:
# the simulator then serves API and transfers on one listener with one certificate).
URL_FORMS = ("ip", "name", "star", "star_443", "star_port")


class World:
    """All mutable simulator state, guarded by one lock."""

    def __init__(self, root: Path, users: dict[str, str], url_lifetime: float) -> None:
        self.root = root
        self.users = dict(users)
        self.url_lifetime = url_lifetime
        self.lock = threading.RLock()
        self.hosts: dict[str, Host] = {}
        self.vms: dict[str, Vm] = {}
        self.datacenter = "DC0"
        # Managed entities other than VMs and hosts, by moid (see _inventory_tree).
        self.entities: dict[str, Entity] = {}
        self._next_entity = 100
        self._inventory_tree()
        self.sessions: dict[str, dict[str, Any]] = {}
        self.logins = 0  # successful Login calls
        # Sessions whose guest operations answer NotAuthenticated while other calls still work
        # (seen live after hours idle).
        self.guest_stale: set[str] = set()
        self.logouts = 0  # Logout calls that ended a live session
        self.views: dict[str, list[tuple[str, str]]] = {}  # ContainerView id -> (type, moid)
        # RetrievePropertiesEx pages not yet fetched: token -> (objects, maxObjects)
        self.pages: dict[str, tuple[list[dict[str, Any]], int]] = {}
        self.tickets: dict[str, Ticket] = {}
        self.api_faults: dict[str, list[SimFault | tuple[int, str, bytes]]] = {}
        self.transfer_faults: list[TransferFault] = []
        self.url_form = "ip"  # see URL_FORMS
        self.issued_urls: list[str] = []  # every transfer URL handed out, tokens masked
        self.api_delays: dict[str, float] = {}  # operation -> seconds to wait before answering
        self.api_trickles: dict[str, float] = {}  # operation -> seconds between answer bytes
        # Guest operations: each call takes `guest_latency` seconds inside the guest, and a VM
        # runs at most `guest_ops_limit` of them at once (more: TooManyGuestLogons).
        self.guest_latency = 0.0
        self.guest_ops_limit: int | None = None
        self.guest_ops_refused = 0  # calls answered TooManyGuestLogons by that limit
        self.guest_ops_peak: dict[str, int] = {}  # VM moid -> most guest operations at once
        self.max_results_cap: int | None = None  # ListFilesInGuest pages at most this long
        # Called with (vm, guest path) after InitiateFileTransferFromGuest answered, before the
        # GET: a test changes the file there (it changed while being downloaded).
        self.after_initiate: Callable[[Vm, str], None] | None = None
        self.wrong_cert = 0  # next N transfer URLs point at the impostor endpoint
        self.impostor_endpoint = ""
        # Benchmarks: (ticket, url) -> the URL to hand out instead (another data plane, nginx)
        self.transfer_route: Callable[[Ticket, str], str] | None = None
        self.calls: list[str] = []
        self.requests: list[str] = []  # "METHOD /path" of every vCenter request, in order
        self.errors: list[str] = []  # simulator bugs and conformance failures, for tests
        self._next = 1

    def next_id(self) -> int:
        with self.lock:
            self._next += 1
            return self._next

    # --- sessions -------------------------------------------------------------------------

    def login(self, user: str, password: str) -> tuple[str, dict[str, Any]]:
        if self.users.get(user) != password:
            raise SimFault(
                "InvalidLogin", "Cannot complete login due to an incorrect user name or password."
            )
        now = datetime.datetime.now(datetime.UTC).isoformat().replace("+00:00", "Z")
        sid = secrets.token_hex(20)
        session = {
            "_typeName": "UserSession",
            "key": secrets.token_hex(8),
            "userName": user,
            "fullName": user,
            "loginTime": now,
            "lastActiveTime": now,
            "locale": "en",
            "messageLocale": "en",
            "extensionSession": False,
            "ipAddress": "127.0.0.1",
            "userAgent": "",
            "callCount": 0,
        }
        with self.lock:
            self.sessions[sid] = session
            self.logins += 1
        return sid, session

    def logout(self, sid: str | None) -> None:
        with self.lock:
            if self.sessions.pop(sid or "", None) is not None:
                self.logouts += 1

    def session(self, sid: str | None) -> dict[str, Any] | None:
        with self.lock:
            return self.sessions.get(sid or "")

    def expire_sessions(self) -> None:
        with self.lock:
            self.sessions.clear()

    # --- inventory ------------------------------------------------------------------------

    def vm(self, moid: str) -> Vm:
        vm = self.vms.get(moid)
        if vm is None:
            raise SimFault(
                "ManagedObjectNotFound",
                f"The object 'vim.VirtualMachine:{moid}' has already been deleted "
                "or has not been completely created",
                obj={
                    "_typeName": "ManagedObjectReference",
                    "type": "VirtualMachine",
                    "value": moid,
                },
            )
        return vm

    def inventory_path(self, vm: Vm) -> str:
        return "/".join(p for p in (self.datacenter, "vm", vm.folder, vm.name) if p)

    # The tree as vCenter builds it: rootFolder group-d1 ("Datacenters") > Datacenter DC0 >
    # its vm, host, datastore and network folders; VM folders under vm; one ComputeResource
    # (with its root ResourcePool) per standalone host under host. Entity ids come from their
    # own counter so that VM and host ids (vm-4 is web-01) stay what they always were.

    ROOT_FOLDER = "group-d1"

    def _entity(
        self,
        kind: str,
        prefix: str,
        name: str,
        parent: str | None,
        child_type: tuple[str, ...] = (),
    ) -> Entity:
        with self.lock:
            self._next_entity += 1
            moid = f"{prefix}{self._next_entity}"
            entity = Entity(kind, moid, name, parent, child_type)
            self.entities[moid] = entity
        return entity

    def _inventory_tree(self) -> None:
        root = Entity("Folder", self.ROOT_FOLDER, "Datacenters", None, ("Folder", "Datacenter"))
        self.entities[root.moid] = root
        dc = self._entity("Datacenter", "datacenter-", self.datacenter, root.moid)
        self.dc_moid = dc.moid
        self.dc_folders: dict[str, str] = {}
        for name, prefix, types in (
            ("vm", "group-v", ("Folder", "VirtualMachine", "VirtualApp")),
            ("host", "group-h", ("Folder", "ComputeResource")),
            ("datastore", "group-s", ("Folder", "Datastore", "StoragePod")),
            ("network", "group-n", ("Folder", "Network", "DistributedVirtualSwitch")),
        ):
            self.dc_folders[name] = self._entity("Folder", prefix, name, dc.moid, types).moid

    def vm_folder(self, path: str) -> str:
        """The moid of the VM folder at `path` under the datacenter's vm folder ("" is that
        folder itself, "a/b" nests), created on first use."""
        moid = self.dc_folders["vm"]
        for name in (p for p in path.split("/") if p):
            child = next(
                (
                    e
                    for e in self.entities.values()
                    if e.parent == moid and e.type == "Folder" and e.name == name
                ),
                None,
            )
            if child is None:
                types = ("Folder", "VirtualMachine", "VirtualApp")
                child = self._entity("Folder", "group-v", name, moid, types)
            moid = child.moid
        return moid

    def add_compute_resource(self, host: Host) -> None:
        """A standalone host's ComputeResource (named as the host) and its root pool."""
        compute = self._entity("ComputeResource", "domain-s", host.name, self.dc_folders["host"])
        self._entity("ResourcePool", "resgroup-", "Resources", compute.moid)
        host.parent = compute.moid

    def children(self, moid: str) -> list[tuple[str, str]]:
        """(type, moid) of the entities whose parent is `moid`, in creation order."""
        found = [(e.type, e.moid) for e in self.entities.values() if e.parent == moid]
        found += [("HostSystem", h.moid) for h in self.hosts.values() if h.parent == moid]
        found += [("VirtualMachine", v.moid) for v in self.vms.values() if v.parent == moid]
        return found

    def resource_pool(self, host: Host) -> str | None:
        return next(
            (
                e.moid
                for e in self.entities.values()
                if e.type == "ResourcePool" and e.parent == host.parent
            ),
            None,
        )

    def entity_path(self, kind: str, moid: str) -> str:
        """The inventory path of any entity, e.g. DC0/vm/prod (the root folder is "")."""
        names: list[str] = []
        while True:
            if kind == "VirtualMachine":
                vm = self.vms[moid]
                names.append(vm.name)
                kind, moid = "Folder", vm.parent
            elif kind == "HostSystem":
                host = self.hosts[moid]
                names.append(host.name)
                kind, moid = "ComputeResource", host.parent
            else:
                entity = self.entities[moid]
                if entity.parent is None:
                    return "/".join(reversed(names))
                names.append(entity.name)
                kind, moid = "", entity.parent

    # --- transfers ------------------------------------------------------------------------

    def issue(self, ticket: Ticket) -> str:
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.tickets[token] = ticket
        return token

    def transfer_url(self, host: Host, endpoint: str, token: str) -> str:
        """The URL for a ticket, in the configured form (an impostor endpoint stays literal)."""
        netloc = endpoint
        if endpoint == host.endpoint:
            port = endpoint.rsplit(":", 1)[1]
            netloc = {
                "ip": endpoint,
                "name": f"{host.name}:{port}",  # the inventory name (not in DNS)
                "star": "*",
                "star_443": "*:443",
                "star_port": f"*:{port}",
            }[self.url_form]
        url = f"https://{netloc}/guestFile?id={self.next_id()}&token={token}"
        route = self.transfer_route
        if route is not None and endpoint == host.endpoint:
            url = route(self.tickets[token], url)
        with self.lock:
            self.issued_urls.append(url.replace(token, "***"))
        return url

    def redeem(self, token: str, method: str) -> Ticket | None:
        with self.lock:
            ticket = self.tickets.get(token)
            if ticket is None or ticket.used or ticket.method != method:
                return None
            if time.monotonic() > ticket.expires or ticket.vm.power_state != "poweredOn":
                return None
            ticket.used = True
            return ticket

    def next_transfer_fault(self) -> TransferFault | None:
        with self.lock:
            if not self.transfer_faults:
                return None
            fault = self.transfer_faults[0]
            fault.count -= 1
            if fault.count <= 0:
                self.transfer_faults.pop(0)
            return fault

    def next_api_fault(self, operation: str) -> SimFault | tuple[int, str, bytes] | None:
        with self.lock:
            queue = self.api_faults.get(operation)
            return queue.pop(0) if queue else None
