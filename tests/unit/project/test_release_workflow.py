""".github/workflows/release.yml cannot run here: every command it runs must exist (`nox -l`,
the repository's scripts), and the files it reads must be the ones `nox -s release` writes.
actionlint checks the rest (`nox -s lint`, with Go)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.release_notes import PR_FILE
from tests.conftest import ROOT
from tests.unit.project.test_noxfile import run_nox

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _steps() -> list[dict[str, Any]]:
    jobs = yaml.safe_load(WORKFLOW.read_text())["jobs"]
    return [step for job in jobs.values() for step in job["steps"]]


def _commands() -> list[list[str]]:
    lines = [line for s in _steps() if "run" in s for line in s["run"].splitlines()]
    return [shlex.split(line) for line in lines if line.strip()]


def test_every_nox_session_the_workflow_runs_exists() -> None:
    listed = run_nox("-l")
    assert listed.returncode == 0, listed.stderr
    sessions = set(re.findall(r"^[*-] (\w+)", listed.stdout, re.M))
    called = [words[words.index("-s") + 1] for words in _commands() if "nox" in words]
    assert called == ["release"]
    assert set(called) <= sessions, (called, sessions)


def test_every_repository_script_the_workflow_runs_exists() -> None:
    scripts = {w for words in _commands() for w in words if w.startswith("./")}
    assert scripts == {"./dev"}
    assert all((ROOT / s).is_file() and (ROOT / s).stat().st_mode & 0o111 for s in scripts)


def test_the_workflow_reads_what_the_release_session_writes() -> None:
    (pr,) = [s for s in _steps() if s.get("uses", "").startswith("peter-evans/create-pull")]
    assert pr["with"]["body-path"] == PR_FILE  # generator release-notes' --out default
    noxfile = (ROOT / "noxfile.py").read_text()
    assert 'out = Path("release")' in noxfile and '"labels.txt"' in noxfile
    assert "release/labels.txt" in "".join(s.get("run", "") for s in _steps())


def test_the_release_session_reads_every_release_of_the_type_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Eight releases make ruff wrap the tuple: still every one, newest first."""
    monkeypatch.syspath_prepend(str(ROOT))
    import noxfile

    table = tmp_path / "generated" / "vim25_json" / "type_table.py"
    table.parent.mkdir(parents=True)
    wanted = [
        "9.2.0.0",
        "9.1.0.0",
        "9.0.0.0",
        "8.0.3.1",
        "8.0.3.0",
        "8.0.2.1",
        "8.0.2.0",
        "8.0.1.0",
    ]
    lines = ",\n".join(f'    "{r}"' for r in wanted)
    table.write_text(f"from typing import Final\n\nRELEASES: Final = (\n{lines},\n)\n")
    monkeypatch.chdir(tmp_path)
    assert noxfile._releases() == wanted
