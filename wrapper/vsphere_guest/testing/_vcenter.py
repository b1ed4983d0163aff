"""The simulated vCenter: the VI JSON API operations of the spec subset over the World.

Requests are `POST|GET /sdk/vim25/{release}/{MoType}/{moId}/{name}`; answers follow the official
document (checked by the conformance validator in tests): faults are HTTP 500 with `_typeName`.
"""

from __future__ import annotations

import errno
import json
import os
import re
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import unquote

from ._answers import VOID, iso, moref
from ._faults import SimFault
from ._guest_operations import GuestOperations
from ._inventory import Inventory
from ._model import World
from ._property_collector import PropertyCollector
from ._requests import invalid_request, request_rules

SESSION_HEADER = "vmware-api-session-id"
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
# The spec lets RetrievePropertiesEx be called without a session (not Continue/Cancel...).
ANONYMOUS_RETRIEVE = ("PropertyCollector", "RetrievePropertiesEx")


def _release_key(release: str) -> tuple[int, ...]:
    return tuple(int(p) for p in release.split(".") if p.isdigit())


class VCenter(Inventory, PropertyCollector, GuestOperations):
    """Dispatches API requests to operation methods named `op_<MoType>_<name>`: ServiceInstance
    and SessionManager here, SearchIndex/views in Inventory, the PropertyCollector in
    PropertyCollector, guest file operations in GuestOperations."""

    any_method = True  # the listener hands it every HTTP method; it answers 405 itself

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
        allowed = request_rules().methods(template)
        if allowed and method not in allowed:  # e.g. PUT, or GET for a method the spec POSTs
            allow = {"Allow": ", ".join(m.upper() for m in allowed)}
            return _send(req, 405, b"", "text/plain", allow)
        delay = self.world.api_delays.get(name)
        if delay:
            time.sleep(delay)
        sid = req.headers.get(SESSION_HEADER)
        session = self.world.session(sid)
        try:
            # vCenter checks the session first, then reads the body against the method's
            # parameters (request_rules), and only then runs the method.
            anonymous_ok = (mo_type, name) in ANONYMOUS or (
                not sid and (mo_type, name) == ANONYMOUS_RETRIEVE  # it sees nothing
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
            try:
                body = json.loads(raw) if raw.strip() else None
            except ValueError:
                raise invalid_request("malformed JSON body") from None
            if self.validator is not None and method == "post":
                self.validator(method, template, "request", 0, body)  # tests: the client's fault
            request_rules().check(method, template, body, present=bool(raw.strip()))
            injected = self.world.next_api_fault(name)
            if isinstance(injected, tuple):
                status, content_type, payload = injected
                return _send(req, status, payload, content_type)
            if injected is not None:
                raise injected
            try:
                result = handler(moid, body or {}, session)
            except OSError as exc:
                if mo_type not in GUEST_MANAGERS:
                    raise
                raise guest_os_fault(exc) from exc
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
        trickle = self.world.api_trickles.get(name, 0.0)
        return _send(req, 200, json.dumps(result).encode(), "application/json", headers, trickle)

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
        return iso(time.time())

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


def _send(
    req: BaseHTTPRequestHandler,
    status: int,
    payload: bytes,
    content_type: str,
    headers: dict[str, str] | None = None,
    trickle: float = 0.0,
) -> None:
    req.send_response(status)
    if payload or status != 204:
        req.send_header("Content-Type", content_type)
    req.send_header("Content-Length", str(len(payload)))
    for key, value in (headers or {}).items():
        req.send_header(key, value)
    req.end_headers()
    if payload and trickle:
        for i in range(len(payload)):
            req.wfile.write(payload[i : i + 1])
            req.wfile.flush()
            time.sleep(trickle)
    elif payload:
        req.wfile.write(payload)


def path_segment(raw: str) -> str:
    """A path segment as vCenter reads it: percent-decoded, except `%5B`/`%5D`, which stay as
    written (so a ContainerView id such as `session[...]` must arrive with literal brackets)."""
    return unquote(re.sub(r"%5[BbDd]", lambda m: "%25" + m.group(0)[1:], raw))


# What a guest's tools answer when the guest's file system refuses an operation (never the
# simulator's local paths: they are not the guest's).
_OS_FAULTS = {
    errno.ENOENT: ("FileNotFound", "a file or folder of the path was not found"),
    errno.ENOTDIR: ("NotADirectory", "a part of the path is not a folder"),
    errno.EEXIST: ("FileAlreadyExists", "the file or folder already exists"),
    errno.EISDIR: ("NotAFile", "the path is a folder"),
    errno.EACCES: ("GuestPermissionDenied", "permission denied in the guest"),
    errno.EPERM: ("GuestPermissionDenied", "permission denied in the guest"),
    errno.ENOTEMPTY: ("DirectoryNotEmpty", "the folder is not empty"),
}


def guest_os_fault(exc: OSError) -> SimFault:
    name, message = _OS_FAULTS.get(exc.errno or 0, ("SystemError", "the guest operation failed"))
    if name == "SystemError":
        return SimFault(name, message, reason=exc.strerror or type(exc).__name__)
    if name == "GuestPermissionDenied":
        return SimFault(name, message)
    return SimFault(name, message, file="")  # a FileFault: the guest path is not known here
