"""TLS contexts: the vCenter connection (system trust, CA file, context, or off with a warning)
and the ESXi transfer connection (pinned to exactly the host's certificate).
"""

from __future__ import annotations

import base64
import logging
import ssl
from collections.abc import Sequence
from pathlib import Path

logger = logging.getLogger("vsphere_guest")

Verify = bool | str | Path | ssl.SSLContext
_warned: set[str] = set()


def pinned_ssl_context(pem: str | bytes) -> ssl.SSLContext:
    """A client context that trusts exactly this certificate (PEM) and nothing else.

    Works for self-signed and CA-signed leaves (VERIFY_X509_PARTIAL_CHAIN makes the leaf itself
    the trust anchor). No hostname check: the peer is identified by the pin. TLS 1.2 or newer.
    """
    text = pem.decode("ascii") if isinstance(pem, bytes) else pem
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise ValueError("not a PEM certificate")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    context.load_verify_locations(cadata=text)
    return context


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
