"""Proxy settings: the proxy URL, NO_PROXY's matching, the environment's variables (read only
when asked), and the words for a proxy's refusal."""

from __future__ import annotations

import base64

import pytest
from vsphere_guest.dataplane.proxies import (
    NoProxy,
    Proxy,
    choose_proxies,
    parse_proxy,
    refusal,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://proxy.corp:3128", Proxy("proxy.corp", 3128)),
        ("proxy.corp:3128", Proxy("proxy.corp", 3128)),  # no scheme: http://, as curl
        ("HTTP://Proxy.Corp:3128/", Proxy("proxy.corp", 3128)),
        ("http://proxy.corp", Proxy("proxy.corp", 80)),  # the scheme's port, as httpx, urllib
        ("http://[::1]:3128", Proxy("::1", 3128)),
        ("http://al%40ice:p%3Ass@proxy:8080", Proxy("proxy", 8080, "al@ice", "p:ss")),
    ],
)
def test_proxy_urls(text: str, expected: Proxy) -> None:
    assert parse_proxy(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("https://u:pw-x@proxy:3128", "https:// proxies (TLS to the proxy itself) are not"),
        ("socks5h://u:pw-x@proxy:1080", "socks5h:// proxies are not supported"),
        ("http://u:pw-x@proxy:port", "bad port"),
        ("http://u:pw-x@proxy:0", "bad port"),
        ("http://u:pw-x@:3128", "no host"),
        ("http://u:pw-x@proxy:3128/x?y", "no path or query"),
        ("  ", "is empty"),
    ],
)
def test_bad_proxy_urls_are_refused_without_quoting_them(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=r"^proxy: |^proxy is empty") as bad:
        parse_proxy(text)
    assert words in str(bad.value) and "pw-x" not in str(bad.value)


def test_credentials_are_never_repr_d_and_become_proxy_authorization() -> None:
    proxy = parse_proxy("http://alice:s3cret@proxy:3128")
    assert "s3cret" not in repr(proxy) and proxy.netloc == "proxy:3128"
    (value,) = proxy.headers().values()
    assert base64.b64decode(value.removeprefix("Basic ")) == b"alice:s3cret"
    assert proxy.url() == "http://alice:s3cret@proxy:3128"
    assert parse_proxy("http://proxy:3128").headers() == {}


@pytest.mark.parametrize(
    ("no_proxy", "host", "port", "bypass"),
    [
        ("*", "anything", 443, True),
        ("example.com", "example.com", 443, True),
        ("example.com", "esxi.example.com", 443, True),
        (".example.com", "esxi.example.com", 443, True),
        ("*.example.com", "esxi.example.com", 443, True),
        ("example.com", "notexample.com", 443, False),
        ("ESXi-01.lab", "esxi-01.lab", 443, True),
        ("esxi-01.lab:8443", "esxi-01.lab", 443, False),
        ("esxi-01.lab:8443", "esxi-01.lab", 8443, True),
        ("10.0.0.0/8, 192.168.1.5", "10.1.2.3", 443, True),
        ("10.0.0.0/8, 192.168.1.5", "192.168.1.5", 443, True),
        ("10.0.0.0/8, 192.168.1.5", "192.168.1.6", 443, False),
        ("10.0.0.0/8", "10.example.com", 443, False),
        ("::1", "::1", 443, True),
        ("[::1]:8443", "::1", 443, False),
        ("[::1]:8443", "::1", 8443, True),
        ("fd00::/8", "fd12::5", 443, True),
        ("", "esxi-01.lab", 443, False),
    ],
)
def test_no_proxy(no_proxy: str, host: str, port: int, bypass: bool) -> None:
    assert NoProxy(no_proxy).matches(host, port) is bypass


def test_the_environment_is_read_only_when_asked() -> None:
    env = {"HTTPS_PROXY": "http://up:3128", "NO_PROXY": "vc.lab"}
    assert choose_proxies(None, False, env).proxy is None
    chosen = choose_proxies(None, True, env)
    assert chosen.for_host("esxi-01.lab", 443) == Proxy("up", 3128)
    assert chosen.for_host("vc.lab", 443) is None
    assert chosen.for_host("esxi-01.lab", 443, "vc.lab") is None  # a mapped address listed
    lower = {**env, "https_proxy": "http://low:3128", "no_proxy": "esxi-01.lab"}
    chosen = choose_proxies(None, True, lower)  # lower-case first, as curl and urllib
    assert chosen.for_host("esxi-01.lab", 443) is None
    assert chosen.for_host("vc.lab", 443) == Proxy("low", 3128)
    assert choose_proxies(None, True, {"HTTPS_PROXY": " "}).proxy is None
    assert choose_proxies(None, True, {"HTTP_PROXY": "http://p:1", "ALL_PROXY": "x"}).proxy is None


def test_an_explicit_proxy_ignores_no_proxy_and_the_environment_says_its_name() -> None:
    assert choose_proxies("p:1", False, {"NO_PROXY": "*"}).for_host("h", 443) == Proxy("p", 1)
    with pytest.raises(ValueError, match=r"^\$HTTPS_PROXY: socks5:// proxies"):
        choose_proxies(None, True, {"HTTPS_PROXY": "socks5://p:1080"})


@pytest.mark.parametrize(
    ("status", "credentials", "words", "transient"),
    [
        (407, False, "requires credentials: give them in the proxy URL", False),
        (407, True, "refused the credentials of the proxy URL", False),
        (403, False, "refused CONNECT esxi:443 (403 Forbidden)", False),
        (502, False, "could not open a tunnel to esxi:443 (502 Bad Gateway)", True),
        (504, False, "could not open a tunnel to esxi:443 (504 Gateway Timeout)", True),
    ],
)
def test_refusals(status: int, credentials: bool, words: str, transient: bool) -> None:
    proxy = Proxy("p", 3128, "u" if credentials else "", "pw-x" if credentials else "")
    reasons = {403: "Forbidden", 407: "Proxy Authentication Required", 502: "Bad Gateway"}
    message, retry = refusal(proxy, "esxi:443", status, reasons.get(status, "Gateway Timeout"))
    assert message.startswith("proxy p:3128 ") and words in message and "pw-x" not in message
    assert retry is transient
