"""The simulated vCenter's guest operations: GuestOperationsManager and GuestFileManager
(transfers, listings, folders and files) over the VMs' guest file systems."""

from __future__ import annotations

import fnmatch
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

from ._answers import VOID, iso, moref
from ._model import SimFault, Ticket, Vm, World


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
        return vm

    def _attributes(self, vm: Vm, path: Path) -> dict[str, Any]:
        st = path.lstat()
        common = {"modificationTime": iso(st.st_mtime), "accessTime": iso(st.st_atime)}
        if stat.S_ISLNK(st.st_mode):
            common["symlinkTarget"] = os.readlink(path)
        if vm.windows:
            return {
                "_typeName": "GuestWindowsFileAttributes",
                **common,
                "hidden": False,
                "readOnly": not os.access(path, os.W_OK),
                "createTime": iso(st.st_ctime),
            }
        return {
            "_typeName": "GuestPosixFileAttributes",
            **common,
            "ownerId": st.st_uid,
            "groupId": st.st_gid,
            "permissions": stat.S_IMODE(st.st_mode),
        }

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
        return {
            "_typeName": "FileTransferInformation",
            "attributes": self._attributes(vm, path),
            "size": path.stat().st_size,
            "url": self._url(vm, ticket),
        }

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
        pattern = body.get("matchPattern") or "*"
        names = sorted(n for n in os.listdir(path) if fnmatch.fnmatch(n, pattern))
        index = int(body.get("index") or 0)
        limit = int(body.get("maxResults") or 50)
        page = names[index : index + limit]
        files = []
        for name in page:
            child = path / name
            kind = "symlink" if child.is_symlink() else "directory" if child.is_dir() else "file"
            files.append(
                {
                    "_typeName": "GuestFileInfo",
                    "path": name,
                    "type": kind,
                    "size": child.lstat().st_size,
                    "attributes": self._attributes(vm, child),
                }
            )
        result: dict[str, Any] = {
            "_typeName": "GuestListFileInfo",
            "remaining": max(0, len(names) - index - len(page)),
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
        base = body.get("directoryPath") or ("C:\\Windows\\Temp" if vm.windows else "/tmp")
        parent = vm.local_path(base)
        parent.mkdir(parents=True, exist_ok=True)
        made = Path(
            tempfile.mkdtemp(
                prefix=body.get("prefix", ""), suffix=body.get("suffix", ""), dir=parent
            )
        )
        sep = "\\" if vm.windows else "/"
        return base.rstrip(sep) + sep + made.name

    # Minimal handlers govc needs (guest.mktemp, guest.mv of a directory); outside the spec
    # subset, answered as the official document describes them.

    def op_GuestFileManager_CreateTemporaryFileInGuest(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        vm = self._guest(body)
        base = body.get("directoryPath") or ("C:\\Windows\\Temp" if vm.windows else "/tmp")
        parent = vm.local_path(base)
        if not parent.is_dir():
            raise SimFault("FileNotFound", f"{base} was not found", file=base)
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
        if not src.is_dir():
            raise SimFault("NotADirectory", f"{src_path} is not a directory", file=src_path)
        if dst.exists():
            raise SimFault("FileAlreadyExists", f"{dst_path} already exists", file=dst_path)
        if not dst.parent.is_dir():
            raise SimFault("FileNotFound", f"parent of {dst_path} was not found", file=dst_path)
        os.rename(src, dst)
        return VOID
