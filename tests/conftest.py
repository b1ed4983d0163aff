"""Shared paths for the test suite (no test reads ../shared: the committed subset is the input)."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
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


@pytest.fixture(scope="session", autouse=True)
def sigint_raises_keyboard_interrupt() -> Iterator[None]:
    """The suite interrupts itself and the commands it starts with SIGINT. A run started with
    SIGINT ignored (a background job of a shell without job control, some CI runners) would
    pass that on to every command, and Python then raises no KeyboardInterrupt: give this
    process Python's own handler (exec resets a handler to the default, unlike an ignored
    signal, so the commands start with the default too)."""
    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    if ignored:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    if ignored:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def committed_subset() -> dict[str, Any]:
    from generator.selection import load_selection

    release = load_selection(SPEC / "selection.toml").release
    data: dict[str, Any] = json.loads((SPEC / f"vi-json-{release}.json").read_text())
    return data


@pytest.fixture
def subset() -> dict[str, Any]:
    return committed_subset()
