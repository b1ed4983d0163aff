"""Small public data types: VM references, guest credentials, transfer results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

Progress = Callable[[int, int], None]
"""Called as progress(bytes_done, bytes_total) while a transfer runs."""


@attrs.frozen
class VmRef:
    """A virtual machine: its managed object id (e.g. `vm-42`) and, when known, its name."""

    moid: str
    name: str | None = None


@attrs.frozen
class GuestCredentials:
    """Guest OS login (NamePasswordAuthentication). The password never appears in repr."""

    username: str
    password: str = attrs.field(repr=False)
    interactive_session: bool = False

    def to_wire(self) -> dict[str, Any]:
        return {
            "_typeName": "NamePasswordAuthentication",
            "interactiveSession": self.interactive_session,
            "username": self.username,
            "password": self.password,
        }


@attrs.frozen
class GuestFile:
    """One entry of a guest directory listing."""

    path: str
    type: str
    size: int
    attributes: dict[str, Any]


@attrs.frozen
class DownloadResult:
    """What download() wrote: the local path (None for a file object), the byte count and the
    guest file's attributes as vCenter reported them (`_typeName` says Posix or Windows)."""

    path: Path | None
    size: int
    attributes: dict[str, Any]


@attrs.frozen
class UploadResult:
    """What upload() sent: the guest path and the byte count."""

    guest_path: str
    size: int
