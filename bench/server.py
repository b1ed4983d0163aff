"""The benchmark's server process: the simulator with big sparse guest files, in its own process
so the client under test does not share a GIL with it. Prints its settings as one JSON line and
runs until stdin closes."""

from __future__ import annotations

import argparse
import json
import sys

from vsphere_guest.testing import Simulator


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", action="append", default=[], help="GUEST_PATH:SIZE (sparse)")
    parser.add_argument("--small", type=int, default=0, help="number of 4 KiB files /small/N")
    args = parser.parse_args()
    with Simulator() as sim:
        vm = sim.vm("web-01")
        for spec in args.file:
            path, size = spec.rsplit(":", 1)
            sim.write_guest_file(vm, path, size=int(size))
        for i in range(args.small):
            sim.write_guest_file(vm, f"/small/{i}", bytes([i % 256]) * 4096)
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
                }
            ),
            flush=True,
        )
        sys.stdin.read()  # until the benchmark closes our stdin


if __name__ == "__main__":
    main()
