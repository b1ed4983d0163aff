"""The data plane: HTTPS streams to ESXi hosts over stdlib http.client connections pinned by the
target's TLS context, pooled per host and pin. The sync client calls it directly; the async
client runs it in worker threads (so disk writes never block its event loop).

Measured on loopback: http.client reads of 256 KiB stream about twice as fast as httpx, whose
HTTP/1.1 parser handles every 16 KiB TLS record separately.
"""

from __future__ import annotations

import functools
import http.client
import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from urllib.parse import urlsplit

from ._effects import Fetch, Put, TransferTarget
from ._logmask import mask_secrets, mask_url
from ._pace import DEFAULT_MIN_RATE, Pace, PacedResponse
from ._transfer import check_fresh, read_chunks
from ._urls import ServerAddress, parse_server
from .errors import (
    HostCertificateError,
    LocalFileError,
    SizeMismatch,
    TransferError,
    TransientTransferError,
    excerpt,
)

logger = logging.getLogger("vsphere_guest")

READ_SIZE = 256 * 1024  # measured with `nox -s bench` (64 KiB and 1 MiB were slower)
SEND_SIZE = 64 * 1024
TRANSFER_HEADERS = {"Accept-Encoding": "identity"}
# TLS errors that mean the connection broke, not that the host's TLS is unacceptable.
_TRANSIENT_TLS = (ssl.SSLEOFError, ssl.SSLSyscallError, ssl.SSLZeroReturnError)


