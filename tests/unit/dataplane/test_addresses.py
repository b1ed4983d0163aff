"""AddressBook: where each new connection to an ESXi host goes (no socket is opened here)."""

from __future__ import annotations

import socket

import pytest
from vsphere_guest import TransferError
from vsphere_guest.dataplane.addresses import AddressBook


class Counting:
    def __init__(self, names: dict[str, list[str]]) -> None:
        self.names = names
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.names:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.names[host]


def test_an_entry_with_the_port_comes_before_one_without() -> None:
    book = AddressBook({"esxi-01": "10.0.0.5", "ESXI-01:9443": "10.0.0.6:443"}, Counting({}))
    assert book.route("esxi-01", 9443).addresses == ("10.0.0.6",)
    assert book.route("esxi-01", 9443).port == 443
    assert book.route("esxi-01", 443).addresses == ("10.0.0.5",)
    assert book.route("esxi-01", 443).port == 443


def test_ip_addresses_are_never_resolved() -> None:
    resolver = Counting({})
    book = AddressBook(None, resolver)
    assert book.route("10.0.0.5", 443).addresses == ("10.0.0.5",)
    assert book.route("fe80::1%eth0", 443).addresses == ("fe80::1%eth0",)
    assert resolver.asked == []


def test_an_empty_answer_counts_as_a_name_that_does_not_resolve() -> None:
    book = AddressBook(None, lambda host, port: [])
    route = book.route("esxi-01", 443, ("10.0.0.5",))
    assert route.addresses == ("10.0.0.5",) and "management address" in route.via


def test_a_fallback_is_remembered_so_later_connections_do_not_wait_for_dns_again() -> None:
    resolver = Counting({})
    book = AddressBook(None, resolver)
    for _ in range(3):
        assert book.route("esxi-01", 443, ("10.0.0.5",)).addresses == ("10.0.0.5",)
    assert resolver.asked == ["esxi-01"]


def test_a_name_that_resolves_is_asked_again_for_each_connection() -> None:
    resolver = Counting({"esxi-01": ["10.0.0.7"]})
    book = AddressBook(None, resolver)
    for _ in range(2):
        assert book.route("esxi-01", 443, ("10.0.0.5",)).addresses == ("10.0.0.7",)
    assert resolver.asked == ["esxi-01", "esxi-01"]


def test_a_mapped_name_that_does_not_resolve_says_so() -> None:
    book = AddressBook({"esxi-01": "esxi-01.mgmt"}, Counting({}))
    with pytest.raises(TransferError, match=r"esxi-01 mapped to esxi-01\.mgmt, which does not"):
        book.route("esxi-01", 443, ("10.0.0.5",))
