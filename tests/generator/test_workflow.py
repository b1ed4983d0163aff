"""regenerate/check on copies of this repository: drift is caught, a missing source explained."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.workflow import check, regenerate
from tests.conftest import ROOT


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of spec/ and generated/ with no official document anywhere near it."""
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copytree(ROOT / "spec", root / "spec")
    shutil.copytree(
        ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    return root


def test_check_passes_on_the_committed_tree(repo: Path) -> None:
    assert check(repo, None) == 0


def test_check_fails_after_hand_edit_of_generated(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = repo / "generated" / "vim25_json" / "models" / "user_session.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    assert check(repo, None) == 1
    assert "generated/differs: vim25_json/models/user_session.py" in capsys.readouterr().out


def test_check_fails_after_hand_edit_of_spec(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (subset,) = (repo / "spec").glob("vi-json-*.json")
    subset.write_text(subset.read_text().replace("Total size of the file", "Size of the file"))
    assert check(repo, None) == 1
    assert "spec/differs: manifest.json" in capsys.readouterr().out


def test_check_fails_when_selection_changed_without_regenerating(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    selection = repo / "spec" / "selection.toml"
    text = selection.read_text().replace('    "ServiceInstance_CurrentTime",\n', "")
    selection.write_text(text)
    assert check(repo, None) == 1
    out = capsys.readouterr().out
    assert "spec/differs: vi-json-" in out and "service_instance_current_time.py" in out


def test_check_rederives_spec_from_an_official_source(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (subset,) = (repo / "spec").glob("vi-json-*.json")
    source = tmp_path / "official.json"
    source.write_text(subset.read_text().replace("Total size of the file", "Whole size"))
    assert check(repo, source) == 1
    assert "(against official.json)" in capsys.readouterr().out


def test_regenerate_without_source_explains_where_to_get_it(repo: Path) -> None:
    with pytest.raises(SystemExit, match="Broadcom developer portal") as exc:
        regenerate(repo, None)
    assert "--source" in str(exc.value)


def test_regenerate_is_reproducible_and_reports_no_change(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (subset,) = (repo / "spec").glob("vi-json-*.json")
    source = tmp_path / "official.json"
    shutil.copy(subset, source)
    assert regenerate(repo, source) == 0
    assert "No API change." in capsys.readouterr().out
    assert check(repo, source) == 0
