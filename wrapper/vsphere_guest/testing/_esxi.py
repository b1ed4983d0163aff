"""The simulated ESXi hosts' file service: `GET|PUT /guestFile?id=..&token=..` with one-time
tokens, streamed from and to the real files on disk, plus injected transfer failures."""

from __future__ import annotations

import contextlib
import gzip
import html
import os
import socket
import struct
import time
from http.server import BaseHTTPRequestHandler
from typing import BinaryIO
from urllib.parse import parse_qs, quote, urlsplit

from ._faults import SimFault, TransferFault
from ._guest_attributes import apply_attributes
from ._model import Ticket, World

CHUNK = 256 * 1024


class EsxiFiles:
    """One host's guestFile endpoint; all hosts share the World's tickets."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.requests = 0

    def handle(self, req: BaseHTTPRequestHandler) -> None:
        self.requests += 1
        parts = urlsplit(req.path)
        token = (parse_qs(parts.query).get("token") or [""])[0]
        if req.command == "PUT":
            # Answers given before the body is read must close the connection: the unread
            # body would otherwise be taken for the next request.
            req.close_connection = True
        if parts.path != "/guestFile":
            return _reply(req, 404, b"not found")
        ticket = self.world.redeem(token, req.command)
        if ticket is None:
            return _reply(
                req, 404 if req.command == "GET" else 403, b"invalid or used transfer token"
            )
        fault = self.world.next_transfer_fault()
        if fault is not None and fault.kind == "status":
            _reply(req, fault.status, _echo(req) if fault.echo else b"injected failure")
            if req.command == "PUT":
                _drain(req, fault.drain)
            return
        req.close_connection = False
        if req.command == "GET":
            self._get(req, ticket.path, fault)
        else:
            self._put(req, ticket)

    def _get(
        self, req: BaseHTTPRequestHandler, path: os.PathLike[str], fault: TransferFault | None
    ) -> None:
        try:
            f = open(path, "rb")  # noqa: SIM115 - closed by the with below; open errors answer 500
        except OSError:
            return _reply(req, 500, b"cannot open guest file")
        with f:
            size = os.fstat(f.fileno()).st_size
            if fault is not None and fault.kind in FRAMINGS:
                return _framed(req, f, size, fault)
            if fault is not None and fault.kind in TRICKLES:
                return _trickle(req, f.read(), fault)
            req.send_response(200)
            req.send_header("Content-Type", "application/octet-stream")
            req.send_header("Content-Length", str(size))
            req.end_headers()
            if fault is not None and fault.kind == "stall":
                time.sleep(fault.delay)
            limit = (
                fault.after if fault is not None and fault.kind in ("reset", "truncate") else None
            )
            sent = 0
            while True:
                want = CHUNK if limit is None else min(CHUNK, limit - sent)
                chunk = f.read(want) if want > 0 else b""
                if not chunk:
                    break
                req.wfile.write(chunk)
                sent += len(chunk)
                if fault is not None and fault.kind == "slow":
                    time.sleep(fault.delay)
            if limit is not None:
                _drop(req, reset=fault is not None and fault.kind == "reset")

    def _put(self, req: BaseHTTPRequestHandler, ticket: Ticket) -> None:
        path, size, overwrite = ticket.path, ticket.size, ticket.overwrite
        length = int(req.headers.get("Content-Length") or -1)
        if size == 0:  # live ESXi hosts answer a 0-byte upload with HTTP 500
            return _reply(req, 500, b"Internal Server Error")
        if length != size:
            return _reply(
                req, 400, f"Content-Length {length} differs from fileSize {size}".encode()
            )
        target = os.fspath(path)
        if os.path.exists(target) and not overwrite:
            return _reply(req, 409, b"file exists")
        # Written in place, as the guest's tools write it: the old content is gone from the first
        # byte, and a broken upload leaves a truncated file (clients must not rely on ESXi for
        # atomicity).
        try:
            with open(target, "wb") as out:
                remaining = length
                while remaining:
                    chunk = req.rfile.read(min(CHUNK, remaining))
                    if not chunk:
                        raise ConnectionError("client sent less than Content-Length")
                    out.write(chunk)
                    remaining -= len(chunk)
        except (OSError, ConnectionError):
            req.close_connection = True
            return
        default = {} if ticket.vm.windows else {"permissions": 0o644}  # the spec's default
        try:  # as the guest does once the upload is complete
            apply_attributes(ticket.vm, path, {**default, **ticket.attributes})
        except (OSError, SimFault):
            return _reply(req, 500, b"cannot set the file's attributes")
        _reply(req, 200, b"")


# Bodies framed otherwise, or longer than announced: `chunked` and `close_delimited` (no
# Content-Length; live hosts send that for small files) carry the file; `overlong` sends
# `after` more bytes than the file with a matching Content-Length; `endless` streams without
# end (capped at ENDLESS_CAP) after the file, close-delimited; `gzip` sends the file gzipped
# with Content-Encoding: gzip.
FRAMINGS = ("chunked", "close_delimited", "overlong", "endless", "gzip")
ENDLESS_CAP = 64 * 1024 * 1024


def _framed(req: BaseHTTPRequestHandler, f: BinaryIO, size: int, fault: TransferFault) -> None:
    data = f.read()
    req.send_response(200)
    req.send_header("Content-Type", "application/octet-stream")
    if fault.kind == "chunked":
        req.send_header("Transfer-Encoding", "chunked")
        req.end_headers()
        for start in range(0, len(data), CHUNK):
            piece = data[start : start + CHUNK]
            req.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        req.wfile.write(b"0\r\n\r\n")
        return
    if fault.kind == "overlong":
        data += b"\0" * fault.after
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)
        return
    if fault.kind == "gzip":
        data = gzip.compress(data)
        req.send_header("Content-Encoding", "gzip")
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)
        return
    req.close_connection = True  # close-delimited: the end of the body is the end of the stream
    req.send_header("Connection", "close")
    req.end_headers()
    req.wfile.write(data)
    if fault.kind == "endless":
        filler = b"\0" * CHUNK
        for _ in range(ENDLESS_CAP // CHUNK):
            req.wfile.write(filler)


# Hosts that send, but slowly enough that no single read times out: `trickle` sends the body's
# first `after` bytes at once, then one byte every `delay` seconds; `trickle_headers` does that
# from the status line on.
TRICKLES = ("trickle", "trickle_headers")


def _trickle(req: BaseHTTPRequestHandler, data: bytes, fault: TransferFault) -> None:
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    ).encode()
    if fault.kind == "trickle":
        req.wfile.write(head + data[: fault.after])
        slow = data[fault.after :]
    else:
        slow = head + data
    for i in range(len(slow)):
        req.wfile.write(slow[i : i + 1])
        time.sleep(fault.delay)


def _reply(req: BaseHTTPRequestHandler, status: int, payload: bytes) -> None:
    req.send_response(status)
    req.send_header("Content-Type", "text/plain")
    req.send_header("Content-Length", str(len(payload)))
    if req.close_connection:
        req.send_header("Connection", "close")
    req.end_headers()
    if payload:
        req.wfile.write(payload)


def _echo(req: BaseHTTPRequestHandler) -> bytes:
    """An error page quoting the request line as text, HTML-escaped and URL-encoded."""
    line = f"{req.command} {req.path} {req.request_version}"
    escaped = html.escape(line)
    encoded = quote(req.path, safe="")
    return (
        f"<html><body><h1>Not Found</h1><p>{escaped}</p><!-- {line} -->"
        f"<a href='/login?next={encoded}'>login</a></body></html>"
    ).encode()


def _drain(req: BaseHTTPRequestHandler, seconds: float | None) -> None:
    """After an early answer to a PUT, read (and discard) the body for `seconds` (None: until
    its end or the client closes), as real servers do so that closing with unread data does not
    reset the connection and wipe the answer; then close."""
    remaining = int(req.headers.get("Content-Length") or 0)
    deadline = None if seconds is None else time.monotonic() + seconds
    with contextlib.suppress(OSError, ValueError):  # a timeout or the client's close ends it
        req.connection.settimeout(1.0)
        while remaining > 0 and (deadline is None or time.monotonic() < deadline):
            chunk = req.rfile.read1(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
    req.close_connection = True


def _drop(req: BaseHTTPRequestHandler, *, reset: bool) -> None:
    """End the connection mid-body: a TCP reset, or a clean close (a truncated body)."""
    sock = req.connection
    req.close_connection = True
    try:
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    except OSError:
        pass
