"""Without govc the interop modules skip once, in one summary line (issue 22 item 14: `./dev
test` printed 34 near-identical lines); VSPHERE_GUEST_REQUIRE_GOVC=1 still makes it a failure."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT

MODULES = ["tests/interop/test_govc.py", "tests/interop/test_readme_govc.py"]


def _pytest(**env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("VSPHERE_GUEST_")}
    environ.update(VSPHERE_GUEST_GOVC=str(ROOT / "no-such-govc"), **env)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *MODULES],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_without_govc_one_skip_line() -> None:
    result = _pytest()
    assert result.returncode == 5, result.stdout + result.stderr  # 5: every module skipped
    lines = [x for x in result.stdout.splitlines() if "govc not found" in x]
    assert len(lines) == 1, "\n".join(lines)
    assert lines[0].startswith("SKIPPED [2] ")  # both modules, folded


def test_require_govc_turns_it_into_a_failure() -> None:
    result = _pytest(VSPHERE_GUEST_REQUIRE_GOVC="1")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "VSPHERE_GUEST_REQUIRE_GOVC=1 but govc not found" in result.stdout
    assert "skipped" not in result.stdout.splitlines()[-1]
