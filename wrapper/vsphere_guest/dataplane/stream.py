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

import http.client
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, TypeVar

from .._logmask import mask_url
from ..errors import (
    SizeMismatch,
    TransferError,
    TransientTransferError,
    excerpt,
)
from ..types import Progress
from .connections import HostConnections
from .destinations import local_error
from .effects import Fetch, Put, TransferTarget, check_fresh
from .pace import Pace

logger = logging.getLogger("vsphere_guest")
B = TypeVar("B")

READ_SIZE = 1024 * 1024  # the body buffer; swept by `nox -s bench -- chunks`


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


_worker = threading.local()  # a tree run's worker thread: the run's interruption


@contextmanager
def stopped_by(interrupted: threading.Event) -> Iterator[None]:
    """In this thread, transfers performed with `stop=stop_requested` stop between chunks
    once `interrupted` is set (a sync tree run's workers, when Ctrl-C reaches its caller)."""
    outer = getattr(_worker, "interrupted", None)
    _worker.interrupted = interrupted
    try:
        yield
    finally:
        _worker.interrupted = outer


def stop_requested() -> bool:
    """Whether this thread's run was interrupted (see stopped_by); False outside a run."""
    interrupted: threading.Event | None = getattr(_worker, "interrupted", None)
    return interrupted is not None and interrupted.is_set()


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


PACE_EVERY = 0.5  # seconds of waiting accounted to the Pace at once, at the latest
