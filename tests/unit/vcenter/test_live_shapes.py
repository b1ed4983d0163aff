"""Answers and faults in the shapes live vCenters send: nested objects without `_typeName`,
faults without `faultMessage`. Driven through the sans-I/O session flows by hand."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from vsphere_guest import faults
from vsphere_guest.dataplane.urls import parse_server
from vsphere_guest.testing._model import SimFault
from vsphere_guest.testing._vcenter import VCenter
from vsphere_guest.vcenter.session import Login, Session

LIVE_NOT_AUTHENTICATED = {
    "_typeName": "NotAuthenticated",
    "object": {"type": "GuestProcessManager", "value": "guestOperationsProcessManager"},
    "privilegeId": "",
    "faultstring": "The session is not authenticated.",
}


def _strip_nested_type_names(node: Any, top: bool = True) -> Any:
    if isinstance(node, dict):
        return {
            k: _strip_nested_type_names(v, False)
            for k, v in node.items()
            if not (k == "_typeName" and not top)
        }
    if isinstance(node, list):
        return [_strip_nested_type_names(v, False) for v in node]
    return node


def _answer(call: Any, status: int, **kwargs: Any) -> httpx.Response:
    request = httpx.Request(call.method, "https://vc.example" + call.path)
    return httpx.Response(status, request=request, **kwargs)


def test_live_not_authenticated_fault_decodes() -> None:
    fault = faults.from_json(LIVE_NOT_AUTHENTICATED, status=500)
    assert isinstance(fault, faults.NotAuthenticated) and fault.status == 500
    assert fault.message == "The session is not authenticated."
    assert fault.object == LIVE_NOT_AUTHENTICATED["object"] and fault.privilege_id == ""


def test_a_nested_typed_object_is_not_taken_for_the_fault() -> None:
    body = {
        "object": {"_typeName": "ManagedObjectReference", "type": "Folder", "value": "group-d1"},
        "faultstring": "The session is not authenticated.",
    }
    fault = faults.from_json(body)
    assert type(fault) is faults.MethodFault
    assert fault.type_name == "MethodFault" and "ManagedObjectReference" not in str(fault)


def test_simulator_faults_have_the_live_shape_by_default() -> None:
    fault = SimFault(
        "NotAuthenticated",
        "The session is not authenticated.",
        privilegeId="",
        object={
            "_typeName": "ManagedObjectReference",
            "type": "GuestFileManager",
            "value": "guestOperationsFileManager",
        },
    )
    wire = fault.wire_body()
    assert "faultMessage" not in wire and "_typeName" not in wire["object"]
    assert wire["_typeName"] == "NotAuthenticated" and wire["faultstring"]
    assert "faultMessage" in fault.body()  # the spec shape, which the validator checks


def test_service_content_with_untyped_nested_objects_parses() -> None:
    live = _strip_nested_type_names(VCenter(None, ("8.0.2.0",), "8.0.2.0", None).content())  # type: ignore[arg-type]
    assert "_typeName" not in live["sessionManager"]
    flow = Session(parse_server("vc.example"), Login("u", "p"), None).service_content()
    versions = next(flow)
    probe = flow.send(_answer(versions, 404))
    with pytest.raises(StopIteration) as stop:
        flow.send(_answer(probe, 200, json=live))
    content = stop.value.value
    assert content.session_manager.value == "SessionManager"
    assert content.about.api_version == "8.0.2.0"


def test_nested_objects_without_type_names_decode_by_their_declared_types() -> None:
    from vim25_json.models import FileTransferInformation, GuestFileAttributes

    answer = {
        "_typeName": "FileTransferInformation",
        "attributes": {"modificationTime": "2026-01-01T00:00:00Z"},
        "size": 3,
        "url": "https://*/guestFile?id=1&token=x",
    }
    info = FileTransferInformation.from_dict(answer)
    assert type(info.attributes) is GuestFileAttributes
    assert info.to_dict()["attributes"]["_typeName"] == "GuestFileAttributes"
