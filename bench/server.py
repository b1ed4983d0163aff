"""The benchmark's server process: the simulator (playing vCenter) with big sparse guest files,
in its own process so the client under test does not share a GIL with it, and nginx as the data
plane (its Initiate answers point at nginx) when nginx is installed; without it the simulator's
own ESXi endpoint serves the transfers, and the settings say so. Prints its settings as one JSON
line and runs until stdin closes, answering one JSON line to each command line on stdin:
`counters` (vCenter calls by operation, requests, logins since the last `reset`), `reset`, and
`via {"HOST:PORT": "HOST:PORT", ...}`: transfer URLs naming a data-plane endpoint (the settings'
`data_endpoints`) name the other address instead, a delaying proxy's (bench/delay_proxy.py)."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from vsphere_guest.testing import Simulator
from vsphere_guest.testing._vcenter import VCenter

from .nginx import INSTALL_HINT, Nginx, find_nginx


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", action="append", default=[], help="GUEST_PATH:SIZE (sparse)")
    parser.add_argument("--small", type=int, default=0, help="number of 4 KiB files /small/N")
    parser.add_argument("--data-plane", choices=("nginx", "simulator"), default="nginx")
    parser.add_argument(
        "--fleet",
        action="append",
        default=[],
        help="PREFIX:VMS:FILES: VMs PREFIX-00.. on web-01's host, each with FILES 4 KiB files "
        "in /fleet",
    )
    parser.add_argument("--nginx-workers", type=int, default=1, help="nginx worker processes")
    parser.add_argument("--nginx-body-buffer", default="1m", help="client_body_buffer_size")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before every answer")
    parser.add_argument(
        "--page-cap", type=int, default=0, help="ListFilesInGuest pages at most N long (0: none)"
    )
    args = parser.parse_args()
    with Simulator() as sim, contextlib.ExitStack() as stack:
        vm = sim.vm("web-01")
        plane = "simulator (Python http.server)"
        via: dict[str, str] = {}  # data-plane endpoint -> the address transfer URLs name
        nginx: Nginx | None = None
        guests = sim.root / "guests"
        binary = find_nginx() if args.data_plane == "nginx" else None
        if args.data_plane == "nginx" and binary is None:
            print(f"bench: nginx not found ({INSTALL_HINT}); the simulator serves", file=sys.stderr)
        if binary is not None:
            identity = sim.host_identity(vm.host)
            nginx = Nginx(
                binary,
                guests,
                identity.cert_pem,
                identity.key_pem,
                args.nginx_workers,
                args.nginx_body_buffer,
            )
            stack.callback(nginx.close)
            plane = nginx.version + ("" if nginx.dav else " (uploads: simulator)")

        def route(ticket: Any, url: str) -> str:
            if nginx is not None and (ticket.method == "GET" or nginx.dav):
                path = ticket.path.relative_to(guests).as_posix()
                url = f"{nginx.origin}/g/{path}?{urlsplit(url).query}"
            parts = urlsplit(url)
            return parts._replace(netloc=via.get(parts.netloc, parts.netloc)).geturl()

        sim.route_transfers(route)
        for spec in args.file:
            path, size = spec.rsplit(":", 1)
            sim.write_guest_file(vm, path, size=int(size))
        for i in range(args.small):
            sim.write_guest_file(vm, f"/small/{i}", bytes([i % 256]) * 4096)
        for spec in args.fleet:
            prefix, vms, count = spec.split(":")
            for n in range(int(vms)):
                fleet_vm = sim.add_vm(f"{prefix}-{n:02d}", vm.host)
                for i in range(int(count)):
                    sim.write_guest_file(fleet_vm, f"/fleet/{i}", bytes([i % 256]) * 4096)
        if args.page_cap:  # as a guest whose listing pages are shorter than asked for
            sim.world.max_results_cap = args.page_cap
        if args.delay:  # every vCenter operation (op_<MoType>_<Operation>) waits that long
            for name in dir(VCenter):
                if name.startswith("op_"):
                    sim.delay_operation(name.split("_", 2)[2], args.delay)
        host_pem = sim.root / "esxi-01.pem"
        host_pem.write_bytes(vm.host.cert_pem)
        print(
            json.dumps(
                {
                    "server": sim.server,
                    "ca": str(sim.ca_file),
                    "username": sim.username,
                    "password": sim.password,
                    "guest_user": sim.guest.username,
                    "guest_password": sim.guest.password,
                    "host_pem": str(host_pem),
                    "vm": vm.moid,
                    "data_plane": plane,
                    "nginx_pid": nginx.proc.pid if nginx is not None else None,
                    "data_endpoints": [
                        *([urlsplit(nginx.origin).netloc] if nginx is not None else []),
                        *sorted(set(sim.host_addresses.values())),
                    ],
                }
            ),
            flush=True,
        )
        for line in sys.stdin:  # until the benchmark closes our stdin
            world = sim.world
            with world.lock:
                if line.startswith("via "):
                    via.update(json.loads(line[4:]))
                    answer: dict[str, Any] = {"via": via}
                elif line.strip() == "reset":
                    world.calls.clear()
                    world.requests.clear()
                    answer = {"logins": sim.logins}
                else:
                    answer = {
                        "calls": dict(Counter(world.calls)),
                        "requests": len(world.requests),
                        "logins": sim.logins,
                    }
            print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
