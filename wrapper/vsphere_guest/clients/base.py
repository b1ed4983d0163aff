"""What Client and AsyncClient share: the core, the connections to vCenter and to ESXi hosts,
counters, properties. The subclasses add only how they wait (threads, asyncio)."""

from __future__ import annotations

import ssl
import sys
import threading
import traceback
from collections.abc import Mapping

from vim25_json.models import GuestFileAttributes

from .._logmask import install_log_masking
from ..dataplane.addresses import AddressBook
from ..dataplane.connections import HostConnections
from ..dataplane.pace import DEFAULT_MIN_RATE
from ..dataplane.proxies import Proxies, choose_proxies
from ..dataplane.tls import Verify
from ..dataplane.vcenter_calls import CLOSED, Answer, VCenterCalls
from ..errors import (
    BadArgument,
    BadArgumentType,
    ClientClosed,
    VsphereGuestError,
)
from ..guest.context import VmLike
from ..types import GuestCredentials, Resolver, VmRef
from ..vcenter.effects import ApiCall
from .core import Core


def check_settings(server: object, retries: object, backoff: object, timeout: object) -> None:
    """Refuse bad client settings before anything else happens."""
    if not isinstance(server, str):
        raise BadArgumentType(f"server must be a str, not {type(server).__name__}")
    if not isinstance(retries, int) or isinstance(retries, bool):
        raise BadArgumentType(f"retries must be an int, not {type(retries).__name__}")
    if retries < 0:
        raise BadArgument("retries must be >= 0")
    for name, value in (("backoff", backoff), ("timeout", timeout)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise BadArgumentType(f"{name} must be a number, not {type(value).__name__}")
        if value != value:  # NaN
            raise BadArgument(f"{name} must be a number")
    if backoff < 0:  # type: ignore[operator]
        raise BadArgument("backoff must be >= 0")
    if timeout <= 0:  # type: ignore[operator]
        raise BadArgument("timeout must be > 0 seconds")


def check_vm(vm: object) -> VmLike:
    if not isinstance(vm, VmRef | str) or (isinstance(vm, str) and not vm.strip()):
        raise BadArgumentType(
            f"vm must be a VmRef or a non-empty str (name, path, UUID, IP...), not {vm!r:.40}"
        )
    return vm


def check_credentials(credentials: object) -> GuestCredentials:
    if not isinstance(credentials, GuestCredentials):
        raise BadArgumentType(
            f"credentials must be GuestCredentials, not {type(credentials).__name__}"
        )
    return credentials


def check_guest_path(path: object, what: str = "guest_path") -> str:
    if not isinstance(path, str) or not path:
        raise BadArgumentType(f"{what} must be a non-empty str")
    return path


def check_collect(vms: object, guest_paths: object) -> None:
    """collect's VMs and guest paths: iterables of references and of paths, not one str (which
    would be taken character by character)."""
    for value, what in ((vms, "vms"), (guest_paths, "guest_paths")):
        if isinstance(value, str | bytes):
            raise BadArgumentType(f"{what} must be a list, not one str: [{value!r}]")
    for path in guest_paths:  # type: ignore[attr-defined]
        check_guest_path(path)


def check_attributes(attributes: object, optional: bool = True) -> None:
    if attributes is None and optional:
        return
    if not isinstance(attributes, GuestFileAttributes):
        raise BadArgumentType(
            "attributes must be a GuestFileAttributes (GuestPosixFileAttributes or "
            f"GuestWindowsFileAttributes from vim25_json.models), not {type(attributes).__name__}"
        )


def forget_locals(error: BaseException, outer: BaseException | None) -> BaseException:
    """`error` with the local variables of the frames it went through cleared, and those of
    the exceptions chained to it (`__cause__`, `__context__`), up to `outer` (the exception
    being handled when the call began: not this call's to touch). http.client's frames hold
    the request's headers (the session id) and JSON body (a password): a traceback rendered with
    locals (Sentry, rich, `pytest -l`) would show them. The exceptions, their types, messages,
    chain and each frame's file and line stay; running frames (the caller's) are left alone."""
    todo: list[BaseException] = [error]
    seen: set[int] = set()
    while todo:
        current = todo.pop()
        if current is outer or id(current) in seen:
            continue
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)  # skips frames still running
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
    return error


