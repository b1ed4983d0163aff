"""Server addresses and transfer URLs: parse `host[:port]`, fix up `*` hosts, mask tokens."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

from .._logmask import mask_url
from ..errors import TransferError

__all__ = ["ServerAddress", "mask_url", "parse_server", "resolve_transfer_url"]


@dataclass(frozen=True)
class ServerAddress:
    """A vCenter (or ESXi) address: host without brackets, optional port."""

    host: str
    port: int | None = None

    @property
    def netloc_host(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host

    @property
    def netloc(self) -> str:
        return self.netloc_host + (f":{self.port}" if self.port is not None else "")

    @property
    def origin(self) -> str:
        return f"https://{self.netloc}"


def parse_server(server: str) -> ServerAddress:
    """Parse `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6 literal."""
    text = server.strip()
    if "://" in text:
        raise ValueError(f"server must be a host name, not a URL: {server!r}")
    if not text:
        raise ValueError("server is empty")
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or (rest and not rest.startswith(":")):
            raise ValueError(f"malformed IPv6 server address: {server!r}")
        ipaddress.IPv6Address(host.split("%")[0])
        return ServerAddress(host, _port(rest[1:], server) if rest else None)
    if text.count(":") > 1:
        ipaddress.IPv6Address(text.split("%")[0])
        return ServerAddress(text)
    host, sep, port = text.partition(":")
    return ServerAddress(host, _port(port, server) if sep else None)


def _port(text: str, server: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(f"bad port in server address {server!r}")
    return int(text)


def resolve_transfer_url(url: str, server: str) -> str:
    """Replace a `*` host in a transfer URL with the host *and port* of `server` (the one the
    client called), and refuse any URL that is not HTTPS (TransferError).

    `https://*/...` and `https://*:443/...` both become `https://{server}/...`: the URL's own
    port is dropped, as govc does "to support port forwarding" (a client of `vc:8443` must not
    go to `:443`). Real host names are left alone. IPv6 hosts get brackets.
    """
    try:
        parts = urlsplit(url)
        port = parts.port if parts.hostname != "*" else None  # raises for a port out of range
    except ValueError as exc:
        raise TransferError(f"refusing a malformed transfer URL ({mask_url(url)}): {exc}") from None
    if parts.scheme.lower() != "https":
        raise TransferError(f"refusing a non-HTTPS transfer URL ({mask_url(url)})")
    host_part, _, port_part = _split_netloc(parts)
    if not host_part or (port_part and port is None and host_part != "*"):
        raise TransferError(f"refusing a transfer URL without host or port ({mask_url(url)})")
    if host_part != "*":
        return url
    netloc = parse_server(server).netloc
    userinfo = parts.netloc.rpartition("@")[0]
    if userinfo:
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit(parts._replace(netloc=netloc))


def _split_netloc(parts: SplitResult) -> tuple[str, str, str]:
    hostport = parts.netloc.rpartition("@")[2]
    if hostport.startswith("["):
        host, _, rest = hostport[1:].partition("]")
        return host, ":", rest.lstrip(":")
    return hostport.partition(":")
