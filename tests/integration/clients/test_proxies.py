"""Proxies are consistent: neither the vCenter connection nor the data plane uses the
environment's proxy settings (the data plane's stdlib connections never did)."""

from __future__ import annotations

from pathlib import Path

import pytest
from vsphere_guest import GuestCredentials
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect


def test_proxy_environment_is_ignored_by_both_planes(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens there
    with connect(sim) as client:
        result = client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
    assert result.size == len(b"web-01\n")
