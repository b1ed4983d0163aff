"""Shared paths for the test suite (no test reads ../shared: the committed subset is the input)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

# `--cpu-hog N`: the suite on a busy machine (its hooks, registered as this conftest's).
from tests.cpu_hog import (
    pytest_addoption,
    pytest_configure,
    pytest_report_header,
    pytest_unconfigure,
)

__all__ = ["pytest_addoption", "pytest_configure", "pytest_report_header", "pytest_unconfigure"]

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
