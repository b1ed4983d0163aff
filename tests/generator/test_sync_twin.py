"""The sync twins (clients/_sync, trees/_sync) are exactly what their _async sources give, and
the check fails on any drift: an edited source, an edited or a missing twin."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import sync_twin
from tests.conftest import ROOT


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / sync_twin.PACKAGE, tmp_path / sync_twin.PACKAGE)
    shutil.copyfile(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_checked_in_twins_are_up_to_date() -> None:
    assert sync_twin.check(ROOT) == 0


def test_every_async_source_has_a_twin_with_the_sync_names(tree: Path) -> None:
    sources = sync_twin.sources(tree)
    assert {s.name for s in sources} >= {"client.py", "guest_file_verbs.py", "drivers.py"}
    client = (tree / sync_twin.PACKAGE / "clients/_sync/client.py").read_text()
    assert "class Client(SyncTreeVerbs)" in client
    assert "await " not in client and "async def" not in client


def test_an_edited_source_is_drift(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tree / sync_twin.PACKAGE / "trees/_async/drivers.py"
    source.write_text(source.read_text().replace("async_sleep(wait)", "async_sleep(wait + 1)"))
    assert sync_twin.check(tree) == 1
    assert "trees/_sync/drivers.py differs" in capsys.readouterr().out
    assert sync_twin.write(tree) == 0
    assert sync_twin.check(tree) == 0
    assert (
        "sync_sleep(wait + 1)" in (tree / sync_twin.PACKAGE / "trees/_sync/drivers.py").read_text()
    )


def test_an_edited_or_missing_twin_is_drift(tree: Path) -> None:
    twin = tree / sync_twin.PACKAGE / "clients/_sync/client.py"
    twin.write_text(twin.read_text() + "# a hand edit\n")
    assert sync_twin.check(tree) == 1
    twin.unlink()
    assert sync_twin.check(tree) == 1
