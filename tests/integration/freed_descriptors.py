"""Connections that take the descriptors a closed client freed: each asks vCenter once and
leaves the answer unread, so that a thread still reading a freed descriptor would take it."""

from __future__ import annotations

import socket
import ssl

from vsphere_guest.testing import Simulator

CURRENT_TIME = "/sdk/vim25/8.0.2.0/ServiceInstance/ServiceInstance/CurrentTime"


def ask_on_new_connections(sim: Simulator, count: int = 12) -> list[ssl.SSLSocket]:
    """`count` new connections (the lowest free descriptors, freed ones among them), each with
    one request sent and its answer left unread."""
    host, port = sim.server.rsplit(":", 1)
    context = ssl.create_default_context(cafile=str(sim.ca_file))
    ask = f"POST {CURRENT_TIME} HTTP/1.1\r\nHost: {sim.server}\r\nConnection: close\r\n\r\n"
    raw = [socket.socket() for _ in range(count)]  # descriptors first, all of them client-side
    asked = []
    for sock in raw:
        sock.connect((host, int(port)))
        tls = context.wrap_socket(sock, server_hostname=host)
        tls.sendall(ask.encode())
        asked.append(tls)
    return asked


def disturbed(asked: list[ssl.SSLSocket]) -> list[bytes]:
    """What each disturbed connection read instead of its whole answer (vCenter's
    NotAuthenticated fault); [] when none was disturbed."""
    wrong = []
    for tls in asked:
        with tls:
            tls.settimeout(5)
            answer = b""
            try:
                while chunk := tls.recv(65536):
                    answer += chunk
            except OSError as exc:
                answer += repr(exc).encode()
        if not answer.startswith(b"HTTP/1.1 500 "):
            wrong.append(answer)
    return wrong
