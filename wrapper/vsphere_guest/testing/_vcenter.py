"""The simulated vCenter: the VI JSON API operations of the spec subset over the World.

Requests are `POST|GET /sdk/vim25/{release}/{MoType}/{moId}/{name}`; answers follow the official
document (checked by the conformance validator in tests): faults are HTTP 500 with `_typeName`.
"""

from __future__ import annotations

import datetime
import fnmatch
import json
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ._model import SimFault, Ticket, Vm, World

SESSION_HEADER = "vmware-api-session-id"
VOID = object()  # what void methods return: answered 204 No Content (None is a null result)
Validator = Callable[[str, str, str, int, Any], None]
"""validator(http_method, path_template, kind 'request'|'response', status, body)."""

SERVICE_VERSIONS_PATH = "/sdk/vimServiceVersions.xml"
# SOAP-era releases a vCenter 8 also lists in vimServiceVersions.xml (no VI JSON API for them).
CLASSIC_RELEASES = (
    "8.0.0.2",
    "8.0.0.1",
    "8.0.0.0",
    "7.0.3.0",
    "7.0.2.0",
    "7.0.1.0",
    "7.0.0.0",
    "6.7.3",
    "6.7.2",
    "6.7.1",
    "6.7",
    "6.5",
    "6.0",
    "5.5",
)

GUEST_MANAGERS = {"GuestFileManager", "GuestProcessManager", "GuestOperationsManager"}

ANONYMOUS = {
    ("ServiceInstance", "content"),
    ("ServiceInstance", "RetrieveServiceContent"),
    ("SessionManager", "Login"),
    ("SessionManager", "currentSession"),
}


def moref(type_name: str, value: str) -> dict[str, str]:
    return {"_typeName": "ManagedObjectReference", "type": type_name, "value": value}


def box(type_name: str, value: Any) -> dict[str, Any]:
    return {"_typeName": type_name, "_value": value}


def _release_key(release: str) -> tuple[int, ...]:
    return tuple(int(p) for p in release.split(".") if p.isdigit())


def _iso(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts, datetime.UTC).isoformat().replace("+00:00", "Z")


