"""Fuzz the simulator's vCenter with schemathesis from the spec subset (`nox -s fuzz`).

    python tests/fuzz/run_schemathesis.py [SCHEMATHESIS_RUN_OPTIONS...]

starts a Simulator, logs in (SessionManager Login, then the `vmware-api-session-id` header on
every request) and runs `schemathesis run` on spec/vi-json-8.0.2.0.json against it, with the
built-in checks that assume REST conventions replaced by VI JSON's (vi_json_checks.py says
which and why). Logout is not fuzzed: it would end the run's session (a call without a session
is checked on every other operation by vi_json_session).
"""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
import urllib.request
from pathlib import Path

from vsphere_guest.testing import Simulator

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "vi-json-8.0.2.0.json"
RELEASE = "8.0.2.0"
# Checks that assume REST conventions; vi_json_checks.py replaces each (its docstring says why).
REPLACED_CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "response_schema_conformance",
    "ignored_auth",
    "missing_required_header",
]


def login(sim: Simulator) -> str:
    context = ssl.create_default_context(cafile=str(sim.ca_file))
    body = json.dumps({"userName": sim.username, "password": sim.password}).encode()
    request = urllib.request.Request(
        f"https://{sim.server}/sdk/vim25/{RELEASE}/SessionManager/SessionManager/Login",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, context=context) as answer:
        return str(answer.headers["vmware-api-session-id"])


def main(argv: list[str]) -> int:
    with Simulator() as sim:
        sid = login(sim)
        command = [
            "schemathesis", "run", str(SPEC),
            "--url", f"https://{sim.server}/sdk/vim25/{RELEASE}",
            "--tls-verify", str(sim.ca_file),
            "-H", f"vmware-api-session-id: {sid}",
            "--checks", "all",
            "--exclude-checks", ",".join(REPLACED_CHECKS),
            "--exclude-path", "/SessionManager/{moId}/Logout",
            *argv,
        ]  # fmt: skip
        path = os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])
        env = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "vi_json_checks",  # the VI JSON checks, importable from here
            "PYTHONPATH": path,
            "VSPHERE_FUZZ_CA": str(sim.ca_file),
        }
        return subprocess.call(command, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
