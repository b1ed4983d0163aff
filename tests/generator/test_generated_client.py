"""The committed generated client: normalization kept subtypes, the type table matches it."""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx
import vim25_json.models as models
from vim25_json.api.guest_file_manager import (
    guest_file_manager_initiate_file_transfer_from_guest as initiate_from_guest,
)
from vim25_json.type_table import RELEASE, RELEASES, TYPES


def _fields(cls: type) -> set[str]:
    return {f.name for f in attrs.fields(cls)}


def test_subtypes_keep_their_own_fields() -> None:
    assert {"username", "password", "interactive_session"} <= _fields(
        models.NamePasswordAuthentication
    )
    assert {"requested_state", "existing_state", "fault_message"} <= _fields(
        models.InvalidPowerState
    )
    assert "existing_state" not in _fields(models.InvalidState)
    assert _fields(models.NotAuthenticated) >= {"fault_cause", "fault_message"}


def test_any_schema_does_not_shadow_typing_any() -> None:
    assert models.VimAny.__name__ == "VimAny"
    assert "VimAny" in models.__all__ and "Any" not in models.__all__


def test_models_are_imported_on_first_use() -> None:
    import subprocess
    import sys

    code = (
        "import sys, vim25_json.models as m; m.UserSession; "
        "print(sum(k.startswith('vim25_json.models.') for k in sys.modules))"
    )
    loaded = int(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
    )
    assert 1 <= loaded < 5  # UserSession's module, not all of them


def test_type_table_models_exist_and_parents_chain_to_any() -> None:
    for name, info in TYPES.items():
        if info.model is not None:
            assert hasattr(models, info.model), name
        seen = set()
        while info.parent is not None:
            assert info.parent in TYPES and info.parent not in seen, name
            seen.add(info.parent)
            info = TYPES[info.parent]
    assert TYPES["InvalidGuestLogin"].parent == "GuestOperationsFault"
    assert TYPES["GuestOperationsFault"].parent == "VimFault"
    assert TYPES["InvalidPowerState"].parent == "InvalidState"
    assert TYPES["InvalidGuestLogin"].is_fault and not TYPES["UserSession"].is_fault
    assert dict(TYPES["MethodFault"].fields)["faultCause"] == "MethodFault"
    assert RELEASES[0] == RELEASE and "8.0.1.0" in RELEASES


_ANSWER = {
    "_typeName": "FileTransferInformation",
    "attributes": {"_typeName": "GuestPosixFileAttributes", "permissions": 420},
    "size": 5,
    "url": "https://*:443/guestFile?id=7&token=secret",
}


def _initiate_body() -> models.InitiateFileTransferFromGuestRequestType:
    return models.InitiateFileTransferFromGuestRequestType(
        vm=models.ManagedObjectReference(
            type_=models.MoTypesEnum.VIRTUALMACHINE,
            value="vm-42",
        ),
        auth=models.GuestAuthentication.from_dict(
            models.NamePasswordAuthentication(
                interactive_session=False,
                username="root",
                password="pw",
            ).to_dict()
        ),
        guest_file_path="/etc/hosts",
    )


def test_initiate_file_transfer_from_guest_builds_its_request() -> None:
    made = initiate_from_guest.build_request(
        mo_id="guestOperationsFileManager", body=_initiate_body()
    )
    assert made["method"] == "post"
    assert made["url"] == (
        "/GuestFileManager/guestOperationsFileManager/InitiateFileTransferFromGuest"
    )
    assert made["headers"] == {"Content-Type": "application/json"}
    assert made["json"]["auth"]["username"] == "root"
    assert made["json"]["auth"]["_typeName"] == "NamePasswordAuthentication"


