"""Bounded time on the data plane: a host that keeps sending (or reading) a byte now and then
never trips the socket timeout, so each transfer also has a minimum rate.

The socket timeout `T` (the client's `timeout=`) bounds each wait for the host; on top of it, a
`Pace` measures the bytes moved per second of *waiting for the host* (time spent in the
caller's loop, its progress callback or its disk does not count), over windows of
`RATE_WINDOW_FACTOR * T` seconds: a window with fewer than `min_rate` bytes per second ends the
transfer with TransferTooSlow (not retried: the same host would trickle again). Status line and
headers count as bytes too, so a trickled answer head is caught as well. A host slower than
`min_rate` from the start is aborted after about `RATE_WINDOW_FACTOR * T + T` seconds; one that
slows down later within two windows plus `T`: within 10 * T with the defaults.
"""

from __future__ import annotations

import http.client
import io
import socket
import time
from typing import Any

from ..errors import TransferTooSlow

DEFAULT_MIN_RATE = 1024.0  # bytes per second
RATE_WINDOW_FACTOR = 3.0  # windows of 3 * timeout seconds


class Pace:
    """Bytes moved and time spent waiting for the host, checked at the end of every window."""

    def __init__(self, timeout: float, min_rate: float, what: str = "transfer") -> None:
        self.window = RATE_WINDOW_FACTOR * timeout
        self.min_rate = min_rate
        self.what = what
        self.waited = 0.0
        self.moved = 0
        self._mark_waited = 0.0
        self._mark_moved = 0

    def account(self, count: int, waited: float) -> None:
        """`count` bytes moved after `waited` seconds of waiting; raises when too slow."""
        self.waited += waited
        self.moved += count
        span = self.waited - self._mark_waited
        if self.min_rate <= 0 or span < self.window:
            return
        rate = (self.moved - self._mark_moved) / span
        if rate < self.min_rate:
            raise TransferTooSlow(
                f"{self.what} moved {self.moved - self._mark_moved} bytes in {span:.1f} s "
                f"({rate:.0f} B/s, below the minimum of {self.min_rate:.0f} B/s); aborted"
            )
        self._mark_waited, self._mark_moved = self.waited, self.moved

    def timed(self, count: int, started: float) -> None:
        self.account(count, time.monotonic() - started)


class _PacedReader(io.RawIOBase):
    """The socket as a raw stream for http.client, every read accounted to a Pace. `keep` is
    http.client's own reader, unused but open: it keeps the socket alive until the response is
    closed (HTTPConnection.close() does not close a socket a response still reads)."""

    def __init__(self, sock: socket.socket, pace: Pace, keep: io.BufferedIOBase) -> None:
        self._sock = sock
        self._pace = pace
        self._keep = keep

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        started = time.monotonic()
        count = self._sock.recv_into(buffer)
        self._pace.timed(count, started)
        return count

    def close(self) -> None:
        self._keep.close()
        super().close()


class PacedResponse(http.client.HTTPResponse):
    """An HTTPResponse whose reads (status line, headers, body) go through a Pace."""

    def __init__(
        self,
        sock: socket.socket,
        debuglevel: int = 0,
        method: str | None = None,
        url: str | None = None,
        *,
        pace: Pace,
    ) -> None:
        super().__init__(sock, debuglevel, method, url)
        self.fp = io.BufferedReader(_PacedReader(sock, pace, self.fp), 64 * 1024)
        self.pace = pace  # the body loop (_blocking_stream.read_body) reads `sock` directly
        self.body_sock = sock
