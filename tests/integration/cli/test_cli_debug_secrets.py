"""The command with --debug prints a traceback for each exit code, and no secret in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from vsphere_guest.cli import (
    EXIT_CERT,
    EXIT_CONNECT,
    EXIT_EXISTS,
    EXIT_FAULT,
    EXIT_LOCAL,
    EXIT_NOT_FOUND,
    EXIT_TRANSFER,
    EXIT_USAGE,
)
from vsphere_guest.testing import Simulator

from tests.integration.cli_run import free_port, run_cli

from ..secret_scan import assert_clean, secrets_of


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("usage", EXIT_USAGE),
        ("not_found", EXIT_NOT_FOUND),
        ("fault", EXIT_FAULT),
        ("cert", EXIT_CERT),
        ("transfer", EXIT_TRANSFER),
        ("exists", EXIT_EXISTS),
        ("connect", EXIT_CONNECT),
        ("local", EXIT_LOCAL),
    ],
)
def test_cli_debug_output(
    sim: Simulator, env: dict[str, str], tmp_path: Path, case: str, code: int
) -> None:
    ca = ["--ca", str(sim.ca_file)]
    argv = ["--debug", "download", *ca, "web-01", "/etc/hostname", str(tmp_path / "h")]
    run_env = dict(env)
    if case == "usage":
        run_env["VSPHERE_GUEST_USER"] = ""
    elif case == "not_found":
        argv[argv.index("web-01")] = "nope-vm"
    elif case == "fault":
        argv[argv.index("/etc/hostname")] = "/var/log/none"
    elif case == "cert":
        argv = [a for a in argv if a not in ca]
    elif case == "transfer":
        sim.inject_transfer_fault("status", status=404, count=10)
    elif case == "exists":
        (tmp_path / "h").write_bytes(b"mine")
    elif case == "connect":
        run_env["VSPHERE_SERVER"] = f"127.0.0.1:{free_port()}"
    elif case == "local":
        argv[-1] = str(tmp_path / "missing" / "h")
    result = run_cli(run_env, *argv)
    assert result.returncode == code, result.stderr
    assert "Traceback" in result.stderr  # --debug prints the chain
    assert_clean(result.stderr + result.stdout, *secrets_of(sim))
