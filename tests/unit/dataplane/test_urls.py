"""resolve_transfer_url, server address parsing and token masking (pure functions)."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import pytest
from vsphere_guest import TransferError, mask_url, resolve_transfer_url
from vsphere_guest.dataplane.urls import parse_server


def same_url(a: str, b: str) -> bool:
    """Equal by scheme, host, effective port, path and query."""

    def key(url: str) -> tuple[str, str | None, int, str, str]:
        parts = urlsplit(url)
        return (parts.scheme, parts.hostname, parts.port or 443, parts.path, parts.query)

    return key(a) == key(b)


@pytest.mark.parametrize(
    ("url", "server", "expected"),
    [
        (
            "https://*/guestFile?id=1&token=1234",
            "vc.example",
            "https://vc.example/guestFile?id=1&token=1234",
        ),
        (
            "https://*:443/guestFile?id=1&token=x",
            "vc.example",
            "https://vc.example:443/guestFile?id=1&token=x",
        ),
        # `*` stands for the host *and port* the client called (port forwarding, as govc does)
        (
            "https://*:443/guestFile?id=1&token=x",
            "vc.example:8443",
            "https://vc.example:8443/guestFile?id=1&token=x",
        ),
        ("https://*/guestFile?id=1", "vc.example:8443", "https://vc.example:8443/guestFile?id=1"),
        ("https://*:9443/guestFile?id=2", "[::1]:8443", "https://[::1]:8443/guestFile?id=2"),
        ("https://*/guestFile?id=2", "::1", "https://[::1]/guestFile?id=2"),
        ("https://*:443/guestFile?id=2", "[::1]", "https://[::1]/guestFile?id=2"),
        ("https://*:443/guestFile?id=3", "127.0.0.1:1234", "https://127.0.0.1:1234/guestFile?id=3"),
        (
            "https://esxi-05.homelab:443/guestFile?id=266&token=t",
            "vc",
            "https://esxi-05.homelab:443/guestFile?id=266&token=t",
        ),
        ("https://[fe80::1]:443/guestFile?id=4", "vc", "https://[fe80::1]:443/guestFile?id=4"),
        ("https://10.0.0.5/guestFile?id=5", "vc:8443", "https://10.0.0.5/guestFile?id=5"),
    ],
)
def test_resolve_transfer_url(url: str, server: str, expected: str) -> None:
    assert same_url(resolve_transfer_url(url, server), expected)


@pytest.mark.parametrize(
    "url",
    ["http://*/guestFile?id=1&token=S3CRET", "http://esxi:80/guestFile?token=S3CRET", "ftp://*/x"],
)
def test_resolve_refuses_a_non_https_url(url: str) -> None:
    with pytest.raises(TransferError, match="non-HTTPS") as info:
        resolve_transfer_url(url, "vc")
    assert "S3CRET" not in str(info.value)


def test_resolve_keeps_query_bytes_exactly() -> None:
    url = "https://*/guestFile?id=1&token=a%2Fb%3D%3D&x=*"
    assert resolve_transfer_url(url, "h") == "https://h/guestFile?id=1&token=a%2Fb%3D%3D&x=*"


@pytest.mark.parametrize(
    ("server", "host", "port", "origin"),
    [
        ("vc.example", "vc.example", None, "https://vc.example"),
        ("vc.example:8443", "vc.example", 8443, "https://vc.example:8443"),
        ("[::1]:8443", "::1", 8443, "https://[::1]:8443"),
        ("[::1]", "::1", None, "https://[::1]"),
        ("::1", "::1", None, "https://[::1]"),
        ("10.1.2.3:443", "10.1.2.3", 443, "https://10.1.2.3:443"),
    ],
)
def test_parse_server(server: str, host: str, port: int | None, origin: str) -> None:
    address = parse_server(server)
    assert (address.host, address.port, address.origin) == (host, port, origin)


@pytest.mark.parametrize(
    "bad", ["", "https://vc", "vc:0", "vc:99999", "vc:abc", "[::1", "[nothost]:1"]
)
def test_parse_server_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_server(bad)


def test_mask_url_hides_tokens_only() -> None:
    assert mask_url("https://h/guestFile?id=1&token=s3cret") == "https://h/guestFile?id=1&token=***"
    assert mask_url("https://h/guestFile?token=s3cret&id=1") == "https://h/guestFile?token=***&id=1"
    assert mask_url("https://h/x?id=1") == "https://h/x?id=1"


def test_httpx_log_records_are_masked(caplog: pytest.LogCaptureFixture) -> None:
    from vsphere_guest import Client
    from vsphere_guest._logmask import MaskSecrets

    httpx_logger = logging.getLogger("httpx")
    for existing in [f for f in httpx_logger.filters if isinstance(f, MaskSecrets)]:
        httpx_logger.removeFilter(existing)
    Client("vc.example", username="u", password="p").close()  # a client installs the filter

    with caplog.at_level(logging.INFO, logger="httpx"):
        logging.getLogger("httpx").info(
            'HTTP Request: %s %s "%s"', "GET", "https://h/guestFile?id=1&token=abc", "200"
        )
    assert "abc" not in caplog.text and "token=***" in caplog.text


def test_public_names_all_resolve() -> None:
    import vsphere_guest

    assert set(vsphere_guest.__all__) == set(vsphere_guest._WHERE)
    for name in vsphere_guest.__all__:
        assert getattr(vsphere_guest, name) is not None


@pytest.mark.parametrize(
    "quoted",
    [
        "GET /guestFile?id=1&token=S3CRET HTTP/1.1",
        "<p>GET /guestFile?id=1&amp;token=S3CRET HTTP/1.1</p>",
        "<a href='/login?next=%2FguestFile%3Fid%3D1%26token%3DS3CRET'>",
        "/guestFile%3Ftoken%3DS3CRET%26id%3D1",
        '{"url": "https://*:443/guestFile?id=1&TOKEN=S3CRET"}',
        "https://h/x?ticket=S3CRET;sessionid=S3CRET",
    ],
)
def test_mask_secrets_in_quoted_request_lines(quoted: str) -> None:
    from vsphere_guest._logmask import mask_secrets
    from vsphere_guest.errors import excerpt

    assert "S3CRET" not in mask_secrets(quoted) and "***" in mask_secrets(quoted)
    assert "S3CRET" not in excerpt(quoted)
    long_page = "x" * 190 + quoted  # masked before it is cut
    assert "S3CR" not in excerpt(long_page)
