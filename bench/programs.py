"""The outside programs the suites run: curl's command line, VMware's govc (where it is looked
for, how to build it) and this environment's vsphere-guest console script, and the settings
govc and the CLI get for a bench server."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOVC_HINT = (
    "build it with `mkdir -p .ci/bin && (cd tests/interop/govc && go build -trimpath -ldflags "
    '"-X github.com/vmware/govmomi/cli/flags.BuildVersion=v0.56.0" -o ../../../.ci/bin/govc .)` '
    "or set VSPHERE_GUEST_GOVC=/path/to/govc"
)


def curl_cmd(pem: str) -> list[str]:
    return ["curl", "-sS", "--fail", "--cacert", pem]


def find_govc() -> str | None:
    """$VSPHERE_GUEST_GOVC, else .ci/bin/govc (the interop tests' build), else PATH."""
    configured = os.environ.get("VSPHERE_GUEST_GOVC")
    candidate = configured or str(ROOT / ".ci" / "bin" / "govc")
    if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
        return candidate
    return None if configured else shutil.which("govc")


def find_cli() -> str:
    """The vsphere-guest console script of this interpreter's environment."""
    beside = Path(sys.executable).parent / "vsphere-guest"
    return str(beside) if beside.is_file() else shutil.which("vsphere-guest") or str(beside)


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("GOVC_", "VSPHERE_"))}


def govc_environment(c: dict[str, Any]) -> dict[str, str]:
    """govc's settings for the bench server `c` (bench/server.py's settings, or a copy whose
    `server` is a proxy's address)."""
    return _environment() | {
        "GOVC_URL": f"https://{c['server']}/sdk",
        "GOVC_TLS_CA_CERTS": c["ca"],
        "GOVC_USERNAME": c["username"],
        "GOVC_PASSWORD": c["password"],
        "GOVC_GUEST_LOGIN": f"{c['guest_user']}:{c['guest_password']}",
        "GOVC_VI_JSON": "1",
        "GOVC_VIM_VERSION": "8.0.2.0",  # govc's first call is at its own release otherwise
    }


def cli_environment(c: dict[str, Any]) -> dict[str, str]:
    """The vsphere-guest CLI's settings for the bench server `c`."""
    return _environment() | {
        "VSPHERE_SERVER": c["server"],
        "VSPHERE_USER": c["username"],
        "VSPHERE_PASSWORD": c["password"],
        "VSPHERE_GUEST_USER": c["guest_user"],
        "VSPHERE_GUEST_PASSWORD": c["guest_password"],
        "VSPHERE_CA": c["ca"],
    }
