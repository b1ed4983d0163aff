"""`vsphere-guest simulator` (the embedded simulator in the foreground) and `vsphere-guest demo`."""

from __future__ import annotations

import argparse
import errno
import hashlib
import logging
import os
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import Client
from ..types import GuestCredentials
from .exit_codes import EXIT_OK, EXIT_TRANSFER, EXIT_USAGE, CliError, sigterm_as_interrupt
from .progress import CurrentStream, binary_size, progress, show_progress

if TYPE_CHECKING:
    from ..testing import Simulator, Vm

logger = logging.getLogger("vsphere_guest")


SIMULATOR_EXTRA = (
    'the simulator needs the "simulator" extra (trustme): pip install "vsphere-guest[simulator]"'
    ', or from a checkout: pip install -e ".[simulator]"'
)


# The simulator's URL forms (testing._model.URL_FORMS, which needs the [simulator] extra to
# import; a test keeps the two the same).
URL_FORMS = ("ip", "name", "star", "star_443", "star_port")


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "simulator",
        help="run the embedded vCenter/ESXi simulator in the foreground",
        description="Run the embedded vCenter/ESXi simulator until Ctrl-C or SIGTERM; it prints "
        "its address, logins and inventory. Its files are removed on exit unless --root is given.",
        parents=parents,
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    p.add_argument(
        "--port", type=int, default=0, help="vCenter port (default: a free one; ESXi: free ones)"
    )
    p.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help="keep the guest file systems and the CA file in DIR (kept on exit)",
    )
    p.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="GUEST_PATH=LOCAL_FILE",
        help="put a copy of LOCAL_FILE at GUEST_PATH in VM web-01 (repeatable)",
    )
    p.add_argument("--star-urls", action="store_true", help="answer transfer URLs with a * host")
    p.add_argument(
        "--url-form",
        choices=URL_FORMS,
        help="how transfer URLs name the ESXi host: ip (default), name (the host's name, in no "
        "DNS: reach it with --esxi-address), star, star_443, star_port",
    )
    p.set_defaults(func=cmd_simulator)

    p = sub.add_parser(
        "demo", help="download a file from a simulated VM through the whole stack", parents=parents
    )
    p.add_argument("--size-mib", type=int, default=64, help="size of the demo file (MiB)")
    p.add_argument(
        "dest", nargs="?", help="folder to save it in (default: a temp folder, removed at the end)"
    )
    p.set_defaults(func=cmd_demo)


def simulator_class() -> type[Simulator]:
    try:
        from ..testing import Simulator
    except ModuleNotFoundError as exc:
        if exc.name == "trustme":
            raise CliError(SIMULATOR_EXTRA, EXIT_USAGE) from exc
        raise
    return Simulator


def _guest_files(args: argparse.Namespace) -> list[tuple[str, Path]]:
    files = []
    for spec in args.file:
        guest_path, sep, local = spec.partition("=")
        if not sep or not guest_path or not local:
            raise CliError(f"--file {spec}: write GUEST_PATH=LOCAL_FILE", EXIT_USAGE)
        if not Path(local).is_file():
            raise CliError(f"--file {spec}: {local}: no such file", EXIT_USAGE)
        files.append((guest_path, Path(local)))
    return files


def cmd_simulator(args: argparse.Namespace) -> int:
    cls = simulator_class()
    files = _guest_files(args)
    if not 0 <= args.port < 65536:
        raise CliError(f"--port {args.port}: not a port number (0 to 65535)", EXIT_USAGE)
    if args.root is not None:
        args.root.mkdir(parents=True, exist_ok=True)
    with sigterm_as_interrupt():
        try:
            sim = cls(
                host=args.host,
                star_urls=args.star_urls,
                root=args.root,
                port=args.port,
                url_form=args.url_form,
            )
            with sim:
                web = sim.vm("web-01")
                for guest_path, local in files:
                    shutil.copyfile(local, sim.write_guest_file(web, guest_path))
                print(_banner(sim, kept=args.root is not None), flush=True)
                while True:
                    time.sleep(3600)
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise CliError(f"--port {args.port}: already in use", EXIT_USAGE) from exc
            raise
    return EXIT_OK