def _proxies(proxy: str | None, from_env: bool) -> Proxies:
    """choose_proxies, its ValueError as a BadArgument with no cause or context (their frames
    hold the proxy URL with its credentials)."""
    try:
        return choose_proxies(proxy, from_env)
    except ValueError as exc:
        problem = str(exc)
    raise BadArgument(problem)


API_DEADLINE_FACTOR = 10
"""An API answer must arrive whole within this many times the client's `timeout` (a trickling
answer never trips the per-read timeout alone)."""


class BaseClient:
    """What Client and AsyncClient share: settings checked once, the core, the ESXi
    connection pool, the round-trip counter."""

    def __init__(
        self,
        server: str,
        *,
        username: str,
        password: str,
        verify: Verify = True,
        release: str | None = None,
        host_verify: Verify | None = None,
        retries: int = 3,
        backoff: float = 0.5,
        timeout: float = 60.0,
        host_addresses: Mapping[str, str] | None = None,
        resolver: Resolver | None = None,
        min_rate: float = DEFAULT_MIN_RATE,
        proxy: str | None = None,
        proxy_from_env: bool = False,
    ) -> None:
        check_settings(server, retries, backoff, timeout)
        if proxy is not None and not isinstance(proxy, str):
            raise BadArgumentType(f"proxy must be a str URL, not {type(proxy).__name__}")
        if not isinstance(proxy_from_env, bool):
            raise BadArgumentType("proxy_from_env must be a bool")
        if not isinstance(username, str) or not isinstance(password, str):
            raise BadArgumentType("username and password must be str")
        install_log_masking()  # before anything can log a transfer URL
        try:
            self._core = Core(
                server,
                username=username,
                password=password,
                verify=verify,
                release=release,
                host_verify=host_verify,
                retries=retries,
                backoff=backoff,
            )
        except VsphereGuestError:
            raise
        except (ValueError, TypeError, OSError, ssl.SSLError) as exc:  # server, CA files
            raise BadArgument(str(exc)) from exc
        try:
            addresses = AddressBook(host_addresses, resolver)
        except ValueError as exc:
            raise BadArgument(str(exc)) from exc
        proxies = _proxies(proxy, proxy_from_env)
        if resolver is not None and not callable(resolver):
            raise BadArgumentType("resolver must be callable: (host, port) -> addresses")
        self._hosts = HostConnections(timeout, addresses, min_rate, proxies)
        address = self._core.address
        self._round_trips = 0
        self._closed = False
        self._count_lock = threading.Lock()
        # The environment is read only with proxy_from_env=True, by choose_proxies, for both
        # planes alike.
        self._vcenter = VCenterCalls(
            address,
            self._core.vcenter_context,
            timeout,
            API_DEADLINE_FACTOR * timeout,
            proxies.for_host(address.host, address.port or 443),
        )
        self._open_io()

    def _open_io(self) -> None:
        """The I/O of a flavour (its locks, threads), made last in __init__."""
        raise NotImplementedError

    def _api_call(self, call: ApiCall) -> Answer:
        """One API call, in the calling thread, its answer read whole within the API deadline;
        a failure's frames forget their locals (the session id, a password). (The performer
        checked that the client is open; the pool refuses a call once it is closed.)"""
        outer = sys.exception()  # what a new exception's __context__ is when this call began
        try:
            return self._vcenter.call(call.method, call.path, call.json, call.headers)
        except BaseException as exc:  # interrupted too
            forget_locals(exc, outer)
            raise

    def _check_open(self) -> None:
        """Refuse any request once closed (before either plane sees it)."""
        if self._closed:
            raise ClientClosed(CLOSED)

    @property
    def release(self) -> str:
        """The API release this client speaks (negotiated on first use)."""
        return self._core.session.release

    def _count_round_trip(self) -> None:
        with self._count_lock:
            self._round_trips += 1

    @property
    def round_trips(self) -> int:
        """HTTP requests made so far: vCenter API calls plus transfers to ESXi hosts."""
        return self._round_trips
