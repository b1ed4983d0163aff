"""Connections to ESXi hosts: stdlib http.client HTTPS connections pinned by the target's TLS
context, pooled per host and pin, and never reused with bytes the host sent unasked.
"""

from __future__ import annotations

import functools
import http.client
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from .._logmask import mask_secrets, mask_url
from ..errors import (
    HostCertificateError,
    LocalFileError,
    TransferError,
    TransientTransferError,
)
from .addresses import AddressBook
from .effects import TransferTarget
from .pace import DEFAULT_MIN_RATE, Pace, PacedResponse
from .proxies import Proxies, Proxy, authority, open_tunnel

logger = logging.getLogger("vsphere_guest")
Buffer = bytes | bytearray | memoryview


SEND_SIZE = 1024 * 1024  # upload pieces per send (a slow reader is seen between sends)


TRANSFER_HEADERS = {"Accept-Encoding": "identity"}


# TLS errors that mean the connection broke, not that the host's TLS is unacceptable.
TRANSIENT_TLS = (ssl.SSLEOFError, ssl.SSLSyscallError, ssl.SSLZeroReturnError)


class HostConnections:
    """Idle keep-alive connections per (host, pin); safe to share between threads."""

    def __init__(
        self,
        timeout: float,
        addresses: AddressBook | None = None,
        min_rate: float = DEFAULT_MIN_RATE,
        proxies: Proxies | None = None,
    ) -> None:
        if min_rate < 0:
            raise ValueError("min_rate must be >= 0 (0 turns the minimum rate off)")
        self.timeout = timeout
        self.min_rate = min_rate
        self.addresses = addresses or AddressBook(None, None)
        self.proxies = proxies
        self._idle: dict[tuple[str, str], list[http.client.HTTPSConnection]] = {}
        self._lock = threading.Lock()
        self._closed = False

    def _take(self, target: TransferTarget) -> http.client.HTTPSConnection:
        """An idle connection of this host and pin, or a new one, connected and verified.

        An idle connection on which the host sent something while it waited (bytes nobody
        asked for, or its end) is closed, not used: those bytes would be read as the answer.
        """
        while True:
            with self._lock:
                idle = self._idle.get(target.pool_key)
                conn = idle.pop() if idle else None  # its peer was checked against the pin
            if conn is None:
                return connect(target, self.timeout, self.addresses, self.proxies)
            why = unasked(conn.sock, conn.sock.recv) if conn.sock is not None else "closed"
            if why is None:
                return conn
            logger.debug("not reusing an idle connection to %s: %s", _netloc(target), why)
            conn.close()

    def _give_back(self, target: TransferTarget, conn: http.client.HTTPSConnection) -> None:
        with self._lock:
            if not self._closed:
                self._idle.setdefault(target.pool_key, []).append(conn)
                return
        conn.close()  # a transfer that ended after close(): nothing pools it any more

    @contextmanager
    def request(
        self,
        target: TransferTarget,
        method: str,
        body: Iterator[Buffer] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Iterator[http.client.HTTPResponse]:
        """Send a request and yield the response; transport failures become TransferErrors.

        The connection returns to the pool only when the response was read to its end.
        """
        conn = self._take(target)  # connected and verified before the request line exists
        response: http.client.HTTPResponse | None = None
        completed = False
        pace = Pace(self.timeout, self.min_rate, f"the ESXi host {_netloc(target)}")
        conn.response_class = functools.partial(_Response, pace=pace)  # type: ignore[assignment]
        try:
            try:
                conn.putrequest(method, _request_target(target.url), skip_accept_encoding=True)
                for key, value in {**TRANSFER_HEADERS, **(headers or {})}.items():
                    conn.putheader(key, value)
                conn.endheaders()
                response = _send_body(conn, body, pace) or conn.getresponse()
                yield response
                completed = True
            except LocalFileError:
                raise  # the caller's disk or stream failed, not the host: never retried
            except (OSError, http.client.HTTPException) as exc:
                raise TransientTransferError(
                    mask_secrets(f"{type(exc).__name__} talking to {mask_url(target.url)}: {exc}")
                ) from exc
        finally:
            reusable = response is not None and response.isclosed() and not response.will_close
            excess = getattr(response, "excess", None)
            if completed and reusable and not (response and response.length) and excess is None:
                self._give_back(target, conn)
            else:
                if completed and reusable and excess is not None:
                    # As curl ("Excess found"): what follows a complete answer answers nothing
                    # asked; pooled, it would be read as the next request's answer.
                    logger.debug("closing the connection to %s: %s", _netloc(target), excess)
                conn.close()

    def close(self) -> None:
        """Close the idle connections; those of transfers under way close when they end."""
        with self._lock:
            self._closed = True
            for conns in self._idle.values():
                for conn in conns:
                    conn.close()
            self._idle.clear()


class _Response(PacedResponse):
    """A PacedResponse that, when its body has been read whole, looks once (without waiting)
    for bytes after it: `excess` then says why the connection must not carry another request.
    The look happens before http.client drops its reader, whose buffer may hold such bytes."""

    excess: str | None = None

    def _close_conn(self) -> None:
        fp = self.fp
        if fp is not None and not self.will_close and (self.chunked or self.length == 0):
            self.excess = unasked(self.body_sock, fp.peek)
        super()._close_conn()  # type: ignore[misc]


def unasked(sock: socket.socket, read: Callable[[int], bytes]) -> str | None:
    """None when nothing can be read now from a connection between answers; otherwise why it
    must be closed. One non-blocking `read`, of http.client's buffered reader (its buffer,
    then the TLS layer's decrypted bytes, then the socket) or of the TLS socket itself: TLS
    records that carry no data (session tickets) and an empty socket read as "nothing". Never
    waits, whatever the socket's timeout; unlike a readiness check of the socket, it sees the
    bytes that the TLS layer and http.client already hold."""
    timeout = sock.gettimeout()
    try:
        sock.settimeout(0)
        try:
            data = read(1)
        finally:
            sock.settimeout(timeout)
    except (ssl.SSLWantReadError, BlockingIOError):
        return None
    except (OSError, ValueError) as exc:
        return f"{type(exc).__name__} when looking for excess bytes"
    return "excess bytes after the answer" if data else "the host closed it"


def _netloc(target: TransferTarget) -> str:
    return urlsplit(target.url).netloc


def _send_body(
    conn: http.client.HTTPSConnection, body: Iterator[Buffer] | None, pace: Pace
) -> http.client.HTTPResponse | None:
    """Send the request body; None when all of it went out.

    A host may answer (409, 403, 503...) before it reads the body and stop reading: sending
    then fails (reset, broken pipe, TLS EOF), and the answer, if it can be read, is returned
    instead of the send error. Failures of the body's source (LocalFileError) pass through.
    """
    sock = conn.sock
    for chunk in body or ():
        try:
            with memoryview(chunk) as view:  # slices, not copies: one TLS write per piece
                for start in range(0, len(view), SEND_SIZE):  # a slow reader is seen in between
                    started = time.monotonic()
                    sock.sendall(view[start : start + SEND_SIZE])
                    pace.timed(min(SEND_SIZE, len(view) - start), started)
        except OSError as exc:
            try:
                response = conn.getresponse()
            except (OSError, http.client.HTTPException):
                raise exc from None
            logger.debug("host answered before the request body was sent (%s)", exc)
            response.will_close = True  # the rest of the body was never sent
            return response
    return None


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or 443


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def connect(
    target: TransferTarget,
    timeout: float,
    addresses: AddressBook,
    proxies: Proxies | None = None,
) -> http.client.HTTPSConnection:
    """A new connection to the target's host whose TLS peer presented the pinned certificate.

    The handshake and the byte-for-byte comparison with the pin happen here, before any HTTP
    byte (and before the request line with its token is even built). `addresses` decides where
    to connect (host_addresses, the resolver, the management address of a host whose name does
    not resolve); the pin decides whom to trust. Addresses are tried in order until one accepts
    the TCP connection; a TLS failure is final. Through a proxy (`proxies`), the TLS handshake
    and the pin check happen inside its CONNECT tunnel, to the name or mapped address.
    """
    host, port = _host_port(target.url)
    to_host, to_port, via = addresses.tunnel(host, port)
    proxy = proxies.for_host(host, port, to_host) if proxies is not None else None
    if proxy is None:
        conn, where = _direct(target, timeout, addresses, host, port)
    else:
        where = f"{authority(host, port)}{via} through proxy {proxy.netloc}"
        conn = _tunnelled(target, timeout, proxy, (to_host, to_port), where)
    peer = conn.sock.getpeercert(binary_form=True) if isinstance(conn.sock, ssl.SSLSocket) else None
    if target.pin is not None and peer != target.pin:
        conn.close()
        raise HostCertificateError(
            f"{where} did not present the ESXi host's pinned certificate (another certificate "
            "passed the handshake); the transfer token was not sent"
        )
    return conn


def _direct(
    target: TransferTarget, timeout: float, addresses: AddressBook, host: str, port: int
) -> tuple[http.client.HTTPSConnection, str]:
    """A TLS connection straight to the host's addresses, tried in order (TCP failures move on)."""
    route = addresses.route(host, port, target.management)
    where = authority(host, port) + route.via
    refused: OSError | None = None
    for address in route.addresses:
        conn = http.client.HTTPSConnection(
            address, route.port, timeout=timeout, context=target.context
        )
        conn.auto_open = 0  # never reconnect behind the pin check
        try:
            conn.connect()
        except ssl.SSLError as exc:
            conn.close()
            raise _handshake_failure(exc, where) from exc
        except OSError as exc:
            conn.close()
            refused = exc
            continue
        return conn, where
    tried = f" (tried {', '.join(route.addresses)})" if len(route.addresses) > 1 else ""
    reason = refused.strerror if refused and refused.strerror else str(refused)
    raise TransientTransferError(f"cannot connect to {where}{tried}: {reason}") from refused


def _tunnelled(
    target: TransferTarget, timeout: float, proxy: Proxy, to: tuple[str, int], where: str
) -> http.client.HTTPSConnection:
    """A TLS connection to `to` inside a CONNECT tunnel through `proxy` (proxy failures are
    ProxyTransferErrors naming it)."""
    sock = open_tunnel(proxy, *to, timeout)
    conn = http.client.HTTPSConnection(*to, timeout=timeout, context=target.context)
    conn.auto_open = 0  # never reconnect behind the pin check
    try:
        conn.sock = target.context.wrap_socket(sock, server_hostname=to[0])
    except ssl.SSLError as exc:
        sock.close()
        raise _handshake_failure(exc, where) from exc
    except OSError as exc:
        sock.close()
        raise TransientTransferError(
            f"{type(exc).__name__} in the TLS handshake with {where}: {exc}"
        ) from exc
    return conn


def _handshake_failure(exc: ssl.SSLError, where: str) -> TransferError:
    """The error for a failed TLS handshake with an ESXi host (raise it `from exc`)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return HostCertificateError(
            f"{where} did not present the ESXi host's pinned certificate "
            f"({exc.verify_message}); the transfer token was not sent"
        )
    if isinstance(exc, TRANSIENT_TLS):  # the connection went away mid-handshake
        return TransientTransferError(f"{type(exc).__name__} connecting to {where}: {exc}")
    # A protocol version, cipher or framing the host insists on (or no TLS at all): asking
    # again gets the same answer, so this is not worth a retry.
    return TransferError(
        f"TLS handshake with {where} failed ({exc.reason or exc}): not retried (this "
        "client needs TLS 1.2 or newer); the transfer token was not sent"
    )
