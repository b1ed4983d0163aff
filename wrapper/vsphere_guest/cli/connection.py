"""The options every command shares (output, server, logins, TLS, ESXi addresses, proxy),
secrets read from the environment or a prompt, and the client they make."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import ssl
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import Client, ServerAddress, parse_proxy, parse_server
from ..types import GuestCredentials
from .exit_codes import EXIT_USAGE, CliError

logger = logging.getLogger("vsphere_guest")


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


VM_HELP = "the VM: inventory path, name, UUID, DNS name, IP or moref id"


def add_vm_argument(p: argparse.ArgumentParser) -> None:
    """The VM positional argument of the commands that act on one VM."""
    p.add_argument("vm", help=VM_HELP)


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
    proxy = p.add_mutually_exclusive_group()
    proxy.add_argument(
        "--proxy",
        metavar="URL",
        help="HTTP proxy for vCenter and the ESXi hosts, http://[USER:PASSWORD@]HOST:PORT "
        "(CONNECT tunnels; env VSPHERE_PROXY)",
    )
    proxy.add_argument(
        "--proxy-from-env",
        action="store_true",
        help="use $HTTPS_PROXY except for the hosts in $NO_PROXY (default: no proxy, and both "
        "are ignored)",
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


def proxy_setting(args: argparse.Namespace) -> str | None:
    """The proxy URL from --proxy or $VSPHERE_PROXY (not with --proxy-from-env), checked: a
    usage error names the option, never the URL (it may hold a password)."""
    url: str
    if args.proxy is not None:
        url, origin = args.proxy, "--proxy"
    elif not args.proxy_from_env and os.environ.get("VSPHERE_PROXY", "").strip():
        url, origin = os.environ["VSPHERE_PROXY"], "$VSPHERE_PROXY"
    else:
        return None
    try:
        proxy = parse_proxy(url, origin)
    except ValueError as exc:
        problem = str(exc)  # raised outside the except: its frames hold the URL
    else:
        if origin == "--proxy" and proxy.password:
            print(
                "WARNING: a password in --proxy is visible to other users (ps); prefer "
                "$VSPHERE_PROXY",
                file=sys.stderr,
            )
        return url
    raise CliError(problem, EXIT_USAGE)


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
    proxy = proxy_setting(args)
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
        proxy=proxy,
        proxy_from_env=args.proxy_from_env,
    )
    return client, GuestCredentials(args.guest_user, guest_password)
