"""Fixtures for the interop tests: a govc binary and the simulator, validated against spec/.

govc is VMware's own CLI: govmomi v0.56.0's command packages built with the minimal main in
`tests/interop/govc/` (the govc module itself is not published on the Go module proxy). Build it
with `go build` (see the README) and point VSPHERE_GUEST_GOVC at it; without it these tests
skip, unless VSPHERE_GUEST_REQUIRE_GOVC=1 (CI's `.ci/run` sets both), then they fail.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest.testing import Simulator

from tests.integration.conftest import spec_validator

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GOVC = ROOT / ".ci" / "bin" / "govc"
BUILD_HINT = (
    "build it with `cd tests/interop/govc && go build -o ../../../.ci/bin/govc .` (Go >= 1.25, "
    "the module proxy) or set VSPHERE_GUEST_GOVC=/path/to/govc"
)


def govc_binary() -> Path | None:
    configured = os.environ.get("VSPHERE_GUEST_GOVC")
    path = Path(configured) if configured else DEFAULT_GOVC
    return path if path.is_file() and os.access(path, os.X_OK) else None


def _missing() -> str:
    where = os.environ.get("VSPHERE_GUEST_GOVC") or str(DEFAULT_GOVC)
    return f"govc not found at {where}: {BUILD_HINT}"


def _required() -> bool:
    return os.environ.get("VSPHERE_GUEST_REQUIRE_GOVC") == "1"


def skip_module_without_govc() -> None:
    """Called at the top of each module whose tests all run govc: without govc, the module is
    skipped as a whole, and as every such module skips on this line, pytest's summary folds them
    into one line (not one per test). Under VSPHERE_GUEST_REQUIRE_GOVC=1 the modules are
    collected and `govc_path` fails each test."""
    if govc_binary() is None and not _required():
        pytest.skip(_missing(), allow_module_level=True)


@pytest.fixture(scope="session")
def govc_path() -> Path:
    path = govc_binary()
    if path is None:
        if _required():
            pytest.fail(f"VSPHERE_GUEST_REQUIRE_GOVC=1 but {_missing()}", pytrace=False)
        pytest.skip(_missing())
    return path


@dataclass
class Govc:
    """Runs govc against a simulator: `govc.run("ls", "/DC0/vm")`."""

    path: Path
    sim: Simulator
    home: Path
    env: dict[str, str] = field(default_factory=dict)

    def environ(self, **overrides: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("GOVC_")}
        env.update(
            GOVC_URL=f"https://{self.sim.server}/sdk",
            GOVC_TLS_CA_CERTS=str(self.sim.ca_file),
            GOVC_USERNAME=self.sim.username,
            GOVC_PASSWORD=self.sim.password,
            GOVC_GUEST_LOGIN=f"{self.sim.guest.username}:{self.sim.guest.password}",
            GOVC_VI_JSON="1",
            # govc v0.56 makes its first call at its own newest release (9.1.0.0) and reads
            # vimServiceVersions.xml only after logging in; vCenter 8.0.x needs it named.
            GOVC_VIM_VERSION=self.sim.vcenter.api_version,
            GOVC_PERSIST_SESSION="false",  # log out at the end of each command
            GOVMOMI_HOME=str(self.home),
        )
        env.update(self.env)
        env.update(overrides)
        return env

    def run(
        self,
        *args: str,
        input: bytes | None = None,
        check: bool = True,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        result = subprocess.run(
            [str(self.path), *args],
            input=input if input is not None else b"",
            capture_output=True,
            env=self.environ(**(env or {})),
            timeout=60,
            check=False,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"govc {' '.join(args)} exited {result.returncode}: "
                f"{result.stderr.decode(errors='replace')}"
            )
        return result


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(validator=spec_validator()) as started:
        yield started
        errors = list(started.world.errors)
    assert not errors, "simulator errors (conformance or bugs):\n" + "\n".join(errors)


@pytest.fixture
def govc(govc_path: Path, sim: Simulator, tmp_path: Path) -> Govc:
    home = tmp_path / "govmomi-home"
    home.mkdir()
    return Govc(govc_path, sim, home)


def stderr(result: subprocess.CompletedProcess[Any]) -> str:
    return str(result.stderr.decode(errors="replace"))
