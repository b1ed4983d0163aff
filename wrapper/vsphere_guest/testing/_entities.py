"""The simulated inventory's objects: ESXi hosts, the other managed entities (folders, datacenter,
compute resources, pools), and VMs with their guest file systems on real directories."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from ._faults import SimFault


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
        """The real file behind a guest path (confined to the VM's root directory); on a
        Windows guest names ignore case, as NTFS's do."""
        if self.windows:
            pure = PureWindowsPath(guest_path)
            if not pure.is_absolute():
                raise SimFault(
                    "InvalidArgument",
                    f"guest path is not absolute: {guest_path}",
                    invalidProperty="guestFilePath",
                )
            parts = [pure.drive.rstrip(":").upper(), *pure.parts[1:]]
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
        if self.windows:
            return _ignoring_case(self.root, parts)
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


def _ignoring_case(root: Path, parts: list[str]) -> Path:
    """A Windows guest path's real file: case-insensitive and case-preserving, as NTFS. Each
    part is the existing entry whose name equals it ignoring case, else kept as written (a
    file or folder about to be made keeps the case it is made with)."""
    path = root
    for part in parts:
        if not os.path.lexists(path / part) and path.is_dir():
            folded = part.casefold()
            part = next((n for n in sorted(os.listdir(path)) if n.casefold() == folded), part)
        path = path / part
    return path
