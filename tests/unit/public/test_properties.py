"""Property tests (hypothesis): the parsers of untrusted text never fail with an unexpected
exception type, and keep their invariants."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st
from vsphere_guest import ServerError, TransferError, faults
from vsphere_guest.dataplane.urls import parse_server, resolve_transfer_url
from vsphere_guest.guest_paths import guest_basename, is_guest_root

SETTINGS = settings(max_examples=300, deadline=None)
hosts = st.one_of(
    st.from_regex(r"\A[a-z0-9]([a-z0-9.-]{0,20}[a-z0-9])?\Z"),
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(lambda a: f"[{a}]"),
    st.just("*"),
)
ports = st.one_of(st.none(), st.integers(0, 70000))
paths = st.from_regex(r"\A(/[A-Za-z0-9._~%-]*){0,3}\Z")
queries = st.from_regex(r"\A(id=[0-9]{1,4}&token=[A-Za-z0-9_-]{0,20})?\Z")


@st.composite
def transfer_urls(draw: Any) -> str:
    scheme = draw(st.sampled_from(["https", "HTTPS", "http", "ftp", ""]))
    netloc = draw(hosts)
    port = draw(ports)
    if port is not None:
        netloc += f":{port}"
    query = draw(queries)
    return f"{scheme}://{netloc}{draw(paths)}" + (f"?{query}" if query else "")


@SETTINGS
@given(st.one_of(transfer_urls(), st.text(max_size=60)), st.sampled_from(["vc:8443", "[::1]:9"]))
def test_resolve_transfer_url_is_https_with_a_host_or_a_transfer_error(
    url: str, server: str
) -> None:
    try:
        resolved = resolve_transfer_url(url, server)
    except TransferError:
        return
    parts, before = urlsplit(resolved), urlsplit(url)
    assert parts.scheme.lower() == "https" and parts.hostname
    assert parts.hostname != "*"  # a `*` host is always replaced, by the server called
    assert parts.netloc == (server if before.hostname == "*" else before.netloc)
    assert (parts.path, parts.query) == (before.path, before.query)  # the token is kept


@SETTINGS
@given(st.one_of(st.text(max_size=40), hosts.map(str), st.tuples(hosts, ports).map(str)))
def test_parse_server_returns_an_address_or_a_value_error(text: str) -> None:
    try:
        address = parse_server(text)
    except ValueError:
        return
    assert address.host and (address.port is None or 0 < address.port < 65536)
    assert parse_server(address.netloc) == address  # netloc round-trips


@SETTINGS
@given(st.text(max_size=80))
def test_guest_basename_is_a_plain_name_or_a_value_error(path: str) -> None:
    try:
        name = guest_basename(path)
    except ValueError:
        return
    assert name and name not in (".", "..")
    assert "/" not in name and "\\" not in name  # never a path: it becomes a local file name
    assert name in path


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
fault_like = st.fixed_dictionaries(
    {"_typeName": st.sampled_from([*faults.names()[:20], "NoSuchFault", "", "string"])},
    optional={
        "faultstring": json_values,
        "faultMessage": json_values,
        "faultCause": json_values,
        "object": json_values,
    },
)


@SETTINGS
@given(
    st.one_of(json_values, fault_like),
    st.sampled_from(["dict", "str", "bytes"]),
    st.integers(100, 599),
)
def test_from_json_always_gives_a_fault_or_a_server_error(
    value: Any, form: str, status: int
) -> None:
    if form == "dict" and not isinstance(value, dict):
        form = "str"
    text = json.dumps(value)
    body: Any = value if form == "dict" else text if form == "str" else text.encode()
    error = faults.from_json(body, status=status)
    assert isinstance(error, faults.MethodFault | ServerError)
    str(error)  # a message can always be rendered


@SETTINGS
@given(st.binary(max_size=200))
def test_from_json_of_any_bytes(body: bytes) -> None:
    assert isinstance(faults.from_json(body), faults.MethodFault | ServerError)


@st.composite
def guest_root_spellings(draw: Any) -> tuple[str, bool]:
    """A guest path built from a root and `.`, `..`, name and name-then-`..` segments joined by
    runs of separators (both kinds on Windows, drive letters of either case), with whether it
    normalises to the root (by a model: a stack of names, `..` above the root stays there)."""
    windows = draw(st.booleans())
    seps = st.sampled_from(["\\", "/"] if windows else ["/"])
    sep_run = st.lists(seps, min_size=1, max_size=3).map("".join)
    segments = draw(st.lists(st.sampled_from([".", "..", "name", "name/.."]), max_size=6))
    root = draw(sep_run)
    if windows:  # a bare drive (`C:`) only alone: `C:name` is relative to the drive's folder
        bare = not segments and draw(st.booleans())
        root = draw(st.sampled_from("CcDz")) + ":" + ("" if bare else root)
    depth, path = 0, root
    for n, segment in enumerate(segments):
        for part in segment.split("/"):
            depth = max(depth - 1, 0) if part == ".." else depth + (part != ".")
        if windows:
            segment = segment.replace("/", draw(seps))
        path += ("" if n == 0 else draw(sep_run)) + segment
    if draw(st.booleans()):
        path += draw(sep_run)
    return path, depth == 0


@SETTINGS
@given(guest_root_spellings())
def test_every_spelling_of_a_guest_root_is_a_root(spelling: tuple[str, bool]) -> None:
    path, at_root = spelling
    assert is_guest_root(path) == at_root, path
