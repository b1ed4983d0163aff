"""The benchmark's server process (bench/server.py: the simulator as vCenter, nginx serving the
transfers when installed) seen from the suites: start it, log in, one-time transfer URLs."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_from_guest as initiate_from_guest,
)
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_to_guest as initiate_to_guest,
)
from vim25_json.models import (
    FileTransferInformation,
    GuestFileAttributes,
    InitiateFileTransferFromGuestRequestType,
    InitiateFileTransferToGuestRequestType,
    ManagedObjectReference,
    MoTypesEnum,
)
from vsphere_guest import AsyncClient, Client, GuestCredentials, resolve_transfer_url

from .measure import Row


class Server:
    """The simulator (and nginx) in a subprocess (see bench/server.py)."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.server", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.config: dict[str, Any] = json.loads(self.proc.stdout.readline())
        self.guest = GuestCredentials(self.config["guest_user"], self.config["guest_password"])

    def client(self) -> Client:
        c = self.config
        return Client(c["server"], username=c["username"], password=c["password"], verify=c["ca"])

    def async_client(self) -> AsyncClient:
        c = self.config
        return AsyncClient(
            c["server"], username=c["username"], password=c["password"], verify=c["ca"]
        )

    def command(self, line: str) -> Row:
        """`counters` or `reset` (see bench/server.py): its one-line JSON answer."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer: Row = json.loads(self.proc.stdout.readline())
        return answer

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _vm(server: Server) -> ManagedObjectReference:
    return ManagedObjectReference(type_=MoTypesEnum.VIRTUALMACHINE, value=server.config["vm"])


def initiate(client: Client, server: Server, guest_path: str) -> str:
    """A fresh one-time GET URL (not timed): what every reference client downloads from."""
    body = InitiateFileTransferFromGuestRequestType(
        vm=_vm(server), auth=server.guest.to_auth(), guest_file_path=guest_path
    )
    info = client.call(initiate_from_guest, mo_id="guestOperationsFileManager", body=body)
    assert isinstance(info, FileTransferInformation)
    return resolve_transfer_url(info.url, server.config["server"])


def initiate_put(client: Client, server: Server, guest_path: str, size: int) -> str:
    """A fresh one-time PUT URL (not timed), for curl -T."""
    body = InitiateFileTransferToGuestRequestType(
        vm=_vm(server),
        auth=server.guest.to_auth(),
        guest_file_path=guest_path,
        file_attributes=GuestFileAttributes(),
        file_size=size,
        overwrite=True,
    )
    url = client.call(initiate_to_guest, mo_id="guestOperationsFileManager", body=body)
    assert isinstance(url, str)
    return resolve_transfer_url(url, server.config["server"])
