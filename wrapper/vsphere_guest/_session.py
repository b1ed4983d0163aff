"""Session state and the API call flow: release negotiation, login, the session id (held only
here), re-login on NotAuthenticated, fault decoding. Shared by Client and AsyncClient.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import httpx
from vim25_json import Client as GeneratedClient
from vim25_json.api.guest_operations_manager import guest_operations_manager_get_file_manager
from vim25_json.api.service_instance import service_instance_get_content
from vim25_json.api.session_manager import session_manager_login, session_manager_logout
from vim25_json.models import LoginRequestType, ManagedObjectReference, ServiceContent
from vim25_json.type_table import RELEASE, RELEASES
from vim25_json.vmodl import DecodeError

from . import faults
from ._effects import ApiCall, Flow
from ._urls import ServerAddress
from .errors import InvalidAnswer, ServerError, VsphereGuestError

logger = logging.getLogger("vsphere_guest")

SESSION_HEADER = "vmware-api-session-id"
SERVICE_INSTANCE = "ServiceInstance"
T_co = TypeVar("T_co", covariant=True)
# Only used for the generated parsers' raise_on_unexpected_status flag.
_PARSER_CLIENT = GeneratedClient(base_url="https://unused.invalid")


class Operation(Protocol[T_co]):
    """A generated operation module, e.g. vim25_json.api.search_index.search_index_find_by_uuid."""

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def _parse_response(self, *, client: Any, response: httpx.Response) -> T_co: ...


def release_key(release: str) -> tuple[int, ...]:
    return tuple(int(p) for p in release.split(".") if p.isdigit())


@dataclass
class Login:
    username: str
    password: str

    def __repr__(self) -> str:
        return f"Login(username={self.username!r}, password=***)"


class Session:
    """What one client knows about its vCenter: release, ServiceContent, session id, caches."""

    def __init__(self, address: ServerAddress, login: Login, release: str | None) -> None:
        self.address = address
        self._login = login
        self._explicit_release = release
        self.release: str = release or RELEASE
        self.content: ServiceContent | None = None
        self._session_id: str | None = None
        self.file_manager: ManagedObjectReference | None = None

    @property
    def logged_in(self) -> bool:
        return self._session_id is not None

    def api_call(
        self, method: str, path: str, json: Any = None, *, release: str | None = None
    ) -> ApiCall:
        headers = {SESSION_HEADER: self._session_id} if self._session_id else {}
        return ApiCall(method.upper(), f"/sdk/vim25/{release or self.release}{path}", json, headers)

    def request(
        self, operation: Operation[Any], *, release: str | None = None, **kwargs: Any
    ) -> ApiCall:
        """The ApiCall for an operation. The generated request dict (its JSON body may hold a
        password) lives only in this frame, so no traceback with locals shows it."""
        made = operation._get_kwargs(**kwargs)
        return self.api_call(made["method"], made["url"], made.get("json"), release=release)

    # --- flows -------------------------------------------------------------------------------

    def service_content(self) -> Flow[ServiceContent]:
        """ServiceInstance content (anonymous); negotiates the release on first use."""
        if self.content is not None:
            return self.content
        candidates = [self._explicit_release] if self._explicit_release else list(RELEASES)
        for release in candidates:
            response = yield self.request(
                service_instance_get_content, release=release, mo_id=SERVICE_INSTANCE
            )
            if response.status_code == 404 and not self._explicit_release:
                logger.info("server does not serve release %s; trying an older one", release)
                continue
            _raise_for_error(response)
            content = parse(service_instance_get_content, response)
            if content is None:
                raise InvalidAnswer(response.status_code, "ServiceInstance content is empty")
            self.release = self._explicit_release or _best_release(release, content)
            self.content = content
            logger.debug(
                "speaking release %s (server apiVersion %s)",
                self.release,
                content.about.api_version,
            )
            return content
        raise ServerError(
            404,
            f"the server serves none of the VI JSON API releases {', '.join(candidates)} "
            "(the JSON API needs vCenter 8.0.1 or later)",
        )

    def login(self) -> Flow[None]:
        content = yield from self.service_content()
        manager = require_moref(content.session_manager, "sessionManager")
        body = LoginRequestType(user_name=self._login.username, password=self._login.password)
        self._session_id = None
        response = yield self.request(session_manager_login, mo_id=manager.value, body=body)
        _raise_for_error(response)
        session_id = response.headers.get(SESSION_HEADER)
        if not session_id:
            raise ServerError(
                response.status_code, f"Login answered without a {SESSION_HEADER} header"
            )
        self._session_id = session_id
        logger.info("logged in to %s as %s", self.address.netloc, self._login.username)

    def logout(self) -> Flow[None]:
        if self._session_id is None or self.content is None:
            return
        manager = require_moref(self.content.session_manager, "sessionManager")
        try:
            response = yield self.request(session_manager_logout, mo_id=manager.value)
            if response.status_code >= 400:
                logger.debug("logout answered HTTP %s (ignored)", response.status_code)
        finally:
            self._session_id = None

    def ready(self) -> Flow[ServiceContent]:
        content = yield from self.service_content()
        if self._session_id is None:
            yield from self.login()
        return content

    def send(self, operation: Operation[Any], **kwargs: Any) -> Flow[httpx.Response]:
        """Call an operation; on NotAuthenticated log in again once and retry. Faults raise."""
        yield from self.ready()
        if isinstance(kwargs.get("mo_id"), ManagedObjectReference):
            kwargs["mo_id"] = kwargs["mo_id"].value  # a VmRef or any moref names its object
        for attempt in (1, 2):
            response: httpx.Response = yield self.request(operation, **kwargs)
            if response.status_code < 300:
                return response
            error = error_from_response(response)
            if attempt == 1 and isinstance(error, faults.fault_class("NotAuthenticated")):
                logger.info("session expired or was revoked: logging in again")
                yield from self.login()
                continue
            raise error
        raise AssertionError("unreachable")

    def call(self, operation: Operation[T_co], **kwargs: Any) -> Flow[T_co]:
        """The parsed result of an operation (None for 204 or an empty body)."""
        response = yield from self.send(operation, **kwargs)
        if response.status_code == 204 or not response.content.strip():
            return None  # type: ignore[return-value]
        return parse(operation, response)

    def guest_file_manager(self) -> Flow[ManagedObjectReference]:
        if self.file_manager is None:
            content = yield from self.ready()
            gom = require_moref(content.guest_operations_manager, "guestOperationsManager")
            result = yield from self.call(
                guest_operations_manager_get_file_manager, mo_id=gom.value
            )
            if not isinstance(result, ManagedObjectReference):
                raise VsphereGuestError("this server offers no guest file manager")
            self.file_manager = result
        return self.file_manager


def parse(operation: Operation[T_co], response: httpx.Response) -> T_co:
    """An answer decoded by its operation's declared type; a body that does not fit is an
    InvalidAnswer naming the type, the field path and what arrived."""
    try:
        return operation._parse_response(client=_PARSER_CLIENT, response=response)
    except DecodeError as exc:
        raise InvalidAnswer(response.status_code, str(exc)) from exc


def _best_release(asked: str, content: ServiceContent) -> str:
    """The newest release both sides know, no newer than the server's apiVersion."""
    server = release_key(str(content.about.api_version))
    usable = [
        r for r in RELEASES if release_key(r) <= server and release_key(r) <= release_key(asked)
    ]
    return usable[0] if usable else asked


def require_moref(value: object, what: str) -> ManagedObjectReference:
    """A ServiceContent manager reference, or a clear error if the server did not send it."""
    if not isinstance(value, ManagedObjectReference):
        raise VsphereGuestError(f"ServiceContent has no {what}")
    return value


def error_from_response(response: httpx.Response) -> VsphereGuestError:
    """The exception for an error answer: a decoded fault, else a ServerError."""
    return faults.from_json(response.content, status=response.status_code)


def _raise_for_error(response: httpx.Response) -> None:
    if response.status_code >= 300:
        raise error_from_response(response)
