"""vmware_guest_file_operation through real ansible-playbook runs against the simulator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from vsphere_guest.testing import Simulator

from .conftest import assert_no_secret, play, recap


def test_fetch_copy_folders_mktemp_and_lookups(sim: Simulator, tmp_path: Path) -> None:
    run = play(sim, tmp_path, "files.yml")
    assert run.returncode == 0
    assert recap(run.output)["failed"] == 0
    web = sim.vm("web-01")
    assert (tmp_path / "app.log").read_bytes() == web.local_path("/var/log/app.log").read_bytes()
    assert web.local_path("/tmp/fix.sh").read_bytes() == b"#!/bin/sh\necho FIXED\n"
    assert not web.local_path("/opt/app").exists()
    fix = sim.vm("win-01").local_path("C:\\Logs\\fix.sh")
    assert fix.read_bytes() == b"#!/bin/sh\necho FIXED\n"
    assert_no_secret(sim, run.output)


def test_check_mode_reports_and_changes_nothing(sim: Simulator, tmp_path: Path) -> None:
    (tmp_path / "local.txt").write_text("local\n")
    web = sim.vm("web-01")
    tmp_before = sorted(p.name for p in web.local_path("/tmp").iterdir())
    run = play(sim, tmp_path, "check_mode.yml", "--check")
    assert run.returncode == 0
    assert recap(run.output)["changed"] == 6
    assert not (tmp_path / "app.log").exists() and not (tmp_path / "logs").exists()
    assert not web.local_path("/tmp/local.txt").exists()
    assert not web.local_path("/opt/new").exists()
    assert web.local_path("/var/log/app.log").is_file()  # the delete did not happen
    assert sorted(p.name for p in web.local_path("/tmp").iterdir()) == tmp_before  # no mktemp
    assert sim.world.issued_urls == []  # no transfer was even initiated


def test_wrong_guest_password_fails_clearly_without_secrets(sim: Simulator, tmp_path: Path) -> None:
    run = play(sim, tmp_path, "failure.yml", "-vvv")
    assert run.returncode == 2  # the last task failed the play
    counts = recap(run.output)
    assert counts["failed"] == 1 and counts["ignored"] == 6
    assert "vCenter's certificate is NOT verified" in run.output  # validate_certs: false
    assert "InvalidGuestLogin" in run.output and "Unable to find virtual machine." in run.output
    assert "Traceback" not in run.output
    assert "<localhost> ESTABLISH LOCAL CONNECTION" in run.output  # -vvv took effect
    assert_no_secret(sim, run.output)
    assert not sim.vm("web-01").local_path("/tmp/vars.json").exists()


def test_missing_library_is_reported_as_ansible_modules_do(sim: Simulator, tmp_path: Path) -> None:
    bare = tmp_path / "bare"  # a Python without vsphere-guest
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True)
    python = f"ansible_python_interpreter={bare / 'bin' / 'python'}"
    inventory = f"localhost ansible_connection=local {python}\n"
    run = play(sim, tmp_path, "missing_library.yml", inventory=inventory)
    assert run.returncode == 2
    assert "Failed to import the required Python library (vsphere-guest)" in run.output
    assert_no_secret(sim, run.output)
