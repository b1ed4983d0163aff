"""The data plane: HTTPS streams to ESXi hosts over stdlib http.client connections pinned by the
target's TLS context, pooled per host and pin. The sync client calls it directly; the async
client runs it in worker threads (so disk writes never block its event loop).

The body loop is zero-copy: after the headers, TLS records are read with `recv_into` straight
into one preallocated buffer per transfer, and the sink gets `memoryview` slices of it (no
`bytes` object per chunk; http.client only parses the status line and headers, and frames what
is not a plain Content-Length body). Progress is reported every PROGRESS_STEP bytes, not per
chunk. `nox -s bench` measures it against curl, requests and httpx with nginx as the host.
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
from typing import IO, TypeVar
from urllib.parse import urlsplit

from .._logmask import mask_secrets, mask_url
from ..errors import (
    HostCertificateError,
    LocalFileError,
    SizeMismatch,
    TransferError,
    TransientTransferError,
    excerpt,
)
from ..types import Progress
from .addresses import AddressBook
from .destinations import local_error
from .effects import Fetch, Put, TransferTarget, check_fresh
from .pace import DEFAULT_MIN_RATE, Pace, PacedResponse

logger = logging.getLogger("vsphere_guest")
Buffer = bytes | bytearray | memoryview
B = TypeVar("B")

READ_SIZE = 1024 * 1024  # the body buffer; swept by `nox -s bench -- chunks`
SEND_SIZE = 1024 * 1024  # upload pieces per send (a slow reader is seen between sends)
PACE_EVERY = 0.5  # seconds of waiting accounted to the Pace at once, at the latest
TRANSFER_HEADERS = {"Accept-Encoding": "identity"}
# TLS errors that mean the connection broke, not that the host's TLS is unacceptable.
_TRANSIENT_TLS = (ssl.SSLEOFError, ssl.SSLSyscallError, ssl.SSLZeroReturnError)


class HostConnections:
    """Idle keep-alive connections per (host, pin); safe to share between threads."""

    def __init__(
        self,
        timeout: float,
        addresses: AddressBook | None = None,
        min_rate: float = DEFAULT_MIN_RATE,
    ) -> None:
        if min_rate < 0:
            raise ValueError("min_rate must be >= 0 (0 turns the minimum rate off)")
        self.timeout = timeout
        self.min_rate = min_rate
        self.addresses = addresses or AddressBook(None, None)
        self._idle: dict[tuple[str, str], list[http.client.HTTPSConnection]] = {}
        self._lock = threading.Lock()

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
                return connect(target, self.timeout, self.addresses)
            unasked = _unasked(conn.sock, conn.sock.recv) if conn.sock is not None else "closed"
            if unasked is None:
                return conn
            logger.debug("not reusing an idle connection to %s: %s", _netloc(target), unasked)
            conn.close()

    def _give_back(self, target: TransferTarget, conn: http.client.HTTPSConnection) -> None:
        with self._lock:
            self._idle.setdefault(target.pool_key, []).append(conn)

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
        with self._lock:
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
            self.excess = _unasked(self.body_sock, fp.peek)
        super()._close_conn()  # type: ignore[misc]


def _unasked(sock: socket.socket, read: Callable[[int], bytes]) -> str | None:
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
    target: TransferTarget, timeout: float, addresses: AddressBook
) -> http.client.HTTPSConnection:
    """A new connection to the target's host whose TLS peer presented the pinned certificate.

    The handshake and the byte-for-byte comparison with the pin happen here, before any HTTP
    byte (and before the request line with its token is even built). `addresses` decides where
    to connect (host_addresses, the resolver, the management address of a host whose name does
    not resolve); the pin decides whom to trust. Addresses are tried in order until one accepts
    the TCP connection; a TLS failure is final.
    """
    host, port = _host_port(target.url)
    route = addresses.route(host, port, target.management)
    where = (f"[{host}]:{port}" if ":" in host else f"{host}:{port}") + route.via
    refused: OSError | None = None
    for address in route.addresses:
        conn = http.client.HTTPSConnection(
            address, route.port, timeout=timeout, context=target.context
        )
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
            # A protocol version, cipher or framing the host insists on (or no TLS at all):
            # asking again gets the same answer, so this is not worth a retry.
            raise TransferError(
                f"TLS handshake with {where} failed ({exc.reason or exc}): not retried (this "
                "client needs TLS 1.2 or newer); the transfer token was not sent"
            ) from exc
        except OSError as exc:
            conn.close()
            refused = exc
            continue
        break
    else:
        tried = f" (tried {', '.join(route.addresses)})" if len(route.addresses) > 1 else ""
        raise TransientTransferError(
            f"{type(refused).__name__} connecting to {where}{tried}: {refused}"
        ) from refused
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


def read_body(
    response: http.client.HTTPResponse, size: int, buffer_size: int | None = None
) -> Iterator[memoryview]:
    """The body as slices of one reused buffer of READ_SIZE, never more than `size` bytes in all.

    Each slice is only valid until the next one is asked for (the buffer is overwritten): write
    it or copy it. Every guard on what the host sends lives here: a Content-Encoding other than
    identity or a Content-Length other than `size` is refused before reading; whatever the
    framing (length, chunked, close-delimited), reading stops at the first byte beyond `size`
    (SizeMismatch, not retried); a short body raises TransientTransferError, a clean early end
    SizeMismatch.
    """
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding != "identity":
        raise TransferError(f"ESXi host sent Content-Encoding {excerpt(encoding)!r}; refused")
    if response.length is not None and response.length != size:
        raise SizeMismatch(size, response.length)
    buffer = memoryview(bytearray(max(1, min(buffer_size or READ_SIZE, size))))
    try:
        if response.length is not None and not response.chunked and size > 0:
            yield from _read_length(response, size, buffer)
            return
        received = 0
        # Never ask for more than is left; once all has come, one byte probes for more.
        while count := response.readinto(buffer[: min(len(buffer), size - received) or 1]):
            received += count
            if received > size:
                raise SizeMismatch(size, received)
            yield buffer[:count]
    except (OSError, http.client.HTTPException) as exc:
        raise TransientTransferError(f"transfer interrupted: {type(exc).__name__}") from exc
    if response.length:  # http.client reports an early EOF as a short read, not an error
        raise TransientTransferError(
            f"connection closed with {response.length} bytes of the body missing"
        )
    if received != size:
        raise SizeMismatch(size, received)


def _read_length(
    response: http.client.HTTPResponse, size: int, buffer: memoryview
) -> Iterator[memoryview]:
    """A Content-Length body of `size` bytes, never read beyond `size`.

    http.client's reader first hands over what it buffered with the headers (one readinto1 of
    more than its 64 KiB buffer leaves that buffer empty unless the body is already complete);
    then TLS records go from the socket into `buffer` directly, their waiting time accounted to
    the Pace in batches (at the latest every PACE_EVERY seconds and at every full buffer).
    """
    assert response.fp is not None
    sock: socket.socket = getattr(response, "body_sock", None) or response.fp.raw._sock  # type: ignore[attr-defined]
    pace: Pace | None = getattr(response, "pace", None)
    filled = received = response.fp.readinto1(buffer[: min(len(buffer), size)])
    recv_into, monotonic, full = sock.recv_into, time.monotonic, len(buffer)
    moved, waited = 0, 0.0
    while True:
        if filled and (filled == full or received == size):
            if pace is not None and moved:
                pace.account(moved, waited)
                moved, waited = 0, 0.0
            yield buffer[:filled]
            filled = 0
        if received >= size:
            break
        started = monotonic()
        count = recv_into(buffer[filled : min(full, filled + size - received)])
        waited += monotonic() - started
        if not count:
            if filled:
                yield buffer[:filled]
            response.length = size - received
            raise TransientTransferError(
                f"connection closed with {size - received} bytes of the body missing"
            )
        moved += count
        received += count
        filled += count
        if pace is not None and waited >= PACE_EVERY:
            pace.account(moved, waited)
            moved, waited = 0, 0.0
    response.length = 0
    response.read()  # http.client's bookkeeping: the body is complete, the connection reusable


def iter_body(response: http.client.HTTPResponse, size: int) -> Iterator[bytes]:
    """read_body as `bytes` (each slice copied: a caller may keep them), for open_download."""
    for piece in read_body(response, size):
        yield bytes(piece)


def fetch(hosts: HostConnections, effect: Fetch, stop: Callable[[], bool] | None = None) -> int:
    """Perform a Fetch: stream the GET into its sink; returns the byte count."""
    check_fresh(effect.target)
    received, total, sink, progress = 0, effect.total, effect.sink, effect.progress
    reported = -PROGRESS_STEP
    with hosts.request(effect.target, "GET") as response:
        check_response(response, effect.target)
        for chunk in _stoppable(read_body(response, effect.total), stop):
            sink.write(chunk)
            received += len(chunk)
            if progress is not None and (received - reported >= PROGRESS_STEP or received == total):
                reported = received
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


def _stoppable(chunks: Iterator[B], stop: Callable[[], bool] | None) -> Iterator[B]:
    for chunk in chunks:
        if stop is not None and stop():
            raise TransferError("transfer cancelled")
        yield chunk


CHUNK = 1024 * 1024  # upload read size (one reused buffer; the data plane reads the same)


PROGRESS_STEP = 4 * 1024 * 1024  # progress callbacks at most once per this many bytes (and last)


def read_chunks(
    source: IO[bytes], size: int, progress: Progress | None
) -> Iterator[memoryview | bytes]:
    """Exactly `size` bytes of source (an error if it ends early): slices of one reused buffer
    of CHUNK bytes, each valid until the next is asked for, when the source has readinto;
    progress every PROGRESS_STEP bytes and at the end."""
    sent, reported = 0, -PROGRESS_STEP
    readinto = getattr(source, "readinto", None)
    buffer = memoryview(bytearray(max(1, min(CHUNK, size)))) if readinto is not None else None
    while sent < size:
        want = min(CHUNK, size - sent)
        chunk: memoryview | bytes
        try:
            if buffer is not None and readinto is not None:
                count = readinto(buffer[:want]) or 0
                chunk = buffer[:count]
            else:
                chunk = source.read(want)
        except (OSError, ValueError) as exc:
            name = getattr(source, "name", None)
            raise local_error(exc, "read", name if isinstance(name, str) else None) from exc
        if not chunk:
            raise TransferError(f"source ended after {sent} of {size} bytes")
        sent += len(chunk)
        if progress is not None and (sent - reported >= PROGRESS_STEP or sent == size):
            reported = sent
            progress(sent, size)
        yield chunk