class HostConnections:
    """Idle keep-alive connections per (host, pin); safe to share between threads."""

    def __init__(
        self,
        timeout: float,
        host_map: Mapping[str, str] | None = None,
        min_rate: float = DEFAULT_MIN_RATE,
    ) -> None:
        if min_rate < 0:
            raise ValueError("min_rate must be >= 0 (0 turns the minimum rate off)")
        self.timeout = timeout
        self.min_rate = min_rate
        self.host_map = {_map_key(k): parse_server(v) for k, v in (host_map or {}).items()}
        self._idle: dict[tuple[str, str], list[http.client.HTTPSConnection]] = {}
        self._lock = threading.Lock()

    def _take(self, target: TransferTarget) -> http.client.HTTPSConnection:
        """An idle connection of this host and pin, or a new one, connected and verified."""
        with self._lock:
            idle = self._idle.get(target.pool_key)
            if idle:
                return idle.pop()  # its peer was checked against the pin when it connected
        return connect(target, self.timeout, self.host_map)

    def _give_back(self, target: TransferTarget, conn: http.client.HTTPSConnection) -> None:
        with self._lock:
            self._idle.setdefault(target.pool_key, []).append(conn)

    @contextmanager
    def request(
        self,
        target: TransferTarget,
        method: str,
        body: Iterator[bytes] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Iterator[http.client.HTTPResponse]:
        """Send a request and yield the response; transport failures become TransferErrors.

        The connection returns to the pool only when the response was read to its end.
        """
        conn = self._take(target)  # connected and verified before the request line exists
        response: http.client.HTTPResponse | None = None
        completed = False
        pace = Pace(self.timeout, self.min_rate, f"the ESXi host {urlsplit(target.url).netloc}")
        conn.response_class = functools.partial(PacedResponse, pace=pace)  # type: ignore[assignment]
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
            if completed and reusable and not (response and response.length):
                self._give_back(target, conn)
            else:
                conn.close()

    def close(self) -> None:
        with self._lock:
            for conns in self._idle.values():
                for conn in conns:
                    conn.close()
            self._idle.clear()


def _send_body(
    conn: http.client.HTTPSConnection, body: Iterator[bytes] | None, pace: Pace
) -> http.client.HTTPResponse | None:
    """Send the request body; None when all of it went out.

    A host may answer (409, 403, 503...) before it reads the body and stop reading: sending
    then fails (reset, broken pipe, TLS EOF), and the answer, if it can be read, is returned
    instead of the send error. Failures of the body's source (LocalFileError) pass through.
    """
    for chunk in body or ():
        try:
            for start in range(0, len(chunk), SEND_SIZE):  # a slow reader is seen between sends
                started = time.monotonic()
                conn.send(chunk[start : start + SEND_SIZE])
                pace.timed(min(SEND_SIZE, len(chunk) - start), started)
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


def _map_key(hostport: str) -> tuple[str, int]:
    address = parse_server(hostport)
    return address.host.lower(), address.port or 443


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def connect(
    target: TransferTarget, timeout: float, host_map: Mapping[tuple[str, int], ServerAddress]
) -> http.client.HTTPSConnection:
    """A new connection to the target's host whose TLS peer presented the pinned certificate.

    The handshake and the byte-for-byte comparison with the pin happen here, before any HTTP
    byte (and before the request line with its token is even built). `host_map` sends a
    `(host, port)` elsewhere (port forwarding, names DNS does not know); the pin still decides.
    """
    host, port = _host_port(target.url)
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    mapped = host_map.get((host, port))
    if mapped is not None:
        host, port = mapped.host, mapped.port or 443
        where += f" (via {mapped.netloc_host}:{port})"
    conn = http.client.HTTPSConnection(host, port, timeout=timeout, context=target.context)
    conn.auto_open = 0  # never reconnect behind the pin check
    try:
        conn.connect()
    except ssl.SSLCertVerificationError as exc:
        conn.close()
        raise HostCertificateError(
            f"{where} did not present the ESXi host's pinned certificate "
            f"({exc.verify_message}); the transfer token was not sent"
        ) from exc
    except ssl.SSLError as exc:
        conn.close()
        if isinstance(exc, _TRANSIENT_TLS):  # the connection went away mid-handshake
            raise TransientTransferError(
                f"{type(exc).__name__} connecting to {where}: {exc}"
            ) from exc
        # A protocol version, cipher or framing the host insists on (or no TLS at all): asking
        # again gets the same answer, so this is not worth a retry.
        raise TransferError(
            f"TLS handshake with {where} failed ({exc.reason or exc}): not retried (this "
            "client needs TLS 1.2 or newer); the transfer token was not sent"
        ) from exc
    except OSError as exc:
        conn.close()
        raise TransientTransferError(f"{type(exc).__name__} connecting to {where}: {exc}") from exc
    peer = conn.sock.getpeercert(binary_form=True) if isinstance(conn.sock, ssl.SSLSocket) else None
    if target.pin is not None and peer != target.pin:
        conn.close()
        raise HostCertificateError(
            f"{where} did not present the ESXi host's pinned certificate (another certificate "
            "passed the handshake); the transfer token was not sent"
        )
    return conn


def check_response(response: http.client.HTTPResponse, target: TransferTarget) -> None:
    """Raise for an error status (502/503/504 are worth a retry), after reading its excerpt."""
    if response.status in (200, 201, 204):
        return
    body = excerpt(response.read(4096).decode("utf-8", "replace"))
    message = f"ESXi host answered HTTP {response.status} for {mask_url(target.url)}" + (
        f": {body}" if body else ""
    )
    if response.status in (502, 503, 504):
        raise TransientTransferError(message)
    raise TransferError(message)


def iter_body(response: http.client.HTTPResponse, size: int) -> Iterator[bytes]:
    """The body in pieces of at most READ_SIZE, never more than `size` bytes in all.

    Every guard on what the host sends lives here: a Content-Encoding other than identity or a
    Content-Length other than `size` is refused before reading; whatever the framing (length,
    chunked, close-delimited), reading stops at the first byte beyond `size` (SizeMismatch, not
    retried); a short body raises TransientTransferError, a clean early end SizeMismatch.
    """
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding != "identity":
        raise TransferError(f"ESXi host sent Content-Encoding {excerpt(encoding)!r}; refused")
    if response.length is not None and response.length != size:
        raise SizeMismatch(size, response.length)
    received = 0
    try:
        # Never ask for more than is left; once all has come, one byte probes for more.
        while chunk := response.read(min(READ_SIZE, size - received) or 1):
            received += len(chunk)
            if received > size:
                raise SizeMismatch(size, received)
            yield chunk
    except (OSError, http.client.HTTPException) as exc:
        raise TransientTransferError(f"transfer interrupted: {type(exc).__name__}") from exc
    if response.length:  # http.client returns b"" at an early EOF instead of raising
        raise TransientTransferError(
            f"connection closed with {response.length} bytes of the body missing"
        )
    if received != size:
        raise SizeMismatch(size, received)


def fetch(hosts: HostConnections, effect: Fetch, stop: Callable[[], bool] | None = None) -> int:
    """Perform a Fetch: stream the GET into its sink; returns the byte count."""
    check_fresh(effect.target)
    received, total, sink, progress = 0, effect.total, effect.sink, effect.progress
    with hosts.request(effect.target, "GET") as response:
        check_response(response, effect.target)
        for chunk in _stoppable(iter_body(response, effect.total), stop):
            sink.write(chunk)
            received += len(chunk)
            if progress is not None:
                progress(received, total)
    return received


def put(hosts: HostConnections, effect: Put, stop: Callable[[], bool] | None = None) -> None:
    """Perform a Put: stream exactly effect.size bytes with that Content-Length."""
    check_fresh(effect.target)
    body = _stoppable(read_chunks(effect.source, effect.size, effect.progress), stop)
    headers = {"Content-Length": str(effect.size)}
    with hosts.request(effect.target, "PUT", body, headers) as response:
        check_response(response, effect.target)
        response.read()


def _stoppable(chunks: Iterator[bytes], stop: Callable[[], bool] | None) -> Iterator[bytes]:
    for chunk in chunks:
        if stop is not None and stop():
            raise TransferError("transfer cancelled")
        yield chunk
