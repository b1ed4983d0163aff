"""Session state and the API call flow: release negotiation (its rules: releases.py), login,
the session id (held only here), re-login on NotAuthenticated, fault decoding. Shared by Client
and AsyncClient.

Login is single-flight: every flow that needs a session (first use, or a NotAuthenticated
answer) yields an `Exclusive` effect, which the clients run under one lock per client. Inside the
lock the flow checks again: a call that failed with session generation N logs in only if the
session is still generation N; callers that waited on a login attempt that failed get its error
instead of trying again (no login storm with a wrong password).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol, TypeVar

from vim25_json.api.guest_operations_manager import guest_operations_manager_get_file_manager
from vim25_json.api.service_instance import service_instance_get_content
from vim25_json.api.session_manager import session_manager_login, session_manager_logout
from vim25_json.models import LoginRequestType, ManagedObjectReference, ServiceContent
from vim25_json.type_table import RELEASE, RELEASES
from vim25_json.vmodl import DecodeError

from .. import faults
from ..dataplane.urls import ServerAddress
from ..dataplane.vcenter_calls import Answer
from ..errors import InvalidAnswer, ServerError, VsphereGuestError, excerpt
from .effects import ApiCall, Exclusive, Flow
from .releases import SERVICE_VERSIONS_PATH, best_release, parse_service_versions, releases_to_try

logger = logging.getLogger("vsphere_guest")

SESSION_HEADER = "vmware-api-session-id"
SERVICE_INSTANCE = "ServiceInstance"
T_co = TypeVar("T_co", covariant=True)


class Operation(Protocol[T_co]):
    """A generated operation module, e.g. vim25_json.api.search_index.search_index_find_by_uuid:
    the request it makes (method, url relative to the release, json body) and its answer decoded
    by the type the spec declares for the status (None for a status the spec does not declare)."""

    def build_request(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def parse_answer(self, status: int, content: bytes) -> T_co: ...


def _release_not_served(status: int, error: VsphereGuestError) -> bool:
    """A probe answer meaning "not this release": 404, or a 5xx that is not a vSphere fault
    (vCenter 8.0.3 answered an unknown release with HTTP 500)."""
    return status == 404 or (500 <= status < 600 and not isinstance(error, faults.MethodFault))


class Auth(NamedTuple):
    """A session: which login it came from, and its id (never in a repr or a traceback)."""

    generation: int
    session_id: str

    def __repr__(self) -> str:
        return f"Auth(generation={self.generation}, session_id=***)"


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
        # (generation, session id): replaced as a whole, so a reader sees a consistent pair.
        self._auth: Auth | None = None
        self._generation = 0  # logins so far
        self._finished = 0  # session set-up attempts finished so far (see _single_flight)
        self._last_failure: Exception | None = None
        self.file_manager: ManagedObjectReference | None = None

    @property
    def logged_in(self) -> bool:
        return self._auth is not None

    @property
    def auth_generation(self) -> int:
        """Which login the current session id came from (0: not logged in)."""
        auth = self._auth
        return auth[0] if auth else 0

    def api_call(
        self,
        method: str,
        path: str,
        json: Any = None,
        *,
        release: str | None = None,
        auth: Auth | bool | None = True,
    ) -> ApiCall:
        """A call with the current session id (`auth=True`), a given one, or none (`None`)."""
        used = self._auth if auth is True else auth
        headers = {SESSION_HEADER: used[1]} if isinstance(used, tuple) else {}
        return ApiCall(method.upper(), f"/sdk/vim25/{release or self.release}{path}", json, headers)

    def request(
        self,
        operation: Operation[Any],
        *,
        release: str | None = None,
        auth: Auth | bool | None = True,
        **kwargs: Any,
    ) -> ApiCall:
        """The ApiCall for an operation. The generated request dict (its JSON body may hold a
        password) lives only in this frame, so no traceback with locals shows it."""
        if isinstance(kwargs.get("mo_id"), ManagedObjectReference):
            kwargs["mo_id"] = kwargs["mo_id"].value  # a VmRef or any moref names its object
        made = operation.build_request(**kwargs)
        return self.api_call(
            made["method"], made["url"], made.get("json"), release=release, auth=auth
        )

    # --- flows -------------------------------------------------------------------------------

    def service_content(self) -> Flow[ServiceContent]:
        """ServiceInstance content (anonymous); chooses the release on first use: the newest
        release both sides know from /sdk/vimServiceVersions.xml, else by probing (moving on
        after a 404 or a non-fault 5xx)."""
        if self.content is not None:
            return self.content
        if self._explicit_release:
            candidates = [self._explicit_release]
        else:
            candidates = yield from self._candidate_releases()
        last = ""
        for release in candidates:
            response = yield self.request(
                service_instance_get_content, release=release, mo_id=SERVICE_INSTANCE
            )
            if response.status_code >= 300:
                error = error_from_response(response)
                if self._explicit_release or not _release_not_served(response.status_code, error):
                    raise error
                logger.info(
                    "server does not serve release %s (HTTP %s); trying an older one",
                    release,
                    response.status_code,
                )
                last = f" (last answer: {error})"
                continue
            content = parse(service_instance_get_content, response)
            if content is None:
                raise InvalidAnswer(response.status_code, "ServiceInstance content is empty")
            self.release = self._explicit_release or best_release(release, content)
            self.content = content
            logger.debug(
                "speaking release %s (server apiVersion %s)",
                self.release,
                content.about.api_version,
            )
            return content
        raise ServerError(
            404,
            f"the server serves none of the VI JSON API releases {', '.join(RELEASES)} "
            f"(the JSON API needs vCenter 8.0.1 or later){last}",
        )

    def _candidate_releases(self) -> Flow[list[str]]:
        response = yield ApiCall(
            "GET", SERVICE_VERSIONS_PATH, None, {"Accept": "text/xml, application/xml"}
        )
        listed = parse_service_versions(response.content) if response.status_code == 200 else None
        if listed is None:
            logger.info(
                "no usable %s (HTTP %s): probing releases",
                SERVICE_VERSIONS_PATH,
                response.status_code,
            )
            return releases_to_try(None)
        candidates = releases_to_try(listed)
        if not candidates:
            shown = ", ".join(listed[:6]) + (", ..." if len(listed) > 6 else "")
            raise ServerError(
                404,
                f"the server lists API releases {excerpt(shown)} but none of the VI JSON API "
                f"releases {', '.join(RELEASES)} (the JSON API needs vCenter 8.0.1 or later)",
                url=SERVICE_VERSIONS_PATH,
            )
        logger.debug("server lists releases %s; trying %s", listed, candidates)
        return candidates

    def login(self) -> Flow[None]:
        """Log in (a new session); run it under the session lock (see ready() and renew())."""
        content = yield from self.service_content()
        manager = require_moref(content.session_manager, "sessionManager")
        body = LoginRequestType(user_name=self._login.username, password=self._login.password)
        response = yield self.request(
            session_manager_login, auth=None, mo_id=manager.value, body=body
        )
        _raise_for_error(response)
        session_id = response.headers.get(SESSION_HEADER)
        if not session_id:
            raise ServerError(
                response.status_code, f"Login answered without a {SESSION_HEADER} header"
            )
        self._generation += 1
        self._auth = Auth(self._generation, session_id)
        logger.info("logged in to %s as %s", self.address.netloc, self._login.username)

    def logout(self) -> Flow[None]:
        """Log out of the session this client opened (under the session lock)."""
        yield Exclusive(self._logout())

    def _logout(self) -> Flow[None]:
        auth = self._auth
        if auth is None:
            return
        try:
            yield from self._close_session(auth)
        finally:
            if self._auth == auth:
                self._auth = None

    def ready(self) -> Flow[ServiceContent]:
        """ServiceContent, with a session: the first caller sets both up, the others wait."""
        if self.content is None or self._auth is None:
            yield Exclusive(self._establish(self._finished))
        assert self.content is not None
        return self.content

    def _establish(self, seen: int) -> Flow[None]:
        if self.content is not None and self._auth is not None:
            return  # another caller did it while this one waited
        yield from self._single_flight(seen, self._content_and_login())

    def _content_and_login(self) -> Flow[None]:
        yield from self.service_content()
        if self._auth is None:
            yield from self.login()

    def renew(self, stale: int, seen: int | None = None) -> Flow[None]:
        """After NotAuthenticated with session generation `stale`: log in again, unless another
        caller already did (the session is newer) -- so one expiry means one Login."""
        if self._auth is not None and self._auth[0] != stale:
            return
        logger.info("session expired or was revoked: logging in again")
        old = self._auth
        yield from self._single_flight(self._finished if seen is None else seen, self.login())
        if old is not None:
            # Guest operations can answer NotAuthenticated on a session that still works for
            # other calls: close it rather than leave it open on the server.
            yield from self._close_session(old)

    def _close_session(self, auth: Auth) -> Flow[None]:
        if self.content is None:
            return
        manager = require_moref(self.content.session_manager, "sessionManager")
        try:
            response = yield self.request(session_manager_logout, auth=auth, mo_id=manager.value)
        except Exception as exc:  # best effort: the new session is in place
            logger.debug("logout of the previous session failed (ignored): %s", exc)
            return
        if response.status_code >= 400:
            logger.debug("logout of the previous session: HTTP %s (ignored)", response.status_code)

    def _single_flight(self, seen: int, work: Flow[None]) -> Flow[None]:
        """Run `work` unless an attempt that ended while this caller waited (it had seen
        `seen` finished attempts) failed: then raise that attempt's error."""
        if seen != self._finished and self._last_failure is not None:
            raise self._last_failure
        try:
            yield from work
        except Exception as exc:
            self._last_failure = exc
            raise
        except BaseException:  # cancelled or closed: nothing to share
            self._last_failure = None
            raise
        else:
            self._last_failure = None
        finally:
            self._finished += 1

    def send(self, operation: Operation[Any], **kwargs: Any) -> Flow[Answer]:
        """Call an operation; on NotAuthenticated log in again once and retry. Faults raise."""
        yield from self.ready()
        for attempt in (1, 2):
            auth, seen = self._auth, self._finished
            response: Answer = yield self.request(operation, auth=auth, **kwargs)
            if response.status_code < 300:
                return response
            error = error_from_response(response)
            if attempt == 1 and isinstance(error, faults.fault_class("NotAuthenticated")):
                yield Exclusive(self.renew(auth[0] if auth else 0, seen))
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
        """GuestFileManager's reference, asked for once per session (single flight: calls that
        need it at once wait for the first one's answer)."""
        if self.file_manager is None:
            yield Exclusive(self._fetch_file_manager())
        assert self.file_manager is not None
        return self.file_manager

    def _fetch_file_manager(self) -> Flow[None]:
        if self.file_manager is None:  # not fetched while this call waited for the lock
            content = yield from self.ready()
            gom = require_moref(content.guest_operations_manager, "guestOperationsManager")
            result = yield from self.call(
                guest_operations_manager_get_file_manager, mo_id=gom.value
            )
            if not isinstance(result, ManagedObjectReference):
                raise VsphereGuestError("this server offers no guest file manager")
            self.file_manager = result


def require_moref(value: object, what: str) -> ManagedObjectReference:
    """A ServiceContent manager reference, or a clear error if the server did not send it."""
    if not isinstance(value, ManagedObjectReference):
        raise VsphereGuestError(f"ServiceContent has no {what}")
    return value


def error_from_response(response: Answer) -> VsphereGuestError:
    """The exception for an error answer: a decoded fault, else a ServerError naming the path."""
    return faults.from_json(response.content, status=response.status_code, url=response.path)


def parse(operation: Operation[T_co], response: Answer) -> T_co:
    """An answer decoded by its operation's declared type (nested objects lacking `_typeName`
    by their declared field types); a body that does not fit is an InvalidAnswer naming the
    type, the field path and what arrived."""
    try:
        return operation.parse_answer(response.status_code, response.content)
    except DecodeError as exc:
        raise InvalidAnswer(response.status_code, str(exc), url=response.path) from exc


def _raise_for_error(response: Answer) -> None:
    if response.status_code >= 300:
        raise error_from_response(response)
