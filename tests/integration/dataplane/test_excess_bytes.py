"""Hostile ESXi hosts, part 3 (issue 20 item 1): bytes after a complete answer.

A host that follows a complete response (Content-Length N, N bytes) with more bytes on the same
kept-alive connection must not get them read as the answer to the next request: like curl
("Excess found"), the client closes such a connection instead of pooling it, and the next
transfer goes over a fresh connection. The host here is a raw TLS server on loopback with the
simulated host's certificate (so the client's pin accepts it); the simulator plays vCenter and
routes the transfer URLs to it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from vsphere_guest import Client, GuestCredentials
from vsphere_guest.testing import Simulator
from vsphere_guest.testing._model import Ticket

SIZE = 4096
EVIL = b"E" * SIZE  # what the host smuggles: a full answer of the right length
SMUGGLED = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % SIZE + EVIL
LATE = 0.2


class SmugglingHost:
    """Serves the simulator's transfer tickets over raw TLS (keep-alive), and follows its first
    answer with SMUGGLED on the same connection: in the same write (`together`), in a write
    of its own (`apart`, a TLS record of its own), or LATE seconds later (`late`: while the
    connection waits in the pool, the test waits longer before the next transfer)."""

    def __init__(self, sim: Simulator, how: str) -> None:
        identity = sim.host_identity(sim.vm("web-01").host)
        self.context = identity.server_context()
        self.how = how
        self.tickets: dict[str, Ticket] = {}
        self.accepted = 0
        self.requests: list[str] = []
        self._armed = True
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._conns: list[ssl.SSLSocket] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def route(self, ticket: Ticket, url: str) -> str:
        parts = urlsplit(url)
        (ticket_id,) = parse_qs(parts.query)["id"]
        self.tickets[ticket_id] = ticket
        return f"https://127.0.0.1:{self.port}{parts.path}?{parts.query}"

    def _accept(self) -> None:
        while True:
            try:
                raw, _ = self._listener.accept()
            except OSError:
                return  # closed
            with self._lock:
                self.accepted += 1
            thread = threading.Thread(target=self._serve, args=(raw,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, raw: socket.socket) -> None:
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            with self.context.wrap_socket(raw, server_side=True) as tls:
                tls.settimeout(10)
                with self._lock:
                    self._conns.append(tls)
                reader = tls.makefile("rb")
                while self._answer(tls, reader):
                    pass
        except (OSError, ssl.SSLError):
            return

    def _answer(self, tls: ssl.SSLSocket, reader: io.BufferedReader) -> bool:
        line = reader.readline()
        if not line:
            return False  # the client closed the connection
        method, target, _ = line.decode().split(" ", 2)
        headers: dict[str, str] = {}
        while (header := reader.readline()) not in (b"\r\n", b""):
            key, value = header.decode().split(":", 1)
            headers[key.strip().lower()] = value.strip()
        self.requests.append(method)
        (ticket_id,) = parse_qs(urlsplit(target).query)["id"]
        ticket = self.tickets[ticket_id]
        if method == "PUT":
            body = reader.read(int(headers["content-length"]))
            ticket.path.write_bytes(body)
            answer = b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
        else:
            data = ticket.path.read_bytes()
            answer = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(data) + data
        with self._lock:
            smuggle, self._armed = self._armed, False
        if smuggle and self.how == "together":
            tls.sendall(answer + SMUGGLED)
        else:
            tls.sendall(answer)
            if smuggle:
                if self.how == "late":
                    time.sleep(LATE)
                tls.sendall(SMUGGLED)
        return True

    def pause(self) -> None:
        """Between two transfers: long enough for a `late` host to have sent its bytes."""
        if self.how == "late":
            time.sleep(LATE * 3)

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=5)


@pytest.fixture(params=["together", "apart", "late"])
def host(sim: Simulator, request: pytest.FixtureRequest) -> Iterator[SmugglingHost]:
    served = SmugglingHost(sim, request.param)
    sim.route_transfers(served.route)
    yield served
    sim.route_transfers(None)
    served.close()


@pytest.fixture
def files(sim: Simulator) -> tuple[bytes, bytes]:
    first, second = os.urandom(SIZE), os.urandom(SIZE)
    sim.write_guest_file(sim.vm("web-01"), "/data/first", first)
    sim.write_guest_file(sim.vm("web-01"), "/data/second", second)
    return first, second


def test_excess_after_a_download_is_not_the_next_answer(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    host: SmugglingHost,
    files: tuple[bytes, bytes],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="vsphere_guest")
    client.download("web-01", "/data/first", tmp_path / "first", credentials=creds)
    host.pause()
    client.download("web-01", "/data/second", tmp_path / "second", credentials=creds)
    assert (tmp_path / "first").read_bytes() == files[0]
    assert (tmp_path / "second").read_bytes() == files[1]
    assert host.requests == ["GET", "GET"]
    assert host.accepted == 2  # the second GET went over a fresh connection
    assert "excess" in caplog.text


def test_excess_after_an_upload_answer_is_not_the_next_answer(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    host: SmugglingHost,
    files: tuple[bytes, bytes],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="vsphere_guest")
    data = os.urandom(SIZE)
    client.upload("web-01", io.BytesIO(data), "/data/uploaded", credentials=creds)
    host.pause()
    client.download("web-01", "/data/second", tmp_path / "second", credentials=creds)
    assert sim.vm("web-01").local_path("/data/uploaded").read_bytes() == data
    assert (tmp_path / "second").read_bytes() == files[1]
    assert host.requests == ["PUT", "GET"]
    assert host.accepted == 2
    assert "excess" in caplog.text
