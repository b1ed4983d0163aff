"""`vsphere-guest simulator` (the embedded simulator in the foreground) and `vsphere-guest demo`."""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .._client import Client
from ..types import GuestCredentials
from ._common import EXIT_OK, EXIT_TRANSFER, logger, progress, show_progress


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "simulator",
        help="run the embedded vCenter/ESXi simulator in the foreground",
        parents=parents,
    )
    p.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    p.add_argument("--star-urls", action="store_true", help="answer transfer URLs with a * host")
    p.set_defaults(func=cmd_simulator)

    p = sub.add_parser(
        "demo", help="download a file from a simulated VM through the whole stack", parents=parents
    )
    p.add_argument("--size-mib", type=int, default=64, help="size of the demo file (MiB)")
    p.add_argument("dest", nargs="?", help="folder to save it in (default: a new temp folder)")
    p.set_defaults(func=cmd_demo)


def cmd_simulator(args: argparse.Namespace) -> int:
    from ..testing import Simulator

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
    from ..testing import Simulator

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
