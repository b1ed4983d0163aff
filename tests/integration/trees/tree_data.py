"""The guest folders and VMs the tree and collect tests use, and how they read the result."""

from __future__ import annotations

import os
from pathlib import Path

from vsphere_guest.testing import Simulator

TREE = {
    "/srv/www/index.html": b"<html>hi</html>\n",
    "/srv/www/css/site.css": b"body{}\n",
    "/srv/www/css/print.css": b"@media print{}\n",
    "/srv/www/logs/access.log": b"GET /\n" * 100,
    "/srv/www/logs/old/access.log.1": b"GET /old\n" * 10,
    "/srv/www/empty.txt": b"",
}


def seed_tree(sim: Simulator) -> None:
    web = sim.vm("web-01")
    for path, data in TREE.items():
        sim.write_guest_file(web, path, data)
    os.utime(web.local_path("/srv/www/index.html"), (1_700_000_000, 1_600_000_000))
    web.symlink("/srv/www/current", "/etc/hostname")
    web.local_path("/srv/www/nothing").mkdir()


def local_files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def expected_files(prefix: str = "/srv/www/") -> dict[str, bytes]:
    return {k[len(prefix) :]: v for k, v in TREE.items() if k.startswith(prefix)}


def get_count(sim: Simulator) -> int:
    return sum(files.requests for _, files in sim.esxi.values())


def seed_fleet(sim: Simulator) -> str:
    """web-01 with logs; a VM whose name is no safe folder name (found by its moref id)."""
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/var/log/syslog", b"sys\n" * 10)
    sim.write_guest_file(web, "/var/log/nginx/access.log", b"GET\n")
    sim.write_guest_file(web, "/var/log/nginx/error.log", b"")
    return sim.add_vm("web/02 (new)", web.host, files={"/var/log/syslog": b"two\n"}).moid
