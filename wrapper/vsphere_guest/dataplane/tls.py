"""TLS contexts: the vCenter connection (system trust, CA file, context, or off with a warning)
and the ESXi transfer connection (pinned to exactly the host's certificate).
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import ssl
from collections.abc import Sequence
from pathlib import Path

logger = logging.getLogger("vsphere_guest")

Verify = bool | str | Path | ssl.SSLContext
_warned: set[str] = set()


_PEM_BLOCK = re.compile(r"-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]*?)-----END CERTIFICATE-----")
_BASIC_CONSTRAINTS = bytes.fromhex("551d13")  # OID 2.5.29.19


def pinned_certificate(pem: str | bytes) -> tuple[bytes, ssl.SSLContext]:
    """The DER of the first certificate of `pem` and a client context trusting it alone.

    vCenter may report a host's leaf followed by its CA: only the first PEM block is pinned (a CA
    there, basicConstraints CA:TRUE, is refused), so a sibling certificate of the same CA is not
    trusted. The data plane also compares the peer's certificate with the DER byte for byte.
    """
    text = pem.decode("ascii", "replace") if isinstance(pem, bytes) else pem
    block = _PEM_BLOCK.search(text)
    if block is None:
        raise ValueError("not a PEM certificate")
    try:
        der = base64.b64decode("".join(block.group(1).split()), validate=True)
    except binascii.Error as exc:
        raise ValueError(f"malformed PEM certificate: {exc}") from None
    if is_ca_certificate(der):
        raise ValueError(
            "the first certificate is a CA certificate (basicConstraints CA:TRUE), "
            "not a host certificate"
        )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    context.load_verify_locations(cadata=der)
    return der, context


def pinned_ssl_context(pem: str | bytes) -> ssl.SSLContext:
    """A client context that trusts exactly the first certificate of `pem` and nothing else.

    Works for self-signed and CA-signed leaves (VERIFY_X509_PARTIAL_CHAIN makes the leaf itself
    the trust anchor). No hostname check: the peer is identified by the pin. TLS 1.2 or newer.
    """
    return pinned_certificate(pem)[1]


def _tlv(data: bytes, pos: int) -> tuple[int, int, int]:
    """One DER element at pos: (tag, start of its value, end of its value)."""
    if pos + 2 > len(data):
        raise ValueError("truncated DER")
    tag, length = data[pos], data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):
            raise ValueError("bad DER length")
        length = int.from_bytes(data[pos : pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise ValueError("truncated DER")
    return tag, pos, pos + length


def _children(data: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    while start < end:
        element = _tlv(data, start)
        out.append(element)
        start = element[2]
    return out


def is_ca_certificate(der: bytes) -> bool:
    """Whether an X.509 certificate (DER) says basicConstraints CA:TRUE (ValueError if it is
    not DER)."""
    try:
        return _is_ca(der)
    except IndexError:
        raise ValueError("malformed DER certificate") from None


def _is_ca(der: bytes) -> bool:
    _, start, end = _tlv(der, 0)
    _, tbs_start, tbs_end = _children(der, start, end)[0]
    for tag, ext_start, ext_end in _children(der, tbs_start, tbs_end):
        if tag != 0xA3:  # [3] extensions
            continue
        (_, seq_start, seq_end), *_ = _children(der, ext_start, ext_end)
        for _, e_start, e_end in _children(der, seq_start, seq_end):
            parts = _children(der, e_start, e_end)
            oid = der[parts[0][1] : parts[0][2]]
            if oid != _BASIC_CONSTRAINTS:
                continue
            _, v_start, _ = parts[-1]  # extnValue OCTET STRING
            _, c_start, c_end = _tlv(der, v_start)
            fields = _children(der, c_start, c_end)
            if not fields or fields[0][0] != 0x01:  # cA BOOLEAN DEFAULT FALSE
                return False
            return any(der[fields[0][1] : fields[0][2]])
    return False


def verify_context(verify: Verify, *, what: str) -> ssl.SSLContext:
    """The context for `verify=` (True: system trust; path: CA bundle; False: off, warned once)."""
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is False:
        if what not in _warned:
            _warned.add(what)
            logger.warning(
                "TLS certificate verification is OFF for the %s connection: "
                "anyone on the network path can impersonate it",
                what,
            )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if verify is True:
        context = ssl.create_default_context()
    else:
        path = Path(verify)
        if not path.exists():
            raise FileNotFoundError(f"CA file for the {what} connection not found: {path}")
        context = ssl.create_default_context(
            cafile=str(path) if path.is_file() else None,
            capath=str(path) if path.is_dir() else None,
        )
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def pem_from_wire(value: object) -> str:
    """The PEM text of a VMODL byte[] value: a list of signed or unsigned ints, a boxed
    `{"_value": [...]}`, or a base64 string (of the PEM or of DER)."""
    if isinstance(value, dict) and "_value" in value:
        value = value["_value"]
    if isinstance(value, str):
        if "-----BEGIN" in value:
            return value
        raw = base64.b64decode(value, validate=True)
    elif isinstance(value, Sequence) and all(isinstance(b, int) for b in value):
        raw = bytes(b & 0xFF for b in value)
    else:
        raise ValueError(f"unexpected certificate encoding: {type(value).__name__}")
    if raw.lstrip().startswith(b"-----BEGIN"):
        return raw.decode("ascii")
    return ssl.DER_cert_to_PEM_cert(raw)
