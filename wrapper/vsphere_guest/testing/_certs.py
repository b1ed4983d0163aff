"""Certificates made at start time: a test CA (trustme) for vCenter and CA-signed ESXi hosts,
and self-signed leaves (cryptography) for ESXi hosts configured that way."""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import os
import ssl
import tempfile
from dataclasses import dataclass

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class Identity:
    """A server certificate chain and key, as PEM."""

    cert_pem: bytes
    key_pem: bytes

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        fd, path = tempfile.mkstemp(suffix=".pem")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(self.cert_pem + self.key_pem)
            context.load_cert_chain(path)
        finally:
            os.unlink(path)
        return context

    @property
    def leaf_pem(self) -> bytes:
        """The first certificate of the chain (what vCenter reports as the host certificate)."""
        end = b"-----END CERTIFICATE-----"
        return self.cert_pem[: self.cert_pem.index(end) + len(end)] + b"\n"


def sha1_thumbprint(pem: bytes) -> str:
    """The SHA-1 thumbprint of a PEM certificate's DER as vSphere writes it: AB:CD:...:EF."""
    digest = hashlib.sha1(ssl.PEM_cert_to_DER_cert(pem.decode("ascii"))).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def ca_signed(ca: trustme.CA, common_name: str) -> Identity:
    leaf = ca.issue_cert(*NAMES, common_name=common_name)
    chain = b"".join(blob.bytes() for blob in leaf.cert_chain_pems)
    return Identity(chain, leaf.private_key_pem.bytes())


def ca_itself(ca: trustme.CA) -> Identity:
    """The CA certificate and key as a server identity (an impostor presenting the CA)."""
    return Identity(ca.cert_pem.bytes(), ca.private_key_pem.bytes())


def self_signed(common_name: str) -> Identity:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    alt = x509.SubjectAlternativeName(
        [
            x509.DNSName("localhost"),
            x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
            x509.IPAddress(ipaddress.ip_address("::1")),
            x509.DNSName(common_name),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(alt, critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Identity(
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
