"""Proxies for both planes: the proxy URL (`http://[USER:PASSWORD@]HOST:PORT`), the hosts that
bypass it (NO_PROXY, with `proxy_from_env`), and the CONNECT tunnel a transfer to an ESXi host
goes through. The proxy sees `CONNECT host:port` and TLS records: the pin check happens inside
the tunnel, before any HTTP byte, so the transfer token never reaches the proxy.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

from ..errors import ProxyTransferError, TransientProxyTransferError

DEFAULT_PORT = 80  # as curl's http:// scheme, httpx and urllib: the proxy URL's scheme port


@dataclass(frozen=True)
class Proxy:
    """An HTTP proxy: host (without brackets) and port; its credentials are never repr'd."""

    host: str
    port: int
    username: str = field(default="", repr=False)
    password: str = field(default="", repr=False)

    @property
    def netloc(self) -> str:
        """`host:port` for messages (never the credentials)."""
        return authority(self.host, self.port)

    def url(self) -> str:
        """The URL with its credentials, for httpx (never logged)."""
        auth = f"{quote(self.username, safe='')}:{quote(self.password, safe='')}@"
        return f"http://{auth if self.username else ''}{self.netloc}"

    def headers(self) -> dict[str, str]:
        """The CONNECT request's extra headers: Proxy-Authorization (Basic) with credentials."""
        if not self.username:
            return {}
        pair = f"{self.username}:{self.password}".encode()
        return {"Proxy-Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}


def authority(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def parse_proxy(text: str, what: str = "proxy") -> Proxy:
    """`http://[USER:PASSWORD@]HOST[:PORT]` (a value without a scheme is taken as http://, as
    curl does); ValueError, naming `what` but never the URL's credentials, for anything else."""
    value = text.strip()
    if not value:
        raise ValueError(f"{what} is empty")
    if "://" not in value:
        value = "http://" + value
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme == "https":
        raise ValueError(
            f"{what}: https:// proxies (TLS to the proxy itself) are not supported; give "
            "http://HOST:PORT (what goes through the tunnel is TLS to vCenter or the ESXi host)"
        )
    if scheme != "http":
        raise ValueError(f"{what}: {scheme}:// proxies are not supported; give http://HOST:PORT")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"{what}: bad port (a number from 1 to 65535)") from None
    if not parts.hostname:
        raise ValueError(f"{what}: no host; give http://HOST:PORT")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"{what}: a proxy URL has no path or query; give http://HOST:PORT")
    if port == 0:
        raise ValueError(f"{what}: bad port (a number from 1 to 65535)")
    return Proxy(
        parts.hostname,
        port or DEFAULT_PORT,
        unquote(parts.username or ""),
        unquote(parts.password or ""),
    )


class NoProxy:
    """NO_PROXY: comma-separated `*`, names (`example.com` and `.example.com` both match the
    name and every name below it), IP addresses, CIDR ranges (`10.0.0.0/8`), each optionally
    with `:PORT` (`[v6]:PORT` for IPv6)."""

    def __init__(self, text: str) -> None:
        self.everything = False
        self.entries: list[tuple[str | ipaddress.IPv4Network | ipaddress.IPv6Network, int | None]]
        self.entries = []
        for raw in text.split(","):
            entry = raw.strip().lower()
            if entry == "*":
                self.everything = True
            elif entry:
                self.entries.append(_entry(entry))

    def matches(self, host: str, port: int) -> bool:
        if self.everything:
            return True
        name = host.strip("[]").lower().rstrip(".")
        address = _ip(name)
        for pattern, only_port in self.entries:
            if only_port is not None and only_port != port:
                continue
            if isinstance(pattern, str):
                if name == pattern or name.endswith("." + pattern):
                    return True
            elif address is not None and address in pattern:
                return True
        return False


def _entry(entry: str) -> tuple[str | ipaddress.IPv4Network | ipaddress.IPv6Network, int | None]:
    host, port = entry, None
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        port = int(rest[1:]) if rest[1:].isdigit() else None
    elif entry.count(":") == 1:
        head, _, tail = entry.partition(":")
        if tail.isdigit():
            host, port = head, int(tail)
    try:
        return ipaddress.ip_network(host, strict=False), port
    except ValueError:
        return host.lstrip("*").lstrip(".").rstrip("."), port


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return None


