"""Suite `latency`: round trips, the cost that dominates real use and that loopback hides, put
back by a delaying proxy (bench/delay_proxy.py) between every client and both planes: 200 x 4 KiB
by `vsphere-guest download -r -j8` against the govc loop, 256 MiB by one client against curl -o,
and Client.collect of the fleet's 16 VMs at -j 1 and -j 16.

Clients reach vCenter at the proxy's address; the data plane through the transfer URLs, which
the bench server rewrites to name the proxy (its `via` command), as a vCenter names a distant
ESXi host: govc has no other way to be routed, and every client follows the same URL."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

from ..delay_proxy import DelayProxy
from ..measure import CPU, MIB, Row, pairs, rates_and_ratios, stats
from ..programs import GOVC_HINT, cli_environment, curl_cmd, find_cli, find_govc, govc_environment
from ..server_process import Server, initiate
from .fleet import FLEET_FILES, FLEET_VMS, fleet_pairs
from .govc import govc_home, run

VCENTER_DELAY = 0.020  # seconds one way on every vCenter answer: +20 ms per API call
DATA_DELAY = 0.005  # seconds one way on every data-plane answer: +5 ms per round trip
BIG, BIG_PATH = 256 * MIB, "/big/256m.bin"
MAX_ROUNDS = 3  # pairs per comparison at most (the suite stays under 5 minutes)
TARGETS = {"small": 20.0, "big": 0.95, "fleet": 8.0}


def latency_server(data_plane: str, files: int) -> Server:
    return Server(
        "--file",
        f"{BIG_PATH}:{BIG}",
        "--small",
        str(files),
        "--fleet",
        f"fleet:{FLEET_VMS}:{FLEET_FILES}",
        "--data-plane",
        data_plane,
    )


def latency(server: Server, workdir: Path, rounds: int, files: int, govc_files: int) -> Row:
    """The three comparisons through one proxy; each part checks that its bytes went through
    the proxy's data-plane listeners (their counters)."""
    c = server.config
    data = list(c["data_endpoints"])
    proxy = DelayProxy({c["server"]: VCENTER_DELAY} | {e: DATA_DELAY for e in data})
    rounds = min(rounds, MAX_ROUNDS)

    def data_bytes() -> int:
        counters = proxy.counters()
        return sum(counters[e]["bytes_down"] for e in data)

    def checked(part: Row, before: int, payload: int) -> Row:
        if "skipped" not in part and (moved := data_bytes() - before) < payload:
            raise RuntimeError(f"only {moved} of {payload} bytes came through the proxy")
        return part

    try:
        server.command("via " + json.dumps({e: proxy.address(e) for e in data}))
        far = copy.copy(server)
        far.config = c | {"server": proxy.address(c["server"])}
        out: Row = {
            "vcenter_delay_s": VCENTER_DELAY,
            "data_delay_s": DATA_DELAY,
            "targets": TARGETS,
        }
        before = data_bytes()
        govc_files = min(govc_files, files)
        out["small"] = checked(
            small_files(far, workdir, rounds, files, govc_files),
            before,
            rounds * (files + govc_files) * 4096,
        )
        before = data_bytes()
        out["big"] = checked(big_file(far, workdir, rounds), before, 2 * rounds * BIG)
        before = data_bytes()
        out["fleet"] = checked(
            fleet_pairs(far, workdir, rounds),
            before,
            rounds * 2 * FLEET_VMS * FLEET_FILES * 4096,
        )
        counters = proxy.counters()
        out["connections"] = {
            "vcenter": counters[c["server"]]["connections"],
            "data": sum(counters[e]["connections"] for e in data),
        }
    finally:
        proxy.close()
    return out


def small_files(server: Server, workdir: Path, rounds: int, files: int, govc_files: int) -> Row:
    """4 KiB files, files/s: one `vsphere-guest download -r -j8` of all `files` against one govc
    process per file (session cache persisted, empty each round) on the first `govc_files` of
    them (its cost is per file, ~0.5 s here: all 200 would take the suite past 5 minutes)."""
    govc = find_govc()
    if govc is None:
        return {"skipped": f"govc not found: {GOVC_HINT}"}
    govc_env, ours_env = govc_environment(server.config), cli_environment(server.config)
    cli, tree, mine = find_cli(), workdir / "latency-tree", "vsphere-guest download -r -j8"

    def govc_loop() -> None:
        env = govc_home(govc_env, workdir)
        tree.mkdir()
        for i in range(govc_files):
            run([govc, "guest.download", "-vm", "web-01", f"/small/{i}", str(tree / str(i))], env)

    def ours() -> None:
        run([cli, "download", "-r", "-j", "8", "web-01", "/small", str(tree)], ours_env)

    def check(name: str) -> None:
        got = sorted(tree.iterdir())
        assert len(got) == (files if name == mine else govc_files), name
        assert all(p.stat().st_size == 4096 for p in got), name
        shutil.rmtree(tree)

    times = pairs({"govc loop": govc_loop, mine: ours}, rounds, check)
    count = {"govc loop": govc_files, mine: files}
    rates = {name: [count[name] / t for t in ts] for name, ts in times.items()}
    out: Row = {name: stats(r) for name, r in rates.items()}
    out["ratios"] = {
        f"{mine}/govc loop": stats(
            [o / g for o, g in zip(rates[mine], rates["govc loop"], strict=True)]
        )
    }
    out["cpu_ms_per_file"] = {
        name: stats([c * 1000 / count[name] for c in cs]) for name, cs in CPU.items()
    }
    out["files"], out["govc_files"] = files, govc_files
    return out


def big_file(server: Server, workdir: Path, rounds: int) -> Row:
    """256 MiB, file after file: one reused vsphere_guest client (Initiate, GET, fsync, rename)
    against curl -o of a URL a second client initiates, inside the timed part too; MB/s."""
    pem = server.config["host_pem"]
    dest = workdir / "latency.bin"
    with server.client() as control, server.client() as client:
        vm = client.find_vm("web-01")
        client.download(vm, BIG_PATH, dest, credentials=server.guest)  # warm: pin, manager
        dest.unlink()

        def curl() -> None:
            url = initiate(control, server, BIG_PATH)
            subprocess.run([*curl_cmd(pem), "-o", str(dest), url], check=True)

        def ours() -> None:
            client.download(vm, BIG_PATH, dest, credentials=server.guest, overwrite=True)

        def check(name: str) -> None:
            assert dest.stat().st_size == BIG, name
            dest.unlink()

        times = pairs({"curl -o": curl, "vsphere_guest": ours}, rounds, check)
    return rates_and_ratios(times, BIG, "vsphere_guest", ["curl -o"])
