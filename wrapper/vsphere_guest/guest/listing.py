"""Guest directory listings: ListFilesInGuest followed page by page, entries typed from the
attribute subtypes (POSIX or Windows), and the recursive walk that tree transfers build on."""

from __future__ import annotations

import fnmatch
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from vim25_json.api.guest_file_manager import guest_file_manager_list_files_in_guest
from vim25_json.models import (
    GuestFileInfo,
    GuestListFileInfo,
    ListFilesInGuestRequestType,
)

from .. import faults
from ..guest_paths import guest_basename, guest_folder, guest_join, is_windows_path, unsafe_name
from ..types import FileAttributes, GuestCredentials, GuestFile, VmRef
from ..vcenter.effects import Flow, Sleep
from ..vcenter.inventory import vm_moref
from .busy import BUSY_FAULTS, busy_wait
from .context import FlowContext

PAGE_SIZE = 1000  # asked per ListFilesInGuest call; the guest may answer fewer


def guest_file(info: GuestFileInfo) -> GuestFile:
    """A listing entry from the wire model: POSIX permissions without the file-type bits
    (33188 = 0o100644 -> 0o644), Windows flags, times, a link's target."""
    attributes = FileAttributes.from_model(info.attributes)
    return GuestFile(
        info.path,
        str(info.type_),
        info.size,
        attributes.to_dict(),
        modified=attributes.modification_time,
        accessed=attributes.access_time,
        symlink_target=attributes.symlink_target,
        owner_id=attributes.owner_id,
        group_id=attributes.group_id,
        permissions=attributes.permissions,
        hidden=attributes.hidden,
        read_only=attributes.read_only,
        created=attributes.create_time,
    )


def list_page(
    core: FlowContext,
    vm: VmRef,
    guest_dir: str,
    credentials: GuestCredentials,
    index: int = 0,
    match_pattern: str | None = None,
) -> Flow[tuple[list[GuestFile], int | None]]:
    """One ListFilesInGuest page of a guest folder from `index` (a busy guest waited for):
    its entries and the index of the next page, None when nothing is left. `match_pattern`:
    the guest's own filter (a regular expression on names)."""
    file_manager = yield from core.session.guest_file_manager()
    body = ListFilesInGuestRequestType(
        vm=vm_moref(vm),
        auth=credentials.to_auth(),
        file_path=guest_dir,
        index=index,
        max_results=PAGE_SIZE,
    )
    if match_pattern is not None:
        body.match_pattern = match_pattern
    busy = 0
    while True:
        try:
            page = yield from core.session.call(
                guest_file_manager_list_files_in_guest, mo_id=file_manager.value, body=body
            )
            break
        except BUSY_FAULTS as exc:
            busy += 1
            wait = yield from busy_wait(core, vm, guest_dir, exc, busy)
            if wait is None:
                raise
            yield Sleep(wait)
    if not isinstance(page, GuestListFileInfo):
        return [], None
    batch = page.files if isinstance(page.files, list) else []
    files = [guest_file(f) for f in batch if f.path not in (".", "..")]
    return files, (None if page.remaining <= 0 or not batch else index + len(batch))


def list_pages(
    core: FlowContext,
    vm: VmRef,
    guest_dir: str,
    credentials: GuestCredentials,
    match_pattern: str | None = None,
) -> Flow[list[GuestFile]]:
    """Every entry of a guest folder, following `index`/`remaining` until nothing is left; a
    busy guest is waited for, per page. `match_pattern`: the guest's own filter (a regular
    expression on names)."""
    files: list[GuestFile] = []
    index: int | None = 0
    while index is not None:
        page, index = yield from list_page(core, vm, guest_dir, credentials, index, match_pattern)
        files += page
    return files


def existing_entry(
    core: FlowContext, vm: VmRef, guest_path: str, credentials: GuestCredentials
) -> Flow[GuestFile | None]:
    """The entry at `guest_path`, with one ListFilesInGuest of its folder filtered to its name
    (a guest lists folders, not files); None when it is not there, or when its folder cannot be
    listed (missing, not a folder, listing denied: the operation that follows says why)."""
    name, folder = guest_basename(guest_path), guest_folder(guest_path)
    if not folder:
        return None
    windows = is_windows_path(guest_path)
    pattern = ("(?i)" if windows else "") + "^" + re.escape(name) + "$"
    try:
        entries = yield from list_pages(core, vm, folder, credentials, pattern)
    except (faults.FileFault, faults.GuestPermissionDenied, faults.NoPermission):
        return None
    fold = str.casefold if windows else str  # a Windows guest's names ignore case
    return next((e for e in entries if fold(e.path) == fold(name)), None)


def matches(pattern: str | None, name: str) -> bool:
    """A glob (`*.log`, `app-?.txt`, `[ab]*`) on a name or relative path, case-sensitive."""
    return pattern is None or fnmatch.fnmatchcase(name, pattern)


@dataclass(frozen=True)
class TreeEntry:
    """One entry below a folder: its path relative to the folder (parts as the guest named
    them), its guest path and the entry itself."""

    parts: tuple[str, ...]
    guest_path: str
    entry: GuestFile

    @property
    def relative(self) -> str:
        """The parts joined with "/" (whatever the guest's separator)."""
        return "/".join(self.parts)


class PagedWalk:
    """walk() one listing page at a time (`next_page`), so that files can move while later
    pages are listed: only the folders still to enter are kept, never the entries."""

    def __init__(self, vm: VmRef, top: str, recursive: bool) -> None:
        self.vm = vm
        self.recursive = recursive
        self.windows = is_windows_path(top)
        self.queue: deque[tuple[tuple[str, ...], str]] = deque([((), top)])
        self.index: int | None = None  # of the next page of queue[0], None before its first

    def next_page(
        self, core: FlowContext, credentials: GuestCredentials
    ) -> Flow[list[TreeEntry] | None]:
        """The entries of the next page (never empty), None once every folder is listed."""
        while self.queue:
            parts, folder = self.queue[0]
            page, self.index = yield from list_page(
                core, self.vm, folder, credentials, self.index or 0
            )
            if self.index is None:
                self.queue.popleft()
            found: list[TreeEntry] = []
            for entry in page:
                child = (*parts, entry.path)
                guest_path = guest_join(folder, entry.path, self.windows)
                found.append(TreeEntry(child, guest_path, entry))
                enter = self.recursive and entry.type == "directory"
                if enter and unsafe_name(entry.path) is None:
                    self.queue.append((child, guest_path))
            if found:
                return found
        return None


def walk(
    core: FlowContext, vm: VmRef, top: str, credentials: GuestCredentials, recursive: bool
) -> Flow[list[TreeEntry]]:
    """Every entry under `top`, folders first-listed then entered (breadth first); links are
    listed, never followed; a folder with an unsafe name is listed, never entered."""
    paged = PagedWalk(vm, top, recursive)
    found: list[TreeEntry] = []
    while (page := (yield from paged.next_page(core, credentials))) is not None:
        found += page
    return found


def iter_files(walked: list[TreeEntry]) -> Iterator[TreeEntry]:
    return (w for w in walked if w.entry.type != "directory")
