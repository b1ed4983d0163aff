"""Exit codes of the command and the one line each error becomes: what the library raises
mapped to a code and a message in the command's words; SIGTERM handled as Ctrl-C."""

from __future__ import annotations

import argparse
import ipaddress
import signal
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .. import faults, parse_server
from ..errors import (
    ConnectionFailed,
    DestinationExists,
    DestinationFolderNotFound,
    GuestFolderNotFound,
    HostCertificateError,
    LocalFileError,
    TransferError,
    VCenterTLSError,
    VmNotFound,
    VsphereGuestError,
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_FAULT = 0, 1, 2, 3, 4
EXIT_CERT, EXIT_TRANSFER, EXIT_EXISTS, EXIT_CONNECT, EXIT_LOCAL = 5, 6, 7, 8, 9


EXIT_INTERRUPTED = 130  # 128 + SIGINT; SIGTERM exits 128 + 15 after the same clean-up


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that it cleans up exactly as on Ctrl-C."""


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM raises Terminated (a KeyboardInterrupt): temporary files are
    removed and sessions closed as on Ctrl-C."""

    def terminate(signum: int, frame: Any) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


EXIT_CODES_HELP = (
    "Exit codes: 0 success, 1 unexpected error, 2 usage, 3 VM not found, 4 vSphere fault (login, "
    "guest credentials, power state, file errors...), 5 certificate refused, 6 transfer failed, "
    "7 destination exists, 8 cannot connect, 9 local file error (missing destination folder, "
    "read-only destination, disk full)."
)


class StdoutClosed(Exception):
    """stdout's reader went away (`| head -c0`) before a download to - was written out."""


class CliError(Exception):
    """An expected error: one line on stderr and this exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def exit_code(exc: BaseException, args: argparse.Namespace | None = None) -> tuple[int, str]:
    """The exit code and one-line message for an error (`args`: the command line it came from)."""
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, StdoutClosed):
        return EXIT_TRANSFER, "stdout was closed before the whole file was written (broken pipe)"
    if isinstance(exc, VmNotFound):
        return EXIT_NOT_FOUND, str(exc)
    if isinstance(exc, DestinationExists):
        return EXIT_EXISTS, cli_words(exc)
    if isinstance(exc, DestinationFolderNotFound):
        return EXIT_LOCAL, cli_words(exc)
    if isinstance(exc, LocalFileError):
        return EXIT_LOCAL, cli_words(exc)
    if isinstance(exc, HostCertificateError):
        return EXIT_CERT, f"certificate refused: {_host_certificate_message(exc, args)}"
    if isinstance(exc, faults.FileAlreadyExists):  # mkdir of an existing folder, mv onto a file
        return EXIT_EXISTS, str(exc)
    if isinstance(exc, faults.MethodFault | GuestFolderNotFound):  # the guest's FileNotFound
        return EXIT_FAULT, str(exc)
    if isinstance(exc, TransferError):
        return EXIT_TRANSFER, f"transfer failed: {cli_words(exc)}"
    if isinstance(exc, VCenterTLSError):
        return EXIT_CERT, f"vCenter certificate not trusted ({exc}); pass --ca FILE"
    if isinstance(exc, ConnectionFailed):
        return EXIT_CONNECT, _cannot_reach(exc, args)
    if isinstance(exc, VsphereGuestError | OSError | ValueError):
        return EXIT_ERROR, cli_words(exc)
    return EXIT_ERROR, f"unexpected error: {exc!r}"


# The library's advice (the placeholders of its errors' templates) in the command's words.
CLI_ADVICE = {
    "overwrite": "use --overwrite",
    "parents": "use --parents",
    "host_verify": "pass --host-ca FILE or --no-host-verify",
    "host_verify_given": "with --host-ca or --no-host-verify",
    "host_addresses": "--esxi-address {subject}=ADDRESS",
}


def cli_words(error: BaseException) -> str:
    """An error's message, advising on command-line options where the library names its
    arguments (the error's `template` and `advice`; never by rewriting its text)."""
    if not isinstance(error, VsphereGuestError):
        return str(error)
    subject = error.subject or "NAME"
    return error.advised({k: v.replace("{subject}", subject) for k, v in CLI_ADVICE.items()})


def _cannot_reach(exc: ConnectionFailed, args: argparse.Namespace | None) -> str:
    server = getattr(args, "server", None)
    reason = exc.reason  # the library's few words; its message names the server too
    if not server:
        return f"cannot reach the server ({reason})"
    address = parse_server(server)
    where = address.netloc if address.port is not None else f"{address.netloc_host}:443"
    hint = ""
    if address.port is None and ":" in address.host and not server.strip().startswith("["):
        head, _, tail = address.host.rpartition(":")
        example = f"[{head}]:{tail}" if tail.isdigit() and _is_ipv6(head) else f"[{server}]:PORT"
        hint = f"; a bare IPv6 address has no port: for one, write {example}"
    return f"cannot reach vCenter at {where} ({reason}){hint}"


def _host_certificate_message(exc: HostCertificateError, args: argparse.Namespace | None) -> str:
    host_ca = getattr(args, "host_ca", None)
    cause = exc.__cause__
    if host_ca and isinstance(cause, ssl.SSLCertVerificationError):
        # The library speaks of the pinned certificate; with --host-ca there is no pin.
        peer = str(exc).split(" did not present", 1)[0]
        return (
            f"{peer}: its certificate does not verify with --host-ca {host_ca} "
            f"({cause.verify_message}); the transfer token was not sent"
        )
    return cli_words(exc)


def _is_ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True
