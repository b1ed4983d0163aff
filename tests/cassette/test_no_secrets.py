"""Every committed cassette is scanned: no session id, password or transfer token in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.cassette.scrub import SECRET, SESSION_PLACEHOLDER

CASSETTES = sorted((Path(__file__).parent / "cassettes").rglob("*.yaml"))
KNOWN_SECRETS = ("sim-password", "guest-password", "wrong-password")


def test_cassettes_exist() -> None:
    assert len(CASSETTES) >= 10


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.stem)
def test_cassette_holds_no_secrets(path: Path) -> None:
    text = path.read_text()
    for secret in KNOWN_SECRETS:
        assert secret not in text
    assert not re.search(r"token=(?!\*\*\*)[^&\"'\s]+", text)
    assert not re.search(r'"password":\s*"(?!\*\*\*")', text)
    for interaction in yaml.safe_load(text)["interactions"]:
        for headers in (interaction["request"]["headers"], interaction["response"]["headers"]):
            for name, values in headers.items():
                if name.lower() == "vmware-api-session-id":
                    assert values == [SESSION_PLACEHOLDER]
        assert "127.0.0.1" not in interaction["request"]["uri"]
        assert interaction["request"]["headers"].get("host", ["vcenter.example"]) == [
            "vcenter.example"
        ]
    assert SECRET in text or "password" not in text
