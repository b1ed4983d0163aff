"""The README's Install section: honest about PyPI, shows a checkout install in a venv."""

from __future__ import annotations

from tests.conftest import ROOT


def section(title: str) -> str:
    text = (ROOT / "README.md").read_text()
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def test_install_section_does_not_promise_pypi() -> None:
    install = section("Install")
    assert "not published on PyPI" in install
    for line in install.splitlines():
        # No shell line installs the package by name from an index.
        assert not line.strip().startswith(("pip install vsphere-guest", 'pip install "vsphere'))


def test_install_section_shows_checkout_wheel_and_externally_managed() -> None:
    install = section("Install")
    assert 'python3 -m venv .venv && .venv/bin/pip install -e ".[simulator]"' in install
    assert "pip wheel --no-deps -w dist ." in install
    assert "externally-managed-environment" in install and "python3-venv" in install
