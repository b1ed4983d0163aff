"""Shared paths for the test suite (no test reads ../shared: the committed subset is the input)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"


def committed_subset() -> dict[str, Any]:
    from generator.selection import load_selection

    release = load_selection(SPEC / "selection.toml").release
    data: dict[str, Any] = json.loads((SPEC / f"vi-json-{release}.json").read_text())
    return data


@pytest.fixture
def subset() -> dict[str, Any]:
    return committed_subset()
