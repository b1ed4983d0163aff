"""A small HTTP CONNECT proxy on loopback for the tests (stdlib only): it records every request
it gets (request line and headers) and every byte clients sent through its tunnels, can ask for
credentials (407) or refuse CONNECT, and resolves names itself (`names`: its own DNS)."""

from __future__ import annotations

import base64
import contextlib
import socket
import threading
from dataclasses import dataclass
from types import TracebackType


@dataclass(frozen=True)
class Seen:
    """One request the proxy received: its line and headers (names in lower case)."""

    line: str
    headers: dict[str, str]


class ConnectProxy:
    """`with ConnectProxy() as proxy:` listens on 127.0.0.1 (`proxy.url`) until the block ends.

    `credentials`: (user, password) it requires (407 without them); `refuse`: the status it
    answers every CONNECT with; `names`: host name -> address, the names it resolves itself
    (others: the system resolver)."""

    def __init__(
        self,
        *,
        credentials: tuple[str, str] | None = None,
        refuse: int | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        self.credentials = credentials
        self.refuse = refuse
        self.names = names or {}
        self.seen: list[Seen] = []
        self.tunnelled = bytearray()  # what clients sent inside tunnels (TLS records)
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.netloc = f"127.0.0.1:{self.port}"

    @property
    def lines(self) -> list[str]:
        with self._lock:
            return [s.line for s in self.seen]

    def __enter__(self) -> ConnectProxy:
        self._start(self._accept)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)  # wakes accept() (close alone does not)
        self._server.close()
        with self._lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
        for thread in self._threads:
            thread.join(10)

    def drop_tunnels(self) -> None:
        """End every open tunnel, as a server ending idle keep-alive connections does: each
        side reads the end of its connection."""
        with self._lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _keep(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.append(sock)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:  # closed: the with block ended
                return
            self._keep(client)
            self._start(self._handle, client)

    def _handle(self, client: socket.socket) -> None:
        head = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in head and len(head) < 65536:
                data = client.recv(4096)
                if not data:
                    break
                head += data
        if b"\r\n\r\n" not in head:
            client.close()
            return
        text, _, early = head.partition(b"\r\n\r\n")
        line, *fields = text.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (f.partition(":") for f in fields)}
        with self._lock:
            self.seen.append(Seen(line, headers))
        method, _, rest = line.partition(" ")
        target = rest.partition(" ")[0]
        if method != "CONNECT":
            return self._answer(client, "405 Method Not Allowed")
        if self.credentials is not None and headers.get("proxy-authorization") != _basic(
            *self.credentials
        ):
            return self._answer(
                client,
                "407 Proxy Authentication Required",
                'Proxy-Authenticate: Basic realm="tests"\r\n',
            )
        if self.refuse is not None:
            return self._answer(client, f"{self.refuse} Refused By Test Proxy")
        host, _, port = target.rpartition(":")
        host = host.strip("[]")
        try:
            upstream = socket.create_connection((self.names.get(host, host), int(port)), 10)
        except (OSError, ValueError):
            return self._answer(client, "502 Bad Gateway")
        self._keep(upstream)
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        if early:
            self._record(early)
            upstream.sendall(early)
        self._start(self._pipe, upstream, client, False)
        self._pipe(client, upstream, True)

    def _answer(self, client: socket.socket, status: str, extra: str = "") -> None:
        head = f"HTTP/1.1 {status}\r\n{extra}Content-Length: 0\r\nConnection: close\r\n\r\n"
        with contextlib.suppress(OSError):
            client.sendall(head.encode("latin-1"))
        client.close()

    def _record(self, data: bytes) -> None:
        with self._lock:
            self.tunnelled += data

    def _pipe(self, source: socket.socket, sink: socket.socket, record: bool) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if record:
                    self._record(data)
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
