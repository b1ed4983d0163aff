"""The simulated vCenter's guest operations: GuestOperationsManager and GuestFileManager
(transfers, listings, folders and files) over the VMs' guest file systems."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from ._answers import VOID, iso, moref
from ._entities import Vm
from ._faults import SimFault
from ._guest_attributes import apply_attributes, checked_attributes, file_attributes
from ._model import Ticket, World


class GuestOperations:
    """Operation methods `op_<MoType>_<name>` of the guest operations managed objects."""

    world: World

    def op_GuestOperationsManager_fileManager(self, moid: str, body: Any, session: Any) -> Any:
        return moref("GuestFileManager", "guestOperationsFileManager")

    def _guest(self, body: Any) -> Vm:
        vm = self.world.vm(str(body.get("vm", {}).get("value")))
        if vm.power_state != "poweredOn":
            raise SimFault(
                "InvalidPowerState",
                "The attempted operation cannot be performed in the current state "
                f"({vm.power_state}).",
                requestedState="poweredOn",
                existingState=vm.power_state,
            )
        if not vm.tools_running:
            raise SimFault(
                "GuestOperationsUnavailable", "The guest operations agent could not be contacted."
            )
        auth = body.get("auth") or {}
        if auth.get("_typeName") != "NamePasswordAuthentication" or vm.guest_users.get(
            str(auth.get("username"))
        ) != auth.get("password"):
            raise SimFault(
                "InvalidGuestLogin",
                "Failed to authenticate with the guest operating system "
                "using the supplied credentials.",
            )
        self._occupy(vm)
        return vm

    def _occupy(self, vm: Vm) -> None:
        """One guest operation's stay inside the guest: `guest_latency` seconds, counted against
        the VM's limit of concurrent guest operations."""
        world = self.world
        with world.lock:
            if (
                world.guest_ops_limit is not None
                and vm.guest_ops_in_flight >= world.guest_ops_limit
            ):
                world.guest_ops_refused += 1
                raise SimFault(
                    "TooManyGuestLogons",
                    "Too many guest operations are running in the virtual machine.",
                )
            vm.guest_ops_in_flight += 1
            peak = world.guest_ops_peak.get(vm.moid, 0)
            world.guest_ops_peak[vm.moid] = max(peak, vm.guest_ops_in_flight)
        try:
            if world.guest_latency:
                time.sleep(world.guest_latency)
        finally:
            with world.lock:
                vm.guest_ops_in_flight -= 1

    def _url(self, vm: Vm, ticket: Ticket) -> str:
        token = self.world.issue(ticket)
        endpoint = vm.host.endpoint
        with self.world.lock:
            if self.world.wrong_cert > 0 and self.world.impostor_endpoint:
                self.world.wrong_cert -= 1
                endpoint = self.world.impostor_endpoint
        return self.world.transfer_url(vm.host, endpoint, token)

    def op_GuestFileManager_InitiateFileTransferFromGuest(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        vm = self._guest(body)
        guest_path = str(body.get("guestFilePath"))
        path = vm.local_path(guest_path)
        if not path.exists() and not path.is_symlink():
            raise SimFault("FileNotFound", f"File {guest_path} was not found", file=guest_path)
        if path.is_dir() or path.is_symlink():
            raise SimFault("NotAFile", f"{guest_path} is not a file", file=guest_path)
        ticket = Ticket(vm, path, guest_path, "GET", time.monotonic() + self.world.url_lifetime)
        answer = {
            "_typeName": "FileTransferInformation",
            "attributes": file_attributes(vm, path),
            "size": path.stat().st_size,
            "url": self._url(vm, ticket),
        }
        if self.world.after_initiate is not None:
            self.world.after_initiate(vm, guest_path)
        return answer

    def op_GuestFileManager_InitiateFileTransferToGuest(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        vm = self._guest(body)
        guest_path = str(body.get("guestFilePath"))
        path = vm.local_path(guest_path)
        if not path.parent.is_dir():
            raise SimFault(
                "FileNotFound", f"Directory of {guest_path} was not found", file=guest_path
            )
        if path.is_dir():
            raise SimFault("NotAFile", f"{guest_path} is a directory", file=guest_path)
        overwrite = bool(body.get("overwrite"))
        if path.exists() and not overwrite:
            raise SimFault("FileAlreadyExists", f"{guest_path} already exists", file=guest_path)
        size = int(body.get("fileSize", 0))
        ticket = Ticket(
            vm,
            path,
            guest_path,
            "PUT",
            time.monotonic() + self.world.url_lifetime,
            size=size,
            overwrite=overwrite,
            attributes=checked_attributes(vm, body.get("fileAttributes") or {}),
        )
        return self._url(vm, ticket)

    def op_GuestFileManager_ListFilesInGuest(self, moid: str, body: Any, session: Any) -> Any:
        vm = self._guest(body)
        guest_path = str(body.get("filePath"))
        path = vm.local_path(guest_path)
        if not path.exists():
            raise SimFault("FileNotFound", f"{guest_path} was not found", file=guest_path)
        if not path.is_dir():
            raise SimFault("NotADirectory", f"{guest_path} is not a directory", file=guest_path)
        # A Perl-compatible regular expression on the name; '.*' when not given. DOTALL: a real
        # guest lists a name holding a newline ("a\nb.txt") under '.*' too.
        try:
            pattern = re.compile(body.get("matchPattern") or ".*", re.DOTALL)
        except re.error as exc:
            raise SimFault(
                "InvalidArgument", f"bad matchPattern: {exc}", invalidProperty="matchPattern"
            ) from None
        entries: list[tuple[str, dict[str, Any] | None]] = [(n, None) for n in os.listdir(path)]
        entries += [(e["path"], e) for e in vm.listing_extras.get(str(path), [])]
        entries = sorted((e for e in entries if pattern.fullmatch(e[0])), key=lambda e: e[0])
        index = int(body.get("index") or 0)
        limit = int(body.get("maxResults") or 50)
        if self.world.max_results_cap is not None:
            limit = min(limit, self.world.max_results_cap)
        page = entries[index : index + limit]
        files = []
        for name, extra in page:
            if extra is not None:
                now = time.time()
                files.append(
                    {
                        "_typeName": "GuestFileInfo",
                        **extra,
                        "attributes": {
                            "_typeName": "GuestWindowsFileAttributes"
                            if vm.windows
                            else "GuestPosixFileAttributes",
                            "modificationTime": iso(now),
                            "accessTime": iso(now),
                        },
                    }
                )
                continue
            child = path / name
            kind = "symlink" if child.is_symlink() else "directory" if child.is_dir() else "file"
            files.append(
                {
                    "_typeName": "GuestFileInfo",
                    "path": name,
                    "type": kind,
                    "size": child.lstat().st_size,
                    "attributes": file_attributes(vm, child),
                }
            )
        result: dict[str, Any] = {
            "_typeName": "GuestListFileInfo",
            "remaining": max(0, len(entries) - index - len(page)),
        }
        if files:
            result["files"] = files
        return result

    def op_GuestFileManager_MakeDirectoryInGuest(self, moid: str, body: Any, session: Any) -> Any:
        vm = self._guest(body)
        guest_path = str(body.get("directoryPath"))
        path = vm.local_path(guest_path)
        if path.exists():
            raise SimFault("FileAlreadyExists", f"{guest_path} already exists", file=guest_path)
        if not body.get("createParentDirectories") and not path.parent.is_dir():
            raise SimFault("FileNotFound", f"parent of {guest_path} was not found", file=guest_path)
        path.mkdir(parents=True)
        return VOID

    def op_GuestFileManager_DeleteFileInGuest(self, moid: str, body: Any, session: Any) -> Any:
        vm = self._guest(body)
        guest_path = str(body.get("filePath"))
        path = vm.local_path(guest_path)
        if path.is_dir():
            raise SimFault("NotAFile", f"{guest_path} is a directory", file=guest_path)
        if not path.exists() and not path.is_symlink():
            raise SimFault("FileNotFound", f"{guest_path} was not found", file=guest_path)
        path.unlink()
        return VOID

    def op_GuestFileManager_MoveFileInGuest(self, moid: str, body: Any, session: Any) -> Any:
        vm = self._guest(body)
        src_path, dst_path = str(body.get("srcFilePath")), str(body.get("dstFilePath"))
        src, dst = vm.local_path(src_path), vm.local_path(dst_path)
        if not src.exists():
            raise SimFault("FileNotFound", f"{src_path} was not found", file=src_path)
        if src.is_dir():
            raise SimFault("NotAFile", f"{src_path} is a directory", file=src_path)
        if dst.exists() and not body.get("overwrite"):
            raise SimFault("FileAlreadyExists", f"{dst_path} already exists", file=dst_path)
        os.replace(src, dst)
        vm.moved(src, dst)  # what a plain folder cannot hold moves with the file
        return VOID

    def op_GuestFileManager_DeleteDirectoryInGuest(self, moid: str, body: Any, session: Any) -> Any:
        vm = self._guest(body)
        guest_path = str(body.get("directoryPath"))
        path = vm.local_path(guest_path)
        if not path.exists():
            raise SimFault("FileNotFound", f"{guest_path} was not found", file=guest_path)
        if not path.is_dir():
            raise SimFault("NotADirectory", f"{guest_path} is not a directory", file=guest_path)
        if any(path.iterdir()) and not body.get("recursive"):
            raise SimFault("DirectoryNotEmpty", f"{guest_path} is not empty", file=guest_path)
        shutil.rmtree(path)
        return VOID

    def op_GuestFileManager_CreateTemporaryDirectoryInGuest(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        vm = self._guest(body)
        base, parent = _temp_folder(vm, body)
        made = Path(
            tempfile.mkdtemp(
                prefix=body.get("prefix", ""), suffix=body.get("suffix", ""), dir=parent
            )
        )
        sep = "\\" if vm.windows else "/"
        return base.rstrip(sep) + sep + made.name

    def op_GuestFileManager_CreateTemporaryFileInGuest(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        vm = self._guest(body)
        base, parent = _temp_folder(vm, body)
        fd, made = tempfile.mkstemp(
            prefix=body.get("prefix", ""), suffix=body.get("suffix", ""), dir=parent
        )
        os.close(fd)
        sep = "\\" if vm.windows else "/"
        return base.rstrip(sep) + sep + Path(made).name

    def op_GuestFileManager_MoveDirectoryInGuest(self, moid: str, body: Any, session: Any) -> Any:
        vm = self._guest(body)
        src_path, dst_path = str(body.get("srcDirectoryPath")), str(body.get("dstDirectoryPath"))
        src, dst = vm.local_path(src_path), vm.local_path(dst_path)
        if not src.exists():
            raise SimFault("FileNotFound", f"{src_path} was not found", file=src_path)
        if not src.is_dir() or src.is_symlink():
            raise SimFault("NotADirectory", f"{src_path} is not a directory", file=src_path)
        if os.path.lexists(dst):
            raise SimFault("FileAlreadyExists", f"{dst_path} already exists", file=dst_path)
        if not dst.parent.is_dir():
            raise SimFault("FileNotFound", f"parent of {dst_path} was not found", file=dst_path)
        os.rename(src, dst)
        return VOID

    def op_GuestFileManager_ChangeFileAttributesInGuest(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        vm = self._guest(body)
        guest_path = str(body.get("guestFilePath"))
        path = vm.local_path(guest_path)
        if not os.path.lexists(path):
            raise SimFault("FileNotFound", f"{guest_path} was not found", file=guest_path)
        apply_attributes(vm, path, body.get("fileAttributes") or {})
        return VOID


def _temp_folder(vm: Vm, body: Any) -> tuple[str, Path]:
    """Where CreateTemporaryFileInGuest and CreateTemporaryDirectoryInGuest make their file or
    folder: `directoryPath`, or the guest's temporary folder; FileNotFound when it is missing
    (both operations fail so on a real guest; neither makes the folder)."""
    base = str(body.get("directoryPath") or ("C:\\Windows\\Temp" if vm.windows else "/tmp"))
    parent = vm.local_path(base)
    if not parent.is_dir():
        raise SimFault("FileNotFound", f"{base} was not found", file=base)
    return base, parent