class VCenter:
    """Dispatches API requests to operation methods named `op_<MoType>_<name>`."""

    def __init__(
        self,
        world: World,
        releases: tuple[str, ...],
        api_version: str,
        validator: Validator | None,
        unknown_release_status: int = 500,
        fault_style: str = "live",
    ) -> None:
        self.world = world
        self.fault_style = fault_style  # "live" (as vCenter sends them) or "spec"
        self.releases = releases
        self.api_version = api_version
        self.validator = validator
        # vCenter 8.0.3 answered a release it does not serve with HTTP 500 (not a JSON fault).
        self.unknown_release_status = unknown_release_status
        self.instance_uuid = "sim-" + os.urandom(4).hex()

    # --- HTTP plumbing ------------------------------------------------------------------------

    def handle(self, req: BaseHTTPRequestHandler) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        raw = req.rfile.read(length) if length else b""
        path = req.path.split("?", 1)[0]
        with self.world.lock:
            self.world.requests.append(f"{req.command} {path}")
        if path == SERVICE_VERSIONS_PATH and req.command == "GET":
            return self._service_versions(req)
        parts = [path_segment(p) for p in path.split("/")]
        # ['', 'sdk', 'vim25', release, MoType, moId, name]
        if len(parts) != 7 or parts[1:3] != ["sdk", "vim25"]:
            return _send(req, 404, b"Not Found", "text/plain")
        if parts[3] not in self.releases:
            return self._unknown_release(req, parts[3])
        _, _, _, _release, mo_type, moid, name = parts
        template = f"/{mo_type}/{{moId}}/{name}"
        self.world.calls.append(name)
        method = req.command.lower()
        handler = getattr(self, f"op_{mo_type}_{name}", None)
        if handler is None:
            return _send(req, 404, b"Not Found", "text/plain")
        delay = self.world.api_delays.get(name)
        if delay:
            time.sleep(delay)
        try:
            body = json.loads(raw) if raw.strip() else None
        except ValueError:
            return self._fault(
                req, method, template, SimFault("InvalidRequest", "malformed JSON body")
            )
        if self.validator is not None and method == "post":
            self.validator(method, template, "request", 0, body)
        sid = req.headers.get(SESSION_HEADER)
        session = self.world.session(sid)
        try:
            anonymous_ok = (mo_type, name) in ANONYMOUS or (
                not sid and mo_type == "PropertyCollector"
            )
            if session is None and not anonymous_ok:
                raise SimFault(
                    "NotAuthenticated",
                    "The session is not authenticated.",
                    object=moref("SessionManager", "SessionManager"),
                    privilegeId="System.View",
                )
            if session is not None and sid in self.world.guest_stale and mo_type in GUEST_MANAGERS:
                raise SimFault(
                    "NotAuthenticated",
                    "The session is not authenticated.",
                    object=moref(mo_type, moid),
                    privilegeId="",
                )
            injected = self.world.next_api_fault(name)
            if isinstance(injected, tuple):
                status, content_type, payload = injected
                return _send(req, status, payload, content_type)
            if injected is not None:
                raise injected
            result = handler(moid, body or {}, session)
        except SimFault as fault:
            return self._fault(req, method, template, fault)
        headers: dict[str, str] = {}
        if isinstance(result, tuple):
            result, headers = result
        if result is None or result is VOID:
            status = 204 if result is VOID else 200  # a null result is an empty 200 body
            if self.validator is not None:
                self.validator(method, template, "response", status, None)
            return _send(req, status, b"", "application/json", headers)
        if self.validator is not None:
            self.validator(method, template, "response", 200, result)
        return _send(req, 200, json.dumps(result).encode(), "application/json", headers)

    def service_versions_xml(self) -> bytes:
        """/sdk/vimServiceVersions.xml as vCenter serves it (govmomi's vcsim writes the same
        shape): the current release and the prior ones, SOAP-only releases included."""
        key = _release_key(self.api_version)
        prior = {r for r in (*self.releases, *CLASSIC_RELEASES) if _release_key(r) < key}
        prior.discard(self.api_version)
        lines = "\n".join(
            f"   <version>{r}</version>" for r in sorted(prior, key=_release_key, reverse=True)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" ?>\n'
            "<!--\n   Copyright (c) vsphere-guest simulator\n-->\n"
            '<namespaces version="1.0">\n'
            " <namespace>\n"
            "  <name>urn:vim25</name>\n"
            f"  <version>{self.api_version}</version>\n"
            f"  <priorVersions>\n{lines}\n  </priorVersions>\n"
            " </namespace>\n"
            " <namespace>\n  <name>urn:vim2</name>\n  <version>2.0</version>\n </namespace>\n"
            "</namespaces>\n"
        ).encode()

    def _service_versions(self, req: BaseHTTPRequestHandler) -> None:
        injected = self.world.next_api_fault("vimServiceVersions.xml")
        if isinstance(injected, tuple):
            status, content_type, payload = injected
            return _send(req, status, payload, content_type)
        return _send(req, 200, self.service_versions_xml(), "text/xml")

    def _unknown_release(self, req: BaseHTTPRequestHandler, release: str) -> None:
        if self.unknown_release_status == 404:
            return _send(req, 404, b"Not Found", "text/plain")
        body = (
            b"<html><head><title>500 Internal Server Error</title></head>"
            b"<body><h1>Internal Server Error</h1></body></html>"
        )
        return _send(req, self.unknown_release_status, body, "text/html")

    def _fault(
        self, req: BaseHTTPRequestHandler, method: str, template: str, fault: SimFault
    ) -> None:
        body = fault.body()  # the spec shape is what the validator checks
        if self.validator is not None:
            self.validator(method, template, "response", 500, body)
        wire = body if self.fault_style == "spec" else fault.wire_body()
        _send(req, 500, json.dumps(wire).encode(), "application/json")

    # --- ServiceInstance / SessionManager -----------------------------------------------------

    def content(self) -> dict[str, Any]:
        return {
            "_typeName": "ServiceContent",
            "rootFolder": moref("Folder", "group-d1"),
            "propertyCollector": moref("PropertyCollector", "propertyCollector"),
            "viewManager": moref("ViewManager", "ViewManager"),
            "about": {
                "_typeName": "AboutInfo",
                "name": "VMware vCenter Server (vsphere-guest simulator)",
                "fullName": f"VMware vCenter Server {self.api_version} (simulator)",
                "vendor": "vsphere-guest",
                "version": self.api_version[:5],
                "build": "0",
                "osType": "linux-x64",
                "productLineId": "vpx",
                "apiType": "VirtualCenter",
                "apiVersion": self.api_version,
                "instanceUuid": self.instance_uuid,
            },
            "sessionManager": moref("SessionManager", "SessionManager"),
            "searchIndex": moref("SearchIndex", "SearchIndex"),
            "guestOperationsManager": moref("GuestOperationsManager", "guestOperationsManager"),
        }

    def op_ServiceInstance_content(self, moid: str, body: Any, session: Any) -> Any:
        return self.content()

    def op_ServiceInstance_RetrieveServiceContent(self, moid: str, body: Any, session: Any) -> Any:
        return self.content()

    def op_ServiceInstance_CurrentTime(self, moid: str, body: Any, session: Any) -> Any:
        return _iso(time.time())

    def op_SessionManager_Login(self, moid: str, body: Any, session: Any) -> Any:
        sid, user_session = self.world.login(str(body.get("userName")), str(body.get("password")))
        return user_session, {SESSION_HEADER: sid}

    def op_SessionManager_Logout(self, moid: str, body: Any, session: Any) -> Any:
        with self.world.lock:
            for key, value in list(self.world.sessions.items()):
                if value is session:
                    self.world.logout(key)
        return VOID

    def op_SessionManager_currentSession(self, moid: str, body: Any, session: Any) -> Any:
        return session

    def op_SessionManager_SessionIsActive(self, moid: str, body: Any, session: Any) -> Any:
        return any(s["key"] == body.get("sessionID") for s in self.world.sessions.values())

    def op_GuestOperationsManager_fileManager(self, moid: str, body: Any, session: Any) -> Any:
        return moref("GuestFileManager", "guestOperationsFileManager")

    # --- SearchIndex / views --------------------------------------------------------------------

    def _vm_result(self, vm: Vm | None) -> Any:
        return moref("VirtualMachine", vm.moid) if vm else None

    def op_SearchIndex_FindByInventoryPath(self, moid: str, body: Any, session: Any) -> Any:
        path = str(body.get("inventoryPath", "")).strip("/")
        return self._vm_result(
            next((v for v in self.world.vms.values() if self.world.inventory_path(v) == path), None)
        )

    def op_SearchIndex_FindByUuid(self, moid: str, body: Any, session: Any) -> Any:
        wanted = str(body.get("uuid", "")).lower().replace("-", "")
        instance = bool(body.get("instanceUuid"))
        for vm in self.world.vms.values():
            have = vm.instance_uuid if instance else vm.bios_uuid
            if have.replace("-", "") == wanted:
                return self._vm_result(vm)
        return None

    def op_SearchIndex_FindByDnsName(self, moid: str, body: Any, session: Any) -> Any:
        name = str(body.get("dnsName", "")).lower()
        return self._vm_result(
            next(
                (
                    v
                    for v in self.world.vms.values()
                    if (v.dns_name or "").lower() == name and v.tools_running
                ),
                None,
            )
        )

    def op_SearchIndex_FindByIp(self, moid: str, body: Any, session: Any) -> Any:
        ip = str(body.get("ip", ""))
        return self._vm_result(
            next((v for v in self.world.vms.values() if v.ip == ip and v.tools_running), None)
        )

    def op_SearchIndex_FindChild(self, moid: str, body: Any, session: Any) -> Any:
        name = body.get("name")
        folder = body.get("entity", {}).get("value", "")
        return self._vm_result(
            next(
                (
                    v
                    for v in self.world.vms.values()
                    if v.name == name and f"group-v-{v.folder}" == folder
                ),
                None,
            )
        )

    def op_ViewManager_CreateContainerView(self, moid: str, body: Any, session: Any) -> Any:
        types = body.get("type") or ["VirtualMachine"]
        view_id = f"session[{self.instance_uuid}]{self.world.next_id()}"
        members = list(self.world.vms) if "VirtualMachine" in types else []
        with self.world.lock:
            self.world.views[view_id] = members
        return moref("ContainerView", view_id)

    def op_ContainerView_DestroyView(self, moid: str, body: Any, session: Any) -> Any:
        with self.world.lock:
            self.world.views.pop(moid, None)
        return VOID

    # --- PropertyCollector ------------------------------------------------------------------------

    def _property(self, obj: dict[str, str], path: str) -> Any:
        kind, value = obj["type"], obj["value"]
        if kind == "VirtualMachine":
            vm = self.world.vm(value)
            values: dict[str, Any] = {
                "name": box("string", vm.name),
                "runtime.host": moref("HostSystem", vm.host.moid),
                "runtime.powerState": box("VirtualMachinePowerState", vm.power_state),
                "config.instanceUuid": box("string", vm.instance_uuid),
                "config.uuid": box("string", vm.bios_uuid),
                "guest.ipAddress": box("string", vm.ip) if vm.ip else None,
                "guest.hostName": box("string", vm.dns_name) if vm.dns_name else None,
            }
        elif kind == "HostSystem":
            host = self.world.hosts.get(value)
            if host is None:
                raise SimFault("ManagedObjectNotFound", f"no host {value}", obj=obj)
            signed = [b - 256 if b > 127 else b for b in host.cert_pem]
            values = {
                "name": box("string", host.name),
                "config.certificate": box("ArrayOfByte", signed) if host.cert_pem else None,
            }
        elif kind == "ContainerView":
            members = self.world.views.get(value)
            if members is None:
                raise SimFault("ManagedObjectNotFound", f"no view {value}", obj=obj)
            values = {
                "view": box(
                    "ArrayOfManagedObjectReference", [moref("VirtualMachine", m) for m in members]
                )
            }
        else:
            raise SimFault("InvalidType", f"type {kind} not simulated", argument=kind)
        if path not in values:
            raise SimFault("InvalidProperty", f"property {path} of {kind}", name=path)
        return values[path]

    def _traverse(self, obj: dict[str, str], path: str) -> list[dict[str, str]]:
        value = self._property(obj, path)
        if isinstance(value, dict) and value.get("_typeName") == "ManagedObjectReference":
            return [value]
        if isinstance(value, dict) and isinstance(value.get("_value"), list):
            return list(value["_value"])
        return []

    def _collect(
        self, obj: dict[str, str], skip: bool, selections: list[Any], out: list[dict[str, str]]
    ) -> None:
        if not skip and obj not in out:
            out.append(obj)
        for sel in selections or ():
            if sel.get("_typeName") != "TraversalSpec" or sel.get("type") != obj["type"]:
                continue
            for target in self._traverse(obj, sel["path"]):
                self._collect(target, bool(sel.get("skip")), sel.get("selectSet") or [], out)

    def op_PropertyCollector_RetrievePropertiesEx(self, moid: str, body: Any, session: Any) -> Any:
        if session is None:
            return None  # anonymous callers see nothing (the spec allows the call)
        objects: list[dict[str, Any]] = []
        for spec in body.get("specSet") or ():
            found: list[dict[str, str]] = []
            for obj_spec in spec.get("objectSet") or ():
                obj = {k: obj_spec["obj"][k] for k in ("type", "value")}
                self._property(obj, "view" if obj["type"] == "ContainerView" else "name")  # exists?
                self._collect(
                    obj, bool(obj_spec.get("skip")), obj_spec.get("selectSet") or [], found
                )
            for obj in found:
                props = []
                for prop_spec in spec.get("propSet") or ():
                    if prop_spec.get("type") != obj["type"]:
                        continue
                    for path in prop_spec.get("pathSet") or ():
                        val = self._property(obj, path)
                        if val is not None:
                            props.append({"_typeName": "DynamicProperty", "name": path, "val": val})
                objects.append(
                    {
                        "_typeName": "ObjectContent",
                        "obj": moref(obj["type"], obj["value"]),
                        "propSet": props,
                    }
                )
        if not objects:
            return None
        return {"_typeName": "RetrieveResult", "objects": objects}

    def op_PropertyCollector_ContinueRetrievePropertiesEx(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        raise SimFault("InvalidArgument", "unknown token", invalidProperty="token")

    def op_PropertyCollector_CancelRetrievePropertiesEx(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        return VOID

    # --- GuestFileManager -------------------------------------------------------------------------

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
        common = {"modificationTime": _iso(st.st_mtime), "accessTime": _iso(st.st_atime)}
        if stat.S_ISLNK(st.st_mode):
            common["symlinkTarget"] = os.readlink(path)
        if vm.windows:
            return {
                "_typeName": "GuestWindowsFileAttributes",
                **common,
                "hidden": False,
                "readOnly": not os.access(path, os.W_OK),
                "createTime": _iso(st.st_ctime),
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


def _send(
    req: BaseHTTPRequestHandler,
    status: int,
    payload: bytes,
    content_type: str,
    headers: dict[str, str] | None = None,
) -> None:
    req.send_response(status)
    if payload or status != 204:
        req.send_header("Content-Type", content_type)
    req.send_header("Content-Length", str(len(payload)))
    for key, value in (headers or {}).items():
        req.send_header(key, value)
    req.end_headers()
    if payload:
        req.wfile.write(payload)


def path_segment(raw: str) -> str:
    """A path segment as vCenter reads it: percent-decoded, except `%5B`/`%5D`, which stay as
    written (so a ContainerView id such as `session[...]` must arrive with literal brackets)."""
    return unquote(re.sub(r"%5[BbDd]", lambda m: "%25" + m.group(0)[1:], raw))
