"""What Client and AsyncClient share: the core, the ESXi connection pool, counters, properties.
The subclasses add only their I/O (httpx.Client or httpx.AsyncClient, threads)."""

from __future__ import annotations

import re
import socket
import ssl
import threading
import traceback
from collections.abc import Mapping
from typing import Any

import httpx
from vim25_json.models import GuestFileAttributes

from .._logmask import install_log_masking
from ..dataplane.addresses import AddressBook
from ..dataplane.connections import HostConnections
from ..dataplane.pace import DEFAULT_MIN_RATE
from ..dataplane.proxies import Proxies, Proxy, choose_proxies, refusal
from ..dataplane.tls import Verify
from ..errors import (
    BadArgument,
    BadArgumentType,
    ClientClosed,
    ConnectionFailed,
    VCenterProxyError,
    VCenterTimeout,
    VCenterTLSError,
    VsphereGuestError,
)
from ..guest.context import VmLike
from ..types import GuestCredentials, Resolver, VmRef
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


def _tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError | ssl.CertificateError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def vcenter_error(
    exc: httpx.RequestError, netloc: str, proxy: Proxy | None = None
) -> ConnectionFailed:
    """The library's error for an httpx failure talking to vCenter (raise it `from exc`);
    `proxy`: the proxy the connection goes through."""
    through = f" through proxy {proxy.netloc}" if proxy is not None else ""
    if isinstance(exc, httpx.TimeoutException):
        reason = f"no answer in time ({type(exc).__name__})"
        return VCenterTimeout(
            f"vCenter {netloc}{through} did not answer in time ({type(exc).__name__})",
            reason=reason,
        )
    if isinstance(exc, httpx.ConnectError) and (
        _tls_failure(exc) or "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in str(exc)
    ):
        return VCenterTLSError(f"TLS with vCenter {netloc}{through} failed: {exc}")
    if proxy is not None and isinstance(exc, httpx.ProxyError):  # CONNECT answered non-2xx
        status, _, answer = str(exc).partition(" ")
        code = int(status) if status.isdigit() else None
        message = (
            refusal(proxy, netloc, code, answer)[0] if code else f"proxy {proxy.netloc}: {exc}"
        )
        return VCenterProxyError(message, proxy=proxy.netloc, status=code)
    reason = connect_reason(exc)
    if proxy is not None and isinstance(exc, httpx.ConnectError):  # the proxy's TCP connection
        return VCenterProxyError(
            f"cannot connect to proxy {proxy.netloc} on the way to vCenter {netloc}: {reason}",
            proxy=proxy.netloc,
        )
    return ConnectionFailed(f"cannot reach vCenter {netloc}{through} ({reason})", reason=reason)


def connect_reason(exc: BaseException) -> str:
    """Why a connection failed, said once: the OS's words for the first OSError in the chain
    ("Connection refused"; a name that does not resolve: "name lookup failed: Name or service
    not known"), else the text of `exc` without its "[Errno N] " prefix."""
    seen: BaseException | None = exc
    for _ in range(16):  # a chain is short; never loop on a cycle
        if seen is None:
            break
        if isinstance(seen, OSError) and seen.strerror:
            lookup = "name lookup failed: " if isinstance(seen, socket.gaierror) else ""
            return lookup + seen.strerror
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    return re.sub(r"^\[Errno -?\d+\] ", "", text) or type(exc).__name__


def forget_locals(error: BaseException, outer: BaseException | None) -> BaseException:
    """`error` with the local variables of the frames it went through cleared, and those of
    the exceptions chained to it (`__cause__`, `__context__`), up to `outer` (the exception
    being handled when the call began: not this call's to touch). httpx's frames hold the
    request's headers (the session id) and JSON body (a password): a traceback rendered with
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


CLOSED = "this client is closed (close() was called or its with block ended): make a new one"


def api_error(
    exc: BaseException, netloc: str, closed: bool, proxy: Proxy | None = None
) -> BaseException:
    """What an API call raises for `exc` from httpx (whose locals are already forgotten): the
    library's error for an httpx failure (raise it `from exc`), or `exc` itself (re-raise)."""
    if isinstance(exc, VsphereGuestError):
        return exc  # too_slow() is also an httpx exception
    if isinstance(exc, httpx.RequestError):
        return vcenter_error(exc, netloc, proxy)
    if isinstance(exc, RuntimeError) and closed:  # httpx: "the client has been closed"
        return ClientClosed(CLOSED)
    return exc  # cancelled, interrupted, a bug


API_DEADLINE_FACTOR = 10
"""An API answer must arrive whole within this many times the client's `timeout` (a trickling
answer never trips the per-read timeout alone)."""


def too_slow(netloc: str, deadline: float) -> VCenterTimeout:
    reason = f"its answer was not complete after {deadline:g} s"
    return VCenterTimeout(f"vCenter {netloc} sent its answer too slowly ({reason})", reason=reason)


def buffered(response: httpx.Response, body: bytes) -> httpx.Response:
    """A streamed answer as an ordinary one with its raw (still encoded) body."""
    return httpx.Response(
        response.status_code, headers=response.headers, content=body, request=response.request
    )


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
        install_log_masking()  # before httpx can log a transfer URL
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
        self._vcenter_proxy = proxies.for_host(address.host, address.port or 443)
        self._api_deadline = API_DEADLINE_FACTOR * timeout
        self._round_trips = 0
        self._closed = False
        self._count_lock = threading.Lock()
        self._http_args: dict[str, Any] = {
            "base_url": self._core.address.origin,
            "verify": self._core.vcenter_context,
            "timeout": timeout,
            "headers": {"Accept": "application/json"},
            # The environment is read only with proxy_from_env=True, by choose_proxies, for both
            # planes alike (httpx alone would also read .netrc and ALL_PROXY, and the data plane
            # would go direct); httpx tunnels to vCenter with CONNECT.
            "trust_env": False,
            "proxy": httpx.Proxy(self._vcenter_proxy.url()) if self._vcenter_proxy else None,
        }
        self._open_io()

    def _open_io(self) -> None:
        """The I/O of a flavour (its HTTP client, locks, threads), made last in __init__."""
        raise NotImplementedError

    def _check_open(self) -> None:
        """Refuse any request once closed (before httpx or the data plane see it)."""
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
