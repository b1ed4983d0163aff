"""Suite `govc`: VMware's govc against the vsphere-guest CLI, fresh processes on the same
simulator and data plane: one big file, then many 4 KiB files; skipped without govc."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..measure import CPU, Row, pairs, rates_and_ratios, stats
from ..programs import GOVC_HINT, cli_environment, find_cli, find_govc, govc_environment
from ..server_process import Server


def govc_home(env: dict[str, str], workdir: Path) -> dict[str, str]:
    """`env` with an empty session cache: a round of govc processes logs in once."""
    return env | {"GOVMOMI_HOME": tempfile.mkdtemp(prefix="govmomi-home-", dir=workdir)}


def run(argv: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(argv, env=env, capture_output=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(argv)} exited {result.returncode}: {result.stderr.decode()[-2000:]}"
        )


def govc_suite(
    server: Server, workdir: Path, rounds: int, guest_path: str, size: int, files: int
) -> Row:
    """VMware's govc against the vsphere-guest CLI, both fresh processes on the same simulator
    and data plane: one big file (`govc guest.download` vs `vsphere-guest download`), and
    `files` 4 KiB files (one govc process per file, its session cache persisted in a GOVMOMI_HOME
    that starts empty each round, vs one `vsphere-guest download -r`)."""
    govc = find_govc()
    if govc is None:
        where = os.environ.get("VSPHERE_GUEST_GOVC") or "$VSPHERE_GUEST_GOVC, .ci/bin/govc, PATH"
        return {"skipped": f"govc not found ({where}): {GOVC_HINT}"}
    version = subprocess.run([govc, "version"], capture_output=True, text=True, check=False)
    govc_env, ours_env = govc_environment(server.config), cli_environment(server.config)
    cli = find_cli()

    def fresh_home() -> dict[str, str]:
        return govc_home(govc_env, workdir)

    dest = workdir / "govc-big.bin"

    def big_check(name: str) -> None:
        assert dest.stat().st_size == size, name
        dest.unlink()

    big = pairs(
        {
            "govc guest.download": lambda: run(
                [govc, "guest.download", "-vm", "web-01", guest_path, str(dest)], fresh_home()
            ),
            "vsphere-guest download": lambda: run(
                [cli, "download", "web-01", guest_path, str(dest)], ours_env
            ),
        },
        rounds,
        big_check,
    )
    big_row = rates_and_ratios(big, size, "vsphere-guest download", ["govc guest.download"])

    tree = workdir / "govc-tree"

    def govc_loop() -> None:
        env = fresh_home()
        tree.mkdir()
        for i in range(files):
            run([govc, "guest.download", "-vm", "web-01", f"/small/{i}", str(tree / str(i))], env)

    def ours_tree() -> None:
        run([cli, "download", "-r", "web-01", "/small", str(tree)], ours_env)

    def tree_check(name: str) -> None:
        got = sorted(tree.iterdir())
        assert len(got) == files and all(p.stat().st_size == 4096 for p in got), name
        shutil.rmtree(tree)

    small = pairs(
        {"govc loop": govc_loop, "vsphere-guest download -r": ours_tree}, rounds, tree_check
    )
    small_row: Row = {name: stats([files / t for t in ts]) for name, ts in small.items()}
    ours, theirs = small["vsphere-guest download -r"], small["govc loop"]
    small_row["ratios"] = {
        "vsphere-guest download -r/govc loop": stats(
            [g / o for o, g in zip(ours, theirs, strict=True)]
        )
    }
    small_row["cpu_s"] = {name: stats(cs) for name, cs in CPU.items()}
    return {
        "govc": govc,
        "govc_version": version.stdout.strip(),
        "cli": cli,
        "files": files,
        "big": big_row,
        "small": small_row,
    }