def test_initiate_file_transfer_from_guest_returns_parsed_information() -> None:
    """The request as the wrapper sends it (release prefix, session id) and its answer decoded,
    through the generated module's seam (build_request, parse_answer)."""
    from vsphere_guest.dataplane.urls import ServerAddress
    from vsphere_guest.vcenter.session import Auth, Login, Session, parse

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_ANSWER)

    session = Session(ServerAddress("vc.example"), Login("u", "p"), "8.0.2.0")
    call = session.request(
        initiate_from_guest,
        auth=Auth(1, "sid"),
        mo_id="guestOperationsFileManager",
        body=_initiate_body(),
    )
    transport = httpx.MockTransport(handler)
    with httpx.Client(base_url="https://vc.example", transport=transport) as http:
        response = http.request(call.method, call.path, json=call.json, headers=call.headers)
    parsed = parse(initiate_from_guest, response)
    assert isinstance(parsed, models.FileTransferInformation)
    assert parsed.size == 5 and parsed.url.startswith("https://*:443/")
    (request,) = seen
    assert request.url.path == (
        "/sdk/vim25/8.0.2.0/GuestFileManager/guestOperationsFileManager/InitiateFileTransferFromGuest"
    )
    assert request.headers["vmware-api-session-id"] == "sid"
    sent: dict[str, Any] = json.loads(request.content)
    assert sent["auth"]["username"] == "root" and sent["auth"]["_typeName"] == (
        "NamePasswordAuthentication"
    )


def test_parse_answer_decodes_by_the_declared_status() -> None:
    info = initiate_from_guest.parse_answer(200, json.dumps(_ANSWER).encode())
    assert isinstance(info, models.FileTransferInformation) and info.size == 5
    fault = initiate_from_guest.parse_answer(
        500, json.dumps({"_typeName": "InvalidGuestLogin", "faultMessage": []}).encode()
    )
    assert isinstance(fault, models.InvalidGuestLogin)
    # A status the spec does not declare: None (what the generated parsers always answered with
    # raise_on_unexpected_status off, as the wrapper used them), not an error.
    assert initiate_from_guest.parse_answer(202, b'{"size": 5}') is None


def test_every_runtime_module_is_copied_and_vmodl_keeps_its_public_names() -> None:
    from pathlib import Path

    import vim25_json
    from vim25_json import vmodl, vmodl_faults, vmodl_values

    from generator.codegen import RUNTIME

    package = Path(vim25_json.__file__).parent
    assert [m.name for m in sorted(RUNTIME.glob("*.py"))] == [
        "vmodl.py",
        "vmodl_faults.py",
        "vmodl_values.py",
    ]
    assert all((package / m.name).is_file() for m in RUNTIME.glob("*.py"))
    for module in (vmodl_faults, vmodl_values):  # re-exported: importable from vmodl as before
        for name in module.__all__:
            assert name in vmodl.__all__ and getattr(vmodl, name) is getattr(module, name), name


def test_fault_types_are_the_table_s_faults_each_after_its_parent() -> None:
    from vim25_json.vmodl import FAULT_ROOT, fault_types

    listed = fault_types()
    assert {f.name for f in listed} == {n for n, info in TYPES.items() if info.is_fault}
    assert listed[0].name == FAULT_ROOT and listed[0].parent is None
    assert listed[0].fields == ("faultCause", "faultMessage")
    seen: set[str] = set()
    for fault in listed:
        assert fault.parent is None or fault.parent in seen, fault.name
        assert fault.parent is None or fault.parent == TYPES[fault.name].parent
        assert fault.fields == tuple(w for w, _ in TYPES[fault.name].fields)
        seen.add(fault.name)


def test_find_fault_classifies_the_fault_of_an_error_body() -> None:
    from vim25_json.vmodl import fault_type, find_fault

    assert fault_type("InvalidGuestLogin") == "InvalidGuestLogin"
    for other in ("ManagedObjectReference", "SomeNewerFault", None, 5, ["InvalidGuestLogin"]):
        assert fault_type(other) == "MethodFault"
    login = {"_typeName": "InvalidGuestLogin", "faultMessage": []}
    assert find_fault(login) == (login, "InvalidGuestLogin")
    wrapped = {"ref": {"_typeName": "ManagedObjectReference"}, "fault": login}
    assert find_fault(wrapped) == (login, "InvalidGuestLogin")  # a nested MoRef is not one
    newer = {"_typeName": "SomeNewerFault"}
    assert find_fault(newer) == (newer, "MethodFault")  # unknown at the top: a fault
    assert find_fault({"x": newer}) is None  # unknown and nested without fault fields: not
    assert find_fault({"x": {**newer, "faultCause": None}}) is not None
    deep: object = login
    for _ in range(6):
        deep = {"fault": deep}
    assert find_fault(deep) is None  # deeper than FAULT_SEARCH_LEVELS
    assert find_fault({"_typeName": "ManagedObjectReference"}) is None
