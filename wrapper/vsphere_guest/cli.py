"""The `vsphere-guest` command: download, upload, ls, simulator and demo over the public API.

Exit codes: 0 success, 1 unexpected error, 2 usage, 3 VM not found, 4 vSphere fault (login,
guest credentials, power state, file errors...), 5 certificate refused, 6 transfer failed,
7 destination exists, 8 cannot connect.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx

from . import faults
from ._client import Client
from .errors import (
    DestinationExists,
    HostCertificateError,
    TransferError,
    VmNotFound,
    VsphereGuestError,
)
from .types import GuestCredentials, Progress

logger = logging.getLogger("vsphere_guest")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_FAULT = 0, 1, 2, 3, 4
EXIT_CERT, EXIT_TRANSFER, EXIT_EXISTS, EXIT_CONNECT = 5, 6, 7, 8


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vsphere-guest",
        description="Copy files out of and into vSphere VMs through vCenter's VI JSON API.",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
    parser.add_argument("--debug", action="store_true", help="log details and show tracebacks")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sub = parser.add_subparsers(dest="command", required=True)

    def connected(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help)
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
        p.add_argument("--ca", help="CA bundle to verify vCenter with (default: system trust)")
        p.add_argument(
            "--insecure",
            action="store_true",
            help="do NOT verify vCenter's certificate (ESXi stays pinned)",
        )
        hosts = p.add_mutually_exclusive_group()
        hosts.add_argument("--host-ca", help="verify ESXi hosts with this CA instead of pinning")
        hosts.add_argument(
            "--no-host-verify",
            action="store_true",
            help="do NOT verify ESXi hosts (the transfer token may leak)",
        )
        p.add_argument("--release", help="VI JSON API release to speak (default: negotiated)")
        return p

    p = connected("download", "download a guest file")
    p.add_argument("vm", help="inventory path, name, UUID, DNS name, IP or moref id")
    p.add_argument("guest_path")
    p.add_argument("dest", nargs="?", default=".", help="file, folder (default .) or - for stdout")
    p.add_argument("--overwrite", action="store_true")
    p = connected("upload", "upload a local file into the guest")
    p.add_argument("vm")
    p.add_argument("src")
    p.add_argument("guest_path")
    p.add_argument("--overwrite", action="store_true")
    p = connected("ls", "list a guest directory")
    p.add_argument("vm")
    p.add_argument("guest_dir")
    p = sub.add_parser(
        "simulator", help="run the embedded vCenter/ESXi simulator in the foreground"
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    p.add_argument("--star-urls", action="store_true", help="answer transfer URLs with a * host")
    p = sub.add_parser("demo", help="download a file from a simulated VM through the whole stack")
    p.add_argument("--size-mib", type=int, default=64, help="size of the demo file (MiB)")
    p.add_argument("dest", nargs="?", help="folder to save it in (default: a new temp folder)")
    return parser


def _secret(value: str | None, env: str, prompt: str, flag: str) -> str:
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


def _client(args: argparse.Namespace) -> Client:
    if not args.server or not args.user:
        raise CliError(
            "--server and --user (or $VSPHERE_SERVER, $VSPHERE_USER) are required", EXIT_USAGE
        )
    password = _secret(args.password, "VSPHERE_PASSWORD", "vCenter password: ", "--password")
    verify: bool | str = args.ca or True
    if args.insecure:
        print(
            "WARNING: --insecure: vCenter's certificate is NOT verified; anyone on the network "
            "path can read your vCenter password. ESXi transfers stay pinned.",
            file=sys.stderr,
        )
        verify = False
    host_verify: bool | str | None = args.host_ca
    if args.no_host_verify:
        print(
            "WARNING: --no-host-verify: ESXi hosts are NOT verified; the one-time transfer "
            "URL may be sent to an impostor.",
            file=sys.stderr,
        )
        host_verify = False
    return Client(
        args.server,
        username=args.user,
        password=password,
        verify=verify,
        release=args.release,
        host_verify=host_verify,
    )


def _credentials(args: argparse.Namespace) -> GuestCredentials:
    if not args.guest_user:
        raise CliError("--guest-user (or $VSPHERE_GUEST_USER) is required", EXIT_USAGE)
    password = _secret(
        args.guest_password, "VSPHERE_GUEST_PASSWORD", "Guest password: ", "--guest-password"
    )
    return GuestCredentials(args.guest_user, password)


@contextmanager
def _progress(enabled: bool, label: str) -> Iterator[Progress | None]:
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


def _show_progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()


def cmd_download(args: argparse.Namespace) -> int:
    credentials = _credentials(args)
    to_stdout = args.dest == "-"
    if not to_stdout:
        dest = Path(args.dest)
        if dest.exists() and not dest.is_dir() and not args.overwrite:
            raise CliError(f"{dest} exists (use --overwrite)", EXIT_EXISTS)
    with _client(args) as client:
        vm = client.find_vm(args.vm)
        target: Path | IO[bytes] = sys.stdout.buffer if to_stdout else Path(args.dest)
        with _progress(_show_progress(args), Path(args.guest_path.replace("\\", "/")).name) as bar:
            result = client.download(
                vm,
                args.guest_path,
                target,
                credentials=credentials,
                overwrite=args.overwrite,
                progress=bar,
            )
        if to_stdout:
            sys.stdout.buffer.flush()
        else:
            print(
                f"{result.path}  {result.size} bytes", file=sys.stderr if args.quiet else sys.stdout
            )
    return EXIT_OK


def cmd_upload(args: argparse.Namespace) -> int:
    credentials = _credentials(args)
    src = Path(args.src)
    if not src.is_file():
        raise CliError(f"{src}: no such file", EXIT_USAGE)
    with _client(args) as client, _progress(_show_progress(args), src.name) as bar:
        result = client.upload(
            client.find_vm(args.vm),
            src,
            args.guest_path,
            credentials=credentials,
            overwrite=args.overwrite,
            progress=bar,
        )
    print(f"{result.guest_path}  {result.size} bytes")
    return EXIT_OK


def cmd_ls(args: argparse.Namespace) -> int:
    credentials = _credentials(args)
    with _client(args) as client:
        for entry in client.list_files(
            client.find_vm(args.vm), args.guest_dir, credentials=credentials
        ):
            kind = {"directory": "d", "symlink": "l"}.get(entry.type, "-")
            print(f"{kind} {entry.size:>12}  {entry.path}")
    return EXIT_OK


def cmd_simulator(args: argparse.Namespace) -> int:
    from .testing import Simulator

    with Simulator(host=args.host, star_urls=args.star_urls) as sim:
        vms = ", ".join(sorted({vm.name for vm in sim.world.vms.values()}))
        print(
            f"""Simulated vCenter at https://{sim.server}  (Ctrl-C to stop)
  CA certificate:   {sim.ca_file}
  vCenter login:    {sim.username} / {sim.password}
  guest login:      {sim.guest.username} / {sim.guest.password}
  VMs:              {vms}

