"""Where a transfer connects: the transfer URL's host, unless `host_addresses` maps it; a name
through the resolver (injectable, so tests send no DNS query); and when the ESXi host's name
does not resolve, its management address as vCenter reports it (govc does the same). Through a
proxy, the name or mapped address goes in the CONNECT as it is (`tunnel`). Which peer is
trusted is decided by the pinned certificate, never by the address.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import TransferError, advise, fill
from ..types import Resolver
from .urls import ServerAddress, parse_server

logger = logging.getLogger("vsphere_guest")


def system_resolver(host: str, port: int) -> list[str]:
    """The operating system's resolver (getaddrinfo), addresses in its order, each once."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Route:
    """The addresses to try for one connection, the port, and how they were found."""

    addresses: tuple[str, ...]
    port: int
    via: str = ""  # for messages: "" when the URL's host is used as it is


def parse_host_addresses(
    mapping: Mapping[str, str] | None,
) -> dict[tuple[str, int | None], ServerAddress]:
    """`{"NAME[:PORT]": "ADDRESS[:PORT]"}` keyed by (lower-case name, port or None for every
    port); ValueError names the entry that is malformed."""
    parsed: dict[tuple[str, int | None], ServerAddress] = {}
    for key, value in (mapping or {}).items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ValueError("host_addresses maps host names (str) to addresses (str)")
        try:
            name, target = parse_server(key), parse_server(value)
        except ValueError as exc:
            raise ValueError(f"host_addresses entry {key!r}: {value!r}: {exc}") from None
        parsed[(name.host.lower(), name.port)] = target
    return parsed


class AddressBook:
    """Decides the addresses of each new connection to an ESXi host; safe across threads."""

    def __init__(self, host_addresses: Mapping[str, str] | None, resolver: Resolver | None) -> None:
        self.mapped = parse_host_addresses(host_addresses)
        self.resolver: Resolver = resolver or system_resolver
        # Names that did not resolve, and the management address used instead: later
        # connections go there at once (a failing DNS lookup may take seconds each time).
        self._fallbacks: dict[tuple[str, int, tuple[str, ...]], str] = {}
        self._lock = threading.Lock()

    def route(self, host: str, port: int, management: tuple[str, ...] | None = None) -> Route:
        """Addresses for `host:port` (host as in the URL, without brackets).

        host_addresses first (an entry with the port, then one without); an IP address as it
        is; a name through the resolver; a name that does not resolve: the one management
        address vCenter reported for the host (TransferError when there is none or several).
        """
        target = self.mapped.get((host.lower(), port)) or self.mapped.get((host.lower(), None))
        if target is not None:
            to_port = target.port or port
            found = self._resolve(target.host, to_port, f"{host} mapped to {target.host}")
            via = f" (via {_netloc(target.host, to_port)}, the address given for {host})"
            return Route(found, to_port, via)
        if is_ip(host):
            return Route((host,), port)
        with self._lock:
            known = self._fallbacks.get((host, port, management or ()))
        if known is not None:
            return _management_route(known, port)
        try:
            return Route(self._lookup(host, port), port)
        except OSError as exc:
            failure = exc
        if management is None or len(management) != 1:
            if management is None:
                why = "its management address is not read from vCenter {host_verify_given}"
            elif management:
                why = f"vCenter lists {len(management)} management addresses for it "
                why += f"({', '.join(management)}), not one to fall back on"
            else:
                why = "vCenter lists no usable management address for it (none, or link-local)"
            template = (
                f"ESXi host name {host} does not resolve ({_reason(failure)}) and {why}; give "
                "its address with {host_addresses}; the transfer token was not sent"
            )
            words = {
                "host_addresses": f"host_addresses={{{host!r}: 'ADDRESS'}} (CLI: --esxi-address "
                f"{host}=ADDRESS)",
                **({"host_verify_given": "with host_verify="} if management is None else {}),
            }
            raise advise(TransferError(fill(template, words)), template, words, host) from failure
        address = management[0]
        with self._lock:
            self._fallbacks[(host, port, management)] = address
        logger.info(
            "ESXi host name %s does not resolve (%s): using its management address %s from "
            "vCenter (the pinned certificate still decides)",
            host,
            _reason(failure),
            address,
        )
        return _management_route(address, port)

    def tunnel(self, host: str, port: int) -> tuple[str, int, str]:
        """Where a CONNECT through a proxy goes for `host:port`, and how it was found: the
        address host_addresses gives, as it is, else the URL's host. The proxy resolves names:
        no resolver, no management address fallback (whether the proxy knows a name is only
        learnt from its answer)."""
        target = self.mapped.get((host.lower(), port)) or self.mapped.get((host.lower(), None))
        if target is None:
            return host, port, ""
        to_port = target.port or port
        return target.host, to_port, f" (via {_netloc(target.host, to_port)}, host_addresses)"

    def _lookup(self, host: str, port: int) -> tuple[str, ...]:
        """An IP address as it is, a name through the resolver (OSError: it does not resolve;
        an empty answer counts as that)."""
        if is_ip(host):
            return (host,)
        return tuple(self.resolver(host, port)) or _none(host)

    def _resolve(self, host: str, port: int, what: str) -> tuple[str, ...]:
        try:
            return self._lookup(host, port)
        except OSError as exc:
            raise TransferError(
                f"{what}, which does not resolve ({_reason(exc)}); the transfer token was not sent"
            ) from exc


def _management_route(address: str, port: int) -> Route:
    return Route((address,), port, f" (via {_netloc(address, port)}, its management address)")


def _none(host: str) -> tuple[str, ...]:
    raise socket.gaierror(socket.EAI_NONAME, f"no address for {host}")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
