"""The README's Ansible playbook ("## Ansible"), run as it stands against the simulator."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from vsphere_guest.testing import Simulator

from .conftest import ANSIBLE_DIR, assert_no_secret, play, recap


def readme_playbook() -> str:
    text = (ANSIBLE_DIR.parent / "README.md").read_text()
    section = text.split("\n## Ansible\n", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```yaml\n(.*?)```", section, flags=re.S)
    return block


def test_readme_playbook_runs(sim: Simulator, tmp_path: Path) -> None:
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/var/crash/core.1234", b"core")
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "fix.sh").write_text("#!/bin/sh\necho fixed\n")
    playbook = tmp_path / "readme.yml"
    playbook.write_text(readme_playbook())
    python = f"ansible_python_interpreter={sys.executable}"
    inventory = f"[webservers]\nweb-01 ansible_connection=local {python}\n"
    run = play(sim, tmp_path, str(playbook), inventory=inventory)
    assert run.returncode == 0
    assert recap(run.output, "web-01") | {"changed": 3} == recap(run.output, "web-01")
    logs = tmp_path / "logs" / "web-01"
    assert (logs / "app.log").read_bytes() == web.local_path("/var/log/app.log").read_bytes()
    assert (logs / "syslog").read_bytes() == web.local_path("/var/log/syslog").read_bytes()
    assert web.local_path("/tmp/fix.sh").read_text() == "#!/bin/sh\necho fixed\n"
    assert_no_secret(sim, run.output)