def _banner(sim: Simulator, *, kept: bool) -> str:
    ca = shlex.quote(str(sim.ca_file))
    where = "kept on exit (--root)" if kept else "removed on exit"
    return f"""Simulated vCenter at https://{sim.server}  (Ctrl-C or SIGTERM to stop)
  CA certificate:   {sim.ca_file}
  vCenter login:    {sim.username} / {sim.password}
  guest login:      {sim.guest.username} / {sim.guest.password}  (in every VM)
  guest files:      {sim.root / "guests"}/<vm id>/  ({where})

Inventory (datacenter {sim.world.datacenter}):
{_inventory(sim)}

Try, in another terminal:
  export VSPHERE_SERVER={sim.server} VSPHERE_USER={sim.username} VSPHERE_PASSWORD={sim.password}
  export VSPHERE_GUEST_USER={sim.guest.username} VSPHERE_GUEST_PASSWORD={sim.guest.password}
  export VSPHERE_CA={ca}
  vsphere-guest ls web-01 /var/log
  vsphere-guest download {_reach(sim)}web-01 /var/log/app.log ."""


def _reach(sim: Simulator) -> str:
    """--esxi-address options for transfer URLs that name the hosts (no DNS knows them)."""
    if sim.url_form != "name":
        return ""
    return "".join(f"--esxi-address {n}={a} " for n, a in sorted(sim.host_addresses.items()))


def _inventory(sim: Simulator) -> str:
    lines = []
    for vm in sorted(sim.world.vms.values(), key=sim.world.inventory_path):
        notes = [vm.moid, f"on {vm.host.name}", "Windows" if vm.windows else "POSIX"]
        notes += [n for n in (vm.ip, vm.dns_name) if n]
        if vm.power_state != "poweredOn":
            notes.append(vm.power_state)
        if not vm.tools_running:
            notes.append("no VMware Tools")
        lines.append(f"  {sim.world.inventory_path(vm):<22} {', '.join(notes)}")
        for path in sorted(p for p in vm.root.rglob("*") if p.is_file()):
            lines.append(f"      {_guest_path(vm, path)}  ({path.stat().st_size} bytes)")
    return "\n".join(lines)


def _guest_path(vm: Vm, local: Path) -> str:
    parts = local.relative_to(vm.root).parts
    if vm.windows:
        return f"{parts[0]}:\\" + "\\".join(parts[1:])
    return "/" + "/".join(parts)


def cmd_demo(args: argparse.Namespace) -> int:
    # usage errors before anything starts: a missing FOLDER would become a file named FOLDER
    if args.size_mib < 0:
        raise CliError(
            f"--size-mib {args.size_mib}: not a size (a whole number of MiB, 0 or more)",
            EXIT_USAGE,
        )
    if args.dest and not Path(args.dest).is_dir():
        words = "not a folder" if os.path.lexists(args.dest) else "no such folder"
        raise CliError(f"{args.dest}: {words} (vsphere-guest demo FOLDER saves in it)", EXIT_USAGE)
    cls = simulator_class()
    _log_steps()
    if args.dest:
        return _demo(cls, args, Path(args.dest))
    with tempfile.TemporaryDirectory(prefix="vsphere-guest-demo-") as tmp:
        code = _demo(cls, args, Path(tmp))
    print(
        f"removed the demo folder {tmp} (to keep the file: vsphere-guest demo FOLDER, "
        "or ./dev demo FOLDER)"
    )
    return code


def _demo(cls: type[Simulator], args: argparse.Namespace, dest: Path) -> int:
    with cls(star_urls=True) as sim:
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
            with progress(show_progress(args), "app.log") as bar:
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
        f"({binary_size(result.size / elapsed)}/s, {trips} HTTP requests); "
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
    handler = CurrentStream("stdout")  # in order with the demo's prints, above the bar
    handler.setFormatter(logging.Formatter("  %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
