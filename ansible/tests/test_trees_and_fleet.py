"""vmware_guest_file_tree and vmware_guest_file_info, and one task per VM over an inventory
of simulated VMs with several forks, through real ansible-playbook runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vsphere_guest.testing import Simulator

from .conftest import assert_no_secret, play, recap

VMS = ["app-01", "app-02", "app-03", "app-04"]


def test_trees_both_ways_and_file_facts(sim: Simulator, tmp_path: Path) -> None:
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/var/log/nginx/access.log", b"GET /\n" * 10)
    site = tmp_path / "site"
    (site / "css").mkdir(parents=True)
    (site / "index.html").write_text("<h1>hi</h1>\n")
    (site / "css" / "site.css").write_text("h1 {}\n")
    os.chmod(site / "index.html", 0o640)
    os.utime(site / "index.html", (1_700_000_000, 1_700_000_000))
    run = play(sim, tmp_path, "tree.yml")
    assert run.returncode == 0
    assert recap(run.output)["failed"] == 0
    logs = tmp_path / "logs"
    assert (logs / "nginx" / "access.log").read_bytes() == b"GET /\n" * 10
    assert not (logs / "syslog").exists()  # not *.log
    guest_index = web.local_path("/srv/site/index.html")
    assert guest_index.read_text() == "<h1>hi</h1>\n"
    assert int(guest_index.stat().st_mtime) == 1_700_000_000  # preserve: true
    assert (tmp_path / "index.html").read_text() == "<h1>hi</h1>\n"  # the `when` was true
    assert_no_secret(sim, run.output)


def test_one_task_per_vm_with_forks(sim: Simulator, tmp_path: Path) -> None:
    host = sim.vm("web-01").host
    for name in VMS:
        sim.add_vm(name, host, files={"/etc/hostname": f"{name}\n".encode(),
                                      "/var/log/app.log": f"log of {name}\n".encode()})  # fmt: skip
    python = f"ansible_python_interpreter={sys.executable}"
    hosts = "\n".join(f"{name} ansible_connection=local {python}" for name in VMS)
    run = play(sim, tmp_path, "fleet.yml", "--forks", "4", inventory=f"[vms]\n{hosts}\n")
    assert run.returncode == 0
    for name in VMS:
        assert recap(run.output, name) == recap(run.output, name) | {"changed": 2, "failed": 0}
        assert (tmp_path / f"{name}.hostname").read_text() == f"{name}\n"
        assert (tmp_path / "logs" / name / "app.log").read_text() == f"log of {name}\n"
    assert_no_secret(sim, run.output)