@dataclass(frozen=True)
class Proxies:
    """Which proxy, if any, a connection to a host goes through (one choice for both planes)."""

    proxy: Proxy | None = None
    no_proxy: NoProxy = field(default_factory=lambda: NoProxy(""))

    def for_host(self, host: str, port: int, *also: str) -> Proxy | None:
        """The proxy for `host:port`; None when there is none or NO_PROXY matches `host` or one
        of `also` (the address host_addresses maps it to)."""
        if self.proxy is None:
            return None
        if any(self.no_proxy.matches(name, port) for name in (host, *also)):
            return None
        return self.proxy


def choose_proxies(
    proxy: str | None, from_env: bool, environ: Mapping[str, str] | None = None
) -> Proxies:
    """`proxy=` for every connection, or with `from_env` https_proxy/HTTPS_PROXY (the lower-case
    name first, as curl and urllib read them) and no_proxy/NO_PROXY; neither: no proxy."""
    if proxy is not None and from_env:
        raise ValueError("proxy= and proxy_from_env=True exclude each other: pick one")
    if proxy is not None:
        return Proxies(parse_proxy(proxy))
    if not from_env:
        return Proxies()
    env = os.environ if environ is None else environ
    name = next((n for n in ("https_proxy", "HTTPS_PROXY") if env.get(n, "").strip()), None)
    if name is None:
        return Proxies()
    no_proxy = next((env[n] for n in ("no_proxy", "NO_PROXY") if env.get(n, "").strip()), "")
    return Proxies(parse_proxy(env[name], f"${name}"), NoProxy(no_proxy))


def refusal(proxy: Proxy, target: str, status: int, reason: str) -> tuple[str, bool]:
    """The message for a proxy that answered CONNECT `target` with `status`, and whether asking
    again may help (5xx: the proxy could not reach the host; 407 and 403 would answer the same)."""
    answer = f"{status} {reason}".strip()
    if status == 407:
        why = (
            "refused the credentials of the proxy URL"
            if proxy.username
            else "requires credentials: give them in the proxy URL (http://USER:PASSWORD@HOST:PORT)"
        )
        return f"proxy {proxy.netloc} {why} (CONNECT {target}: {answer})", False
    if status >= 500:
        return f"proxy {proxy.netloc} could not open a tunnel to {target} ({answer})", True
    return f"proxy {proxy.netloc} refused CONNECT {target} ({answer})", False


def open_tunnel(proxy: Proxy, host: str, port: int, timeout: float) -> socket.socket:
    """A connection to `proxy` on which `CONNECT host:port` was answered 2xx: what follows is
    the host's TLS. Failures are ProxyTransferErrors naming the proxy (transient when the proxy
    refused the TCP connection, dropped it, did not answer in time, or answered 5xx)."""
    target = authority(host if host.isascii() else host.encode("idna").decode("ascii"), port)
    try:
        sock = socket.create_connection((proxy.host, proxy.port), timeout)
    except socket.gaierror as exc:
        raise ProxyTransferError(
            f"proxy {proxy.netloc} does not resolve ({exc.strerror or exc})",
            proxy=proxy.netloc,
        ) from exc
    except OSError as exc:
        raise TransientProxyTransferError(
            f"cannot connect to proxy {proxy.netloc}: {exc.strerror or exc}", proxy=proxy.netloc
        ) from exc
    try:
        sock.sendall(_connect_request(proxy, target))  # no local holds Proxy-Authorization
        answer = http.client.HTTPResponse(sock, method="CONNECT")
        try:
            answer.begin()
        finally:
            answer.close()  # its reader, not the socket; nothing follows until the ClientHello
    except OSError as exc:
        sock.close()
        raise TransientProxyTransferError(
            f"proxy {proxy.netloc} did not answer CONNECT {target} ({type(exc).__name__}: {exc})",
            proxy=proxy.netloc,
        ) from exc
    except http.client.HTTPException as exc:
        sock.close()
        raise ProxyTransferError(
            f"proxy {proxy.netloc} answered CONNECT {target} with something that is not HTTP "
            f"({type(exc).__name__}); is it an HTTP proxy?",
            proxy=proxy.netloc,
        ) from exc
    if not 200 <= answer.status < 300:
        sock.close()
        message, transient = refusal(proxy, target, answer.status, answer.reason)
        kind = TransientProxyTransferError if transient else ProxyTransferError
        raise kind(message, proxy=proxy.netloc, status=answer.status)
    return sock


def _connect_request(proxy: Proxy, target: str) -> bytes:
    lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"]
    lines += [f"{key}: {value}" for key, value in proxy.headers().items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
