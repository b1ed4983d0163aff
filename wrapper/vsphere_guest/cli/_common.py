"""What every command shares: exit codes, connection settings (server, logins, TLS), secrets,
the progress bar, and the mapping of errors to exit codes."""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import logging
import os
import re
import signal
import ssl
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import faults
from ..clients._sync.client import Client
from ..dataplane.urls import ServerAddress, parse_server
from ..errors import (
    ConnectionFailed,
    DestinationExists,
    DestinationFolderNotFound,
    HostCertificateError,
    LocalFileError,
    TransferError,
    VCenterTLSError,
    VmNotFound,
    VsphereGuestError,
)
from ..types import FilesProgress, GuestCredentials, Progress

logger = logging.getLogger("vsphere_guest")

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
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, no result line", **default
    )


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
    vc = p.add_mutually_exclusive_group()
    vc.add_argument(
        "--password",
        help="vCenter password (visible in ps: prefer --password-file, env or the prompt)",
    )
    vc.add_argument(
        "--password-file",
        metavar="FILE",
        help="read the vCenter password from FILE (env VSPHERE_PASSWORD_FILE)",
    )
    p.add_argument(
        "--guest-user",
        default=os.environ.get("VSPHERE_GUEST_USER"),
        help="guest OS user (env VSPHERE_GUEST_USER)",
    )
    guest = p.add_mutually_exclusive_group()
    guest.add_argument(
        "--guest-password",
        help="guest OS password (visible in ps: prefer --guest-password-file, env or the prompt)",
    )
    guest.add_argument(
        "--guest-password-file",
        metavar="FILE",
        help="read the guest OS password from FILE (env VSPHERE_GUEST_PASSWORD_FILE)",
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
    p.add_argument(
        "--esxi-address",
        type=esxi_address,
        action="append",
        default=[],
        metavar="NAME=ADDR",
        help="connect to ESXi host NAME[:PORT] at ADDR[:PORT] for transfers (a name your DNS "
        "does not know, a tunnel; the certificate is still pinned); repeatable",
    )
    p.add_argument("--release", help="VI JSON API release to speak (default: negotiated)")


def esxi_address(text: str) -> tuple[str, str]:
    """`--esxi-address NAME[:PORT]=ADDR[:PORT]`."""
    name, sep, address = text.partition("=")
    if not sep or not name.strip() or not address.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=ADDR, not {text!r}")
    for part in (name, address):
        try:
            parse_server(part)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None
    return name.strip(), address.strip()


def esxi_addresses(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """--esxi-address values as host_addresses; one NAME given twice is a usage error."""
    mapping: dict[str, str] = {}
    for name, address in pairs:
        if name.lower() in (seen.lower() for seen in mapping):
            raise CliError(f"--esxi-address {name} given twice", EXIT_USAGE)
        mapping[name] = address
    return mapping


@dataclass(frozen=True)
class Secret:
    """Where one password may come from, in this order: --flag, --flag-file, $ENV, $ENV_FILE,
    then a prompt on a terminal."""

    name: str  # "vCenter password"
    flag: str  # "--password"
    env: str  # "VSPHERE_PASSWORD"

    def get(self, value: str | None, file: str | None, prompt: str) -> str:
        if value is not None:
            print(
                f"WARNING: {self.flag} on the command line is visible to other users (ps); "
                f"prefer {self.flag}-file, ${self.env} or the prompt",
                file=sys.stderr,
            )
            return value
        if file is not None:
            return self._read(file, f"{self.flag}-file")
        if os.environ.get(self.env):
            return os.environ[self.env]
        if os.environ.get(f"{self.env}_FILE"):
            return self._read(os.environ[f"{self.env}_FILE"], f"${self.env}_FILE")
        if sys.stdin.isatty():
            return self._prompt(prompt)
        raise CliError(
            f"no {self.name}: use {self.flag}-file, set ${self.env} or ${self.env}_FILE, "
            "or run on a terminal",
            EXIT_USAGE,
        )

    def _read(self, path: str, origin: str) -> str:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(f"{origin} {path}: cannot read it ({exc.strerror})", EXIT_USAGE) from exc
        except UnicodeDecodeError as exc:
            raise CliError(f"{origin} {path}: not UTF-8 text", EXIT_USAGE) from exc
        password = text[:-1] if text.endswith("\n") else text  # one final newline is not part
        password = password[:-1] if password.endswith("\r") else password
        if not password:
            raise CliError(f"{origin} {path}: the file is empty", EXIT_USAGE)
        return password

    def _prompt(self, prompt: str) -> str:
        try:
            return getpass.getpass(prompt)
        except EOFError:  # Ctrl-D
            print(file=sys.stderr)
            raise CliError(f"no {self.name} given", EXIT_USAGE) from None
        except KeyboardInterrupt:  # Ctrl-C: main prints "interrupted" on a line of its own
            print(file=sys.stderr)
            raise


VCENTER_PASSWORD = Secret("vCenter password", "--password", "VSPHERE_PASSWORD")
GUEST_PASSWORD = Secret("guest password", "--guest-password", "VSPHERE_GUEST_PASSWORD")


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
    if ca:
        check_ca_file(ca, "--ca" if args.ca else "$VSPHERE_CA")
    if args.host_ca:
        check_ca_file(args.host_ca, "--host-ca")
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


def check_ca_file(path: str, flag: str) -> None:
    """A CA bundle the CLI was given must exist and hold a PEM certificate (usage error if not)."""
    where = Path(path)
    if not where.exists():
        raise CliError(f"{flag} {path}: no such file", EXIT_USAGE)
    try:
        if where.is_dir():
            ssl.create_default_context(capath=path)
        else:
            ssl.create_default_context(cafile=path)
    except ssl.SSLError as exc:
        reason = exc.reason.replace("_", " ").lower() if exc.reason else str(exc)
        raise CliError(f"{flag} {path}: not a PEM CA bundle ({reason})", EXIT_USAGE) from exc
    except OSError as exc:
        raise CliError(f"{flag} {path}: cannot read it ({exc.strerror})", EXIT_USAGE) from exc


def check_server(server: str) -> ServerAddress:
    """--server must be host, host:port, [v6] or [v6]:port, or a bare IPv6 literal (no port)."""
    try:
        return parse_server(server)
    except ValueError as exc:
        text = server.strip()
        if "://" in text:
            netloc = urlsplit(text).netloc or "HOST"
            message = f"--server {server} is a URL; give the host[:port] alone: --server {netloc}"
        elif text.startswith("[") or text.count(":") > 1:
            message = (
                f"--server {server}: malformed IPv6 address; "
                "write [::1]:8443 with a port, ::1 without"
            )
        elif ":" in text:
            message = f"--server {server}: bad port (a number from 1 to 65535)"
        else:
            message = f"--server {server!r}: {exc}"
        raise CliError(message, EXIT_USAGE) from exc


def check_release(release: str | None) -> None:
    if release is None:
        return
    from vim25_json.type_table import RELEASES

    if release not in RELEASES:
        raise CliError(
            f"unknown --release {release}; known releases: {', '.join(RELEASES)}", EXIT_USAGE
        )


def connect(args: argparse.Namespace) -> tuple[Client, GuestCredentials]:
    """A Client (not yet logged in) and the guest login, from the command line and environment.

    Every setting is checked before the first prompt; the vCenter password is asked first."""
    if not args.server or not args.user:
        raise CliError(
            "--server and --user (or $VSPHERE_SERVER, $VSPHERE_USER) are required", EXIT_USAGE
        )
    if not args.guest_user:
        raise CliError("--guest-user (or $VSPHERE_GUEST_USER) is required", EXIT_USAGE)
    address = check_server(args.server)
    check_release(args.release)
    host_addresses = esxi_addresses(args.esxi_address)
    verify, host_verify = tls_settings(args)
    at = address.netloc if address.port is not None else f"{address.netloc_host}:443"
    password = VCENTER_PASSWORD.get(
        args.password, args.password_file, f"vCenter password for {args.user} at {at}: "
    )
    guest_password = GUEST_PASSWORD.get(
        args.guest_password,
        args.guest_password_file,
        f"guest password for {args.guest_user} in VM {args.vm}: ",
    )
    client = Client(
        args.server,
        username=args.user,
        password=password,
        verify=verify,
        release=args.release,
        host_verify=host_verify,
        host_addresses=host_addresses,
    )
    return client, GuestCredentials(args.guest_user, guest_password)


# --- progress ----------------------------------------------------------------------------------


class CurrentStream(logging.StreamHandler):  # type: ignore[type-arg]
    """A log handler writing to whatever sys.stderr (or sys.stdout) is when a record comes:
    while a progress bar is drawn, rich puts a proxy there that prints above the bar."""

    def __init__(self, name: str = "stderr") -> None:
        self._stream_name = name
        super().__init__()

    @property
    def stream(self) -> Any:
        return getattr(sys, self._stream_name)

    @stream.setter
    def stream(self, value: Any) -> None:
        pass  # always the current one


CURRENT_SHOWN = 8  # at most this many current files are listed below the bar (then "and N more")


class ProgressBar:
    """The one progress display of every command, on stderr: a bar with the bytes (binary
    units), rate and ETA, and for many-file runs the files done and the files moving now below
    it. Drawn from the first report on (nothing before: an error in the API calls leaves no
    empty bar behind); `bytes` and `files` are the callbacks to hand the library."""

    def __init__(self, label: str, files: bool) -> None:
        from rich.console import Console, RenderableType
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as Bar,
        )
        from rich.text import Text

        class BinarySpeed(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{binary_size(speed)}/s" if speed is not None else "?", style="red")

        class FileCount(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(task.fields.get("files", ""), style="cyan")

        class WithCurrent(Bar):
            current: tuple[str, ...] = ()

            def get_renderables(self) -> Iterator[RenderableType]:
                yield self.make_tasks_table(self.tasks)
                current = self.current  # one read: set from the transfers' threads
                for line in current[:CURRENT_SHOWN]:
                    yield Text(f"  {line}", no_wrap=True, overflow="ellipsis")
                if len(current) > CURRENT_SHOWN:
                    yield Text(f"  and {len(current) - CURRENT_SHOWN} more")

        columns: list[ProgressColumn] = [
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(binary_units=True),
        ]
        if files:
            columns.append(FileCount())
        columns += [BinarySpeed(), TimeRemainingColumn()]
        self.label = label
        self.bar = WithCurrent(*columns, console=Console(stderr=True), transient=False)
        self.task: Any = None

    def _update(self, done: int, total: int, **fields: Any) -> None:
        if self.task is None:
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=total, **fields)
        self.bar.update(self.task, completed=done, total=total, **fields)

    def bytes(self, done: int, total: int) -> None:
        self._update(done, total)

    def files(self, state: FilesProgress) -> None:
        self.bar.current = tuple(f"{vm} {path}" for vm, path in state.current)
        files = f"{state.files_done}/{state.files_total} files"
        self._update(state.bytes_done, state.bytes_total, files=files)

    @contextmanager
    def shown(self) -> Iterator[ProgressBar]:
        """Stopped on the way out (left on the screen), erased if the run fails."""
        try:
            yield self
        except BaseException:
            if self.task is not None:
                self.bar.live.transient = True  # erase it: the error line says what happened
            raise
        finally:
            if self.task is not None:
                self.bar.stop()


@contextmanager
def progress(enabled: bool, label: str) -> Iterator[Progress | None]:
    """The progress bar of one file's transfer (its bytes), when enabled."""
    if not enabled:
        yield None
        return
    with ProgressBar(label, files=False).shown() as bar:
        yield bar.bytes


@contextmanager
def files_progress(enabled: bool, label: str) -> Iterator[Callable[[FilesProgress], None] | None]:
    """The progress bar of a many-file run (download -r, upload -r, collect): bytes, files and
    current files, when enabled."""
    if not enabled:
        yield None
        return
    with ProgressBar(label, files=True).shown() as bar:
        yield bar.files


def binary_size(size: float) -> str:
    """1536 -> '1.5 KiB' (the progress bar's units)."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(size) < 1024 or unit == "TiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("not reached")


def show_progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


# --- errors -> exit codes ----------------------------------------------------------------------


def exit_code(exc: BaseException, args: argparse.Namespace | None = None) -> tuple[int, str]:
    """The exit code and one-line message for an error (`args`: the command line it came from)."""
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, StdoutClosed):
        return EXIT_TRANSFER, "stdout was closed before the whole file was written (broken pipe)"
    if isinstance(exc, VmNotFound):
        return EXIT_NOT_FOUND, str(exc)
    if isinstance(exc, DestinationExists):
        return EXIT_EXISTS, cli_words(str(exc))
    if isinstance(exc, DestinationFolderNotFound):
        return EXIT_LOCAL, cli_words(str(exc))
    if isinstance(exc, LocalFileError):
        return EXIT_LOCAL, str(exc)
    if isinstance(exc, HostCertificateError):
        return EXIT_CERT, f"certificate refused: {_host_certificate_message(exc, args)}"
    if isinstance(exc, faults.MethodFault):
        return EXIT_FAULT, str(exc)
    if isinstance(exc, TransferError):
        return EXIT_TRANSFER, f"transfer failed: {exc}"
    if isinstance(exc, VCenterTLSError):
        return EXIT_CERT, f"vCenter certificate not trusted ({exc}); pass --ca FILE"
    if isinstance(exc, ConnectionFailed):
        return EXIT_CONNECT, _cannot_reach(exc, args)
    if isinstance(exc, VsphereGuestError | OSError | ValueError):
        return EXIT_ERROR, str(exc)
    return EXIT_ERROR, f"unexpected error: {exc!r}"


# Library wording -> command-line wording, for messages the library words for its callers.
_CLI_WORDS = {
    "pass overwrite=True to replace it": "use --overwrite to replace it",
    "pass host_verify= to choose trust": "pass --host-ca FILE or --no-host-verify",
    "overwrite=True": "--overwrite",
    "pass parents=True to create it": "use --parents to create it",
    "read from vCenter with host_verify=": "read from vCenter with --host-ca or --no-host-verify",
}


_HOST_ADDRESSES = re.compile(r"host_addresses=\{[^}]*\} \(CLI: (--esxi-address [^)]*)\)")


def cli_words(message: str) -> str:
    for library, cli in _CLI_WORDS.items():
        message = message.replace(library, cli)
    return _HOST_ADDRESSES.sub(r"\1", message)


def _cannot_reach(exc: ConnectionFailed, args: argparse.Namespace | None) -> str:
    server = getattr(args, "server", None)
    reason = str(exc) or type(exc).__name__
    reason = reason.split("] ", 1)[1] if reason.startswith("[Errno") and "] " in reason else reason
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
    return str(exc)


def _is_ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True
