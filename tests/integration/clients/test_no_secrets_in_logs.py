"""A whole session logged at DEBUG (every logger) holds no password, session id or transfer
token."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from vsphere_guest import GuestCredentials, faults
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect


def test_debug_logs_hold_no_secrets(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG), connect(sim) as client:
        client.download("web-01", "/var/log/app.log", tmp_path / "a", credentials=creds)
        client.upload("web-01", tmp_path / "a", "/var/log/b", credentials=creds)
        sim.expire_sessions()
        client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)
        with pytest.raises(faults.InvalidGuestLogin):
            client.download(
                "web-01",
                "/etc/hostname",
                tmp_path / "x",
                credentials=GuestCredentials("root", "not-the-password"),
            )
    text = caplog.text
    assert "vCenter POST /sdk/vim25/" in text  # the API calls were logged...
    assert "guestFile" in text  # ...and the transfer requests...
    assert not re.search(r"token=(?!\*\*\*)", text)  # ...with their tokens masked
    for secret in (sim.password, sim.guest.password, "not-the-password"):
        assert secret not in text
    # simulator session ids are 40 hex digits (certificate fingerprints, 64, may appear)
    assert not re.search(r"(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])", text)
