"""The simulator's world: all its mutable state under one lock (inventory tree, users and
sessions, one-time transfer tickets, queued faults and delays), and the transfer Ticket."""

from __future__ import annotations

import datetime
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._entities import Entity, Host, Vm
from ._faults import SimFault, TransferFault

# Host, Vm and SimFault are imported from here too (the package's __init__, tests).
__all__ = ["URL_FORMS", "Host", "SimFault", "Ticket", "Vm", "World"]


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