Try, in another terminal:
  export VSPHERE_SERVER={sim.server} VSPHERE_USER={sim.username} VSPHERE_PASSWORD={sim.password}
  export VSPHERE_GUEST_USER={sim.guest.username} VSPHERE_GUEST_PASSWORD={sim.guest.password}
  vsphere-guest download --ca {sim.ca_file} web-01 /var/log/app.log .""",
            flush=True,
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from .testing import Simulator

    _log_steps()
    dest = Path(args.dest) if args.dest else Path(tempfile.mkdtemp(prefix="vsphere-guest-demo-"))
    with Simulator(star_urls=True) as sim:
        print(f"simulated vCenter at {sim.server} (test CA {sim.ca_file})", flush=True)
        path = sim.write_guest_file(sim.vm("web-01"), "/var/log/demo/app.log")
        _write_demo_log(path, args.size_mib * 1024 * 1024)
        size, expected = path.stat().st_size, _sha256(path)
        print(f"VM web-01 holds /var/log/demo/app.log ({size} bytes)", flush=True)
        credentials = GuestCredentials(sim.guest.username, sim.guest.password)
        started = time.perf_counter()
        client = Client(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        )
        with client:
            found = client.find_vm("DC0/vm/prod/web-01")
            with _progress(_show_progress(args), "app.log") as bar:
                result = client.download(
                    found,
                    "/var/log/demo/app.log",
                    dest,
                    credentials=credentials,
                    overwrite=True,
                    progress=bar,
                )
            trips = client.round_trips
        elapsed = time.perf_counter() - started
    assert result.path is not None
    same = _sha256(result.path) == expected
    print(
        f"downloaded {result.size} bytes to {result.path} in {elapsed:.2f} s "
        f"({result.size / elapsed / 1e6:.0f} MB/s, {trips} HTTP requests); "
        f"sha256 {'matches' if same else 'DIFFERS'}"
    )
    with open(result.path, encoding="ascii") as log:
        print("first lines:", *(f"  {log.readline().rstrip()}" for _ in range(3)), sep="\n")
    return EXIT_OK if same else EXIT_TRANSFER


def _write_demo_log(path: Path, size: int) -> None:
    """A plausible application log of about `size` bytes."""
    with open(path, "w", encoding="ascii") as f:
        written, n = 0, 0
        while written < size:
            n += 1
            line = (
                f"2026-11-26T08:{n // 60000 % 60:02d}:{n // 1000 % 60:02d}.{n % 1000:03d}Z "
                f"web-01 app[4242]: request {n} GET /api/items/{n % 9973} 200 {n % 97} ms\n"
            )
            f.write(line)
            written += len(line)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _log_steps() -> None:
    handler = logging.StreamHandler(sys.stdout)  # interleaved in order with the demo's prints
    handler.setFormatter(logging.Formatter("  %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "download": cmd_download,
    "upload": cmd_upload,
    "ls": cmd_ls,
    "simulator": cmd_simulator,
    "demo": cmd_demo,
}


def _exit_code(exc: BaseException) -> tuple[int, str]:
    if isinstance(exc, CliError):
        return exc.code, str(exc)
    if isinstance(exc, VmNotFound):
        return EXIT_NOT_FOUND, str(exc)
    if isinstance(exc, DestinationExists):
        return EXIT_EXISTS, str(exc)
    if isinstance(exc, HostCertificateError):
        return EXIT_CERT, f"certificate refused: {exc}"
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.debug:
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    else:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        code, message = _exit_code(exc)
        print(f"vsphere-guest: error: {message}", file=sys.stderr)
        return code


def entry(argv: list[str] | None = None) -> None:
    sys.exit(main(argv))
