"""The outside programs the suites run: curl's command line, VMware's govc (where it is looked
for, how to build it) and this environment's vsphere-guest console script."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

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
