"""A traceback rendered with local variables (what Sentry, `pytest -l` and rich show) holds no
vCenter password, guest password, session id or transfer token."""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
from vsphere_guest import Client, GuestCredentials, VsphereGuestError
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect

SESSION_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])")  # the simulator's session ids
TOKEN = re.compile(r"token=(?!\*\*\*)[^&'\" ]+")


class _Held:
    """Holds the test's secrets so that the test's own frames do not show them."""

    def __init__(self, **values: str) -> None:
        self.__dict__.update(values)

    def __repr__(self) -> str:
        return "<held>"


def _rendered(run: Callable[[], object]) -> str:
    with pytest.raises(VsphereGuestError) as caught:
        run()
    text = "".join(
        traceback.TracebackException.from_exception(caught.value, capture_locals=True).format()
    )
    assert "Traceback" in text
    return text


def _assert_clean(text: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in text
    assert not SESSION_ID.search(text), SESSION_ID.search(text)
    assert not TOKEN.search(text), TOKEN.search(text)


def test_wrong_vcenter_password(sim: Simulator) -> None:
    held = _Held(password="not-the-vcenter-password")

    def run() -> None:
        with Client(
            sim.server, username=sim.username, password=held.password, verify=str(sim.ca_file)
        ) as c:
            c.find_vm("web-01")

    _assert_clean(_rendered(run), held.password, sim.password)


def test_wrong_guest_password(sim: Simulator, tmp_path: Path) -> None:
    held = _Held(password="not-the-guest-password")

    def run() -> None:
        with connect(sim) as client:
            creds = GuestCredentials("root", held.password)
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    _assert_clean(_rendered(run), held.password, sim.password, sim.guest.password)


def test_failed_transfer_after_initiate(sim: Simulator, tmp_path: Path) -> None:
    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with connect(sim, retries=0) as client:
            sim.inject_transfer_fault("status", status=404)
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    _assert_clean(_rendered(run), sim.password, sim.guest.password)


def test_impostor_host(sim: Simulator, tmp_path: Path) -> None:
    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with connect(sim, retries=0) as client:
            sim.inject_transfer_fault("wrong_cert")
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    _assert_clean(_rendered(run), sim.password, sim.guest.password)
