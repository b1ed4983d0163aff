"""The simulator's request checks read both styles of the official document: a reference with a
description is `{"$ref": X}` beside it in 8.0.2.0 and `{"allOf": [{"$ref": X}]}` in 9.1.0.0."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest.testing._faults import SimFault
from vsphere_guest.testing._requests import RequestRules

from tests.spec_styles import as_one_member_all_of

INITIATE = "/GuestFileManager/{moId}/InitiateFileTransferFromGuest"
BODY = {
    "vm": {"_typeName": "ManagedObjectReference", "type": "VirtualMachine", "value": "vm-4"},
    "auth": {"_typeName": "NamePasswordAuthentication", "username": "root", "password": "pw",
             "interactiveSession": False},
    "guestFilePath": "/var/log/app.log",
}  # fmt: skip


@pytest.fixture(params=["8.0.2.0 style", "9.1.0.0 style"])
def rules(request: pytest.FixtureRequest, subset: dict[str, Any], tmp_path: Path) -> RequestRules:
    doc = subset if request.param.startswith("8") else as_one_member_all_of(subset)
    (tmp_path / "spec.json").write_text(json.dumps(doc))
    return RequestRules(tmp_path / "spec.json")


def test_a_valid_body_passes(rules: RequestRules) -> None:
    rules.check("post", INITIATE, BODY, present=True)


def test_an_enum_value_outside_the_list_is_invalid(rules: RequestRules) -> None:
    body = {**BODY, "vm": {**BODY["vm"], "type": "NoSuchType"}}
    with pytest.raises(SimFault) as raised:
        rules.check("post", INITIATE, body, present=True)
    assert raised.value.type_name == "InvalidArgument", raised.value
