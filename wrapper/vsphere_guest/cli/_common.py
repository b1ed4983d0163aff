"""What every command shares: exit codes, connection settings (server, logins, TLS), secrets,
the progress bar, and the mapping of errors to exit codes."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import ssl
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from .. import faults
from .._client import Client
from ..errors import (
    DestinationExists,
    HostCertificateError,
    TransferError,
    VmNotFound,
    VsphereGuestError,
)
from ..types import GuestCredentials, Progress

logger = logging.getLogger("vsphere_guest")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_FAULT = 0, 1, 2, 3, 4
EXIT_CERT, EXIT_TRANSFER, EXIT_EXISTS, EXIT_CONNECT = 5, 6, 7, 8
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = (
    "Exit codes: 0 success, 1 unexpected error, 2 usage, 3 VM not found, 4 vSphere fault (login, "
    "guest credentials, power state, file errors...), 5 certificate refused, 6 transfer failed, "
    "7 destination exists, 8 cannot connect."
)


class CliError(Exception):
    """An expected error: one line on stderr and this exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# --- options ---------------------------------------------------------------------------------


def add_output_options(p: argparse.ArgumentParser, *, top: bool) -> None:
    """-q and --debug, accepted before and after the command name (and shown in both helps).

    After the command they default to SUPPRESS, so they never reset a value given before it."""
    default: dict[str, Any] = {"default": False} if top else {"default": argparse.SUPPRESS}
    p.add_argument(
        "--debug",
        action="store_true",
        help="log details and show tracebacks (exit codes stay the same)",
        **default,
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar", **default)


def output_options() -> argparse.ArgumentParser:
    """A parent parser for every command: its -q and --debug."""
    parent = argparse.ArgumentParser(add_help=False)
    add_output_options(parent, top=False)
    return parent


def add_connection_options(p: argparse.ArgumentParser) -> None:
    """vCenter address and login, guest login, TLS trust: for commands that talk to a vCenter."""
    p.add_argument(
        "--server",
        default=os.environ.get("VSPHERE_SERVER"),
        help="vCenter host[:port] (env VSPHERE_SERVER)",
    )
    p.add_argument(
        "--user", default=os.environ.get("VSPHERE_USER"), help="vCenter user (env VSPHERE_USER)"
    )
    p.add_argument(
        "--password", help="vCenter password (prefer env VSPHERE_PASSWORD or the prompt)"
    )
    p.add_argument(
        "--guest-user",
        default=os.environ.get("VSPHERE_GUEST_USER"),
        help="guest OS user (env VSPHERE_GUEST_USER)",
    )
    p.add_argument(
        "--guest-password",
        help="guest OS password (prefer env VSPHERE_GUEST_PASSWORD or the prompt)",
    )
    p.add_argument(
        "--ca",
        metavar="FILE",
        help="CA bundle (PEM) to verify vCenter with (env VSPHERE_CA; default: system trust)",
    )
    p.add_argument(
        "--insecure",
        action="store_true",
        help="do NOT verify vCenter's certificate (ESXi stays pinned); not with --ca",
    )
    hosts = p.add_mutually_exclusive_group()
    hosts.add_argument(
        "--host-ca", metavar="FILE", help="verify ESXi hosts with this CA instead of pinning"
    )
    hosts.add_argument(
        "--no-host-verify",
        action="store_true",
        help="do NOT verify ESXi hosts (the transfer token may leak)",
    )
    p.add_argument("--release", help="VI JSON API release to speak (default: negotiated)")


def secret(value: str | None, env: str, prompt: str, flag: str) -> str:
    if value is not None:
        print(
            f"WARNING: {flag} on the command line is visible to other users (ps); "
            f"prefer ${env} or the prompt",
            file=sys.stderr,
        )
        return value
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise CliError(f"no {prompt.rstrip(': ').lower()}: set ${env} or run on a terminal", EXIT_USAGE)


class _DropLibraryWarning(logging.Filter):
    """Drops the library's "verification is OFF" warning for a side the CLI already warned about
    in its own words (one warning per flag, not two)."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def filter(self, record: logging.LogRecord) -> bool:
        return not (
            record.msg.startswith("TLS certificate verification is OFF")
            and record.args == (self.what,)
        )


def _drop_library_warning(what: str) -> None:
    logger.addFilter(_DropLibraryWarning(what))


def reset_logging_filters() -> None:
    """Undo _drop_library_warning (main calls it when a command ends)."""
    for f in list(logger.filters):
        if isinstance(f, _DropLibraryWarning):
            logger.removeFilter(f)


def tls_settings(args: argparse.Namespace) -> tuple[bool | str, bool | str | None]:
    """`verify` and `host_verify` for the Client from --ca/$VSPHERE_CA, --insecure, --host-ca and
    --no-host-verify; warns once for each side that is not verified."""
    ca_env = os.environ.get("VSPHERE_CA") or None
    ca: str | None = args.ca or ca_env
    verify: bool | str = ca or True
    if args.insecure:
        if args.ca:
            raise CliError("--insecure and --ca contradict each other: pick one", EXIT_USAGE)
        if ca_env:
            raise CliError(
                f"--insecure contradicts $VSPHERE_CA ({ca_env}): unset it or drop --insecure",
                EXIT_USAGE,
            )
        print(
            "WARNING: --insecure: vCenter's certificate is NOT verified; anyone on the network "
            "path can read your vCenter password. ESXi transfers stay pinned.",
            file=sys.stderr,
        )
        _drop_library_warning("vCenter")
        verify = False
    host_verify: bool | str | None = args.host_ca
    if args.no_host_verify:
        print(
            "WARNING: --no-host-verify: ESXi hosts are NOT verified; the one-time transfer "
            "URL may be sent to an impostor.",
            file=sys.stderr,
        )
        _drop_library_warning("ESXi host")
        host_verify = False
    return verify, host_verify


def make_client(args: argparse.Namespace) -> Client:
    if not args.server or not args.user:
        raise CliError(
            "--server and --user (or $VSPHERE_SERVER, $VSPHERE_USER) are required", EXIT_USAGE
        )
    verify, host_verify = tls_settings(args)
    password = secret(args.password, "VSPHERE_PASSWORD", "vCenter password: ", "--password")
    return Client(
        args.server,
        username=args.user,
        password=password,
        verify=verify,
        release=args.release,
        host_verify=host_verify,
    )


def guest_credentials(args: argparse.Namespace) -> GuestCredentials:
    if not args.guest_user:
        raise CliError("--guest-user (or $VSPHERE_GUEST_USER) is required", EXIT_USAGE)
    password = secret(
        args.guest_password, "VSPHERE_GUEST_PASSWORD", "Guest password: ", "--guest-password"
    )
    return GuestCredentials(args.guest_user, password)


# --- progress ----------------------------------------------------------------------------------


@contextmanager
def progress(enabled: bool, label: str) -> Iterator[Progress | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )
    from rich.progress import (
        Progress as Bar,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    with Bar(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def show_progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


# --- errors -> exit codes ----------------------------------------------------------------------


def exit_code(exc: BaseException, args: argparse.Namespace | None = None) -> tuple[int, str]:
    """The exit code and one-line message for an error (`args`: the command line it came from)."""
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, VmNotFound):
        return EXIT_NOT_FOUND, str(exc)
    if isinstance(exc, DestinationExists):
        return EXIT_EXISTS, str(exc)
    if isinstance(exc, HostCertificateError):
        return EXIT_CERT, f"certificate refused: {_host_certificate_message(exc, args)}"
    if isinstance(exc, faults.MethodFault):
        return EXIT_FAULT, str(exc)
    if isinstance(exc, TransferError):
        return EXIT_TRANSFER, f"transfer failed: {exc}"
    if isinstance(exc, httpx.ConnectError) and "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return EXIT_CERT, f"vCenter certificate not trusted ({exc}); pass --ca FILE"
    if isinstance(exc, httpx.TransportError):
        return EXIT_CONNECT, f"cannot reach the server: {exc}"
    if isinstance(exc, VsphereGuestError | OSError | ValueError):
        return EXIT_ERROR, str(exc)
    return EXIT_ERROR, f"unexpected error: {exc!r}"


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
    return str(exc)
