"""The generated client speaks vSphere's type system: polymorphic by `_typeName`, real subclasses,
open to newer servers, faithful both ways, typed decode errors, no secret in a repr.

Payloads under payloads/ are our own, written in the shapes govmomi's captured testdata and its
JSON codec show (vim25/types/testdata, vim25/json): see each file's note.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest
import vim25_json.models as models
from vim25_json.api.container_view import container_view_destroy_view
from vim25_json.api.search_index import search_index_find_by_inventory_path
from vim25_json.api.service_instance import service_instance_current_time
from vim25_json.type_table import BOXES, TAGS, TYPES
from vim25_json.vmodl import DateTime, DecodeError, VimObject, decode_result, model_class

from tests.conftest import committed_subset

PAYLOADS = sorted((Path(__file__).parent / "payloads").glob("*.json"))
SCHEMAS = committed_subset()["components"]["schemas"]


def _load(path: Path) -> tuple[type[VimObject], Any]:
    data = json.loads(path.read_text())
    cls = model_class(data["type"])
    assert cls is not None, data["type"]
    return cls, data["payload"]


def _objects(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        found.append(value)
        for v in value.values():
            found += _objects(v)
    elif isinstance(value, list):
        for v in value:
            found += _objects(v)
    return found


def _untagged(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _untagged(v) for k, v in value.items() if k != "_typeName"}
    if isinstance(value, list):
        return [_untagged(v) for v in value]
    return value


# --- 1. polymorphic decode ----------------------------------------------------------------------


def test_attributes_decode_as_the_subtype_named_by_type_name() -> None:
    cls, payload = _load(Path(__file__).parent / "payloads" / "file_transfer_posix.json")
    info = cls.from_dict(payload)
    assert isinstance(info, models.FileTransferInformation)
    assert type(info.attributes) is models.GuestPosixFileAttributes
    assert info.attributes.permissions == 33188 and info.attributes.additional_properties == {}


def test_property_collector_values_decode_as_their_boxes() -> None:
    cls, payload = _load(
        Path(__file__).parent / "payloads" / "retrieve_result_strings_and_morefs.json"
    )
    result = cls.from_dict(payload)
    values = [p.val for o in result.objects for p in o.prop_set]
    kinds = {type(v).__name__ for v in values}
    assert {"PrimitiveString", "ArrayOfString", "ManagedObjectReference"} <= kinds
    strings = next(v for v in values if isinstance(v, models.ArrayOfString))
    assert isinstance(strings.value, list) and all(isinstance(s, str) for s in strings.value)
    assert models.ArrayOfString(value=["a", "b"]).value == ["a", "b"]


def test_every_box_and_subtype_is_reachable_by_its_wire_name() -> None:
    for wire, schema in BOXES.items():
        assert TAGS[wire] == schema
        assert model_class(schema) is type(
            models.VimAny.from_dict({"_typeName": wire, "_value": "x"})
        )
    for schema, info in TYPES.items():
        if info.model and not info.enum and schema in TAGS.values():
            cls = model_class(schema)
            assert cls is not None and cls._vim_type == schema


# --- 2. spec inheritance is Python inheritance ---------------------------------------------------


def test_generated_classes_subclass_their_spec_parents() -> None:
    assert issubclass(models.GuestPosixFileAttributes, models.GuestFileAttributes)
    assert issubclass(models.InvalidGuestLogin, models.GuestOperationsFault)
    assert issubclass(models.TraversalSpec, models.SelectionSpec)
    for schema, info in TYPES.items():
        cls = model_class(schema)
        if cls is not None and info.parent is not None:
            parent = model_class(info.parent)
            assert parent is not None and cls.__bases__ == (parent,), schema


def test_wrapper_fault_classes_match_the_generated_hierarchy() -> None:
    from vsphere_guest import faults

    for schema, info in TYPES.items():
        if info.is_fault and info.parent and schema != "MethodFault":
            generated = model_class(schema)
            assert generated is not None
            wrapper = faults.fault_class(schema)
            assert wrapper.__bases__[0].__name__ == generated.__bases__[0]._vim_type


# --- 3. open to newer servers --------------------------------------------------------------------


def test_unknown_type_name_decodes_as_the_declared_class_and_round_trips() -> None:
    raw = {
        "_typeName": "GuestFutureFileAttributes",
        "modificationTime": "2026-01-01T00:00:00Z",
        "x": [1],
    }
    attrs = models.GuestFileAttributes.from_dict(raw)
    assert type(attrs) is models.GuestFileAttributes
    assert attrs.type_name == "GuestFutureFileAttributes" and attrs["x"] == [1]
    assert attrs.to_dict() == raw and next(iter(attrs.to_dict())) == "_typeName"


def test_unknown_enum_values_decode_are_typed_and_round_trip() -> None:
    raw = {
        "_typeName": "ManagedObjectReference",
        "type": "FutureProfileManager2099",
        "value": "dp-1",
    }
    ref = models.ManagedObjectReference.from_dict(raw)
    assert isinstance(ref.type_, models.MoTypesEnum) and not ref.type_.is_known
    assert models.MoTypesEnum.VIRTUALMACHINE.is_known
    assert ref.to_dict() == raw
    assert pickle.loads(pickle.dumps(ref)) == ref


def test_known_type_that_is_not_a_subtype_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="ManagedObjectReference is not a GuestFileAttributes"):
        models.GuestFileAttributes.from_dict(
            {"_typeName": "ManagedObjectReference", "type": "Folder", "value": "f"}
        )


def test_nullable_result_never_falls_back_to_a_dict() -> None:
    for body in (b'"vm-1"', b"[1]", b'{"_typeName": "ManagedObjectReference"}'):
        with pytest.raises(DecodeError):
            search_index_find_by_inventory_path.parse_answer(200, body)
    assert search_index_find_by_inventory_path.parse_answer(200, b"") is None


# --- 4. faithful both ways -----------------------------------------------------------------------


@pytest.mark.parametrize("path", PAYLOADS, ids=[p.stem for p in PAYLOADS])
def test_payloads_round_trip(path: Path) -> None:
    cls, payload = _load(path)
    decoded = cls.from_dict(payload)
    encoded = decoded.to_dict()
    if all("_typeName" in obj for obj in _objects(payload)):
        assert encoded == payload
    else:  # objects without _typeName decode by declared type and re-encode with it
        assert _untagged(encoded) == _untagged(payload)
    assert all(next(iter(obj)) == "_typeName" for obj in _objects(encoded))


def test_date_time_text_is_preserved() -> None:
    for text in (
        "2026-03-22T18:34:16.808016Z",
        "2026-03-22T18:34:16.808016123Z",
        "2026-03-22T18:34:16+02:00",
    ):
        raw = {
            "_typeName": "UserSession",
            "key": "k",
            "userName": "u",
            "fullName": "f",
            "loginTime": text,
            "lastActiveTime": text,
            "locale": "en",
            "messageLocale": "en",
            "extensionSession": False,
            "ipAddress": "1.2.3.4",
            "userAgent": "x",
            "callCount": 1,
        }
        session = models.UserSession.from_dict(raw)
        assert isinstance(session.login_time, DateTime) and session.to_dict()["loginTime"] == text
    now = service_instance_current_time.parse_answer(200, b'"2026-03-22T18:34:16.123456789Z"')
    assert isinstance(now, DateTime) and now.wire.endswith("789Z")


def test_constructing_never_needs_a_type_name_and_encodes_it_first() -> None:
    auth = models.NamePasswordAuthentication(
        username="root", password="pw", interactive_session=False
    )
    body = models.InitiateFileTransferFromGuestRequestType(
        vm=models.ManagedObjectReference(type_=models.MoTypesEnum.VIRTUALMACHINE, value="vm-1"),
        auth=auth,
        guest_file_path="/etc/hosts",
    )
    wire = body.to_dict()
    assert "_typeName" not in wire  # top-level *RequestType bodies carry none
    assert (
        next(iter(wire["auth"])) == "_typeName"
        and wire["auth"]["_typeName"] == "NamePasswordAuthentication"
    )
    spec = models.TraversalSpec(type_="VirtualMachine", path="runtime.host", skip=False)
    assert list(spec.to_dict()) == ["_typeName", "type", "path", "skip"]


def _example(kind: str, depth: int = 0) -> Any:
    """A JSON value of a type string, every field filled (our own generated example instance)."""
    if kind.endswith("[]"):
        return [_example(kind[:-2], depth + 1)]
    base, _, fmt = kind.partition(":")
    simple = {
        "string": "2026-01-02T03:04:05.678Z" if fmt == "date-time" else "text",
        "integer": 7,
        "number": 1.5,
        "boolean": True,
        "object": {"raw": [1]},
    }
    if base in simple:
        return simple[base]
    info = TYPES[kind]
    if info.enum:
        return SCHEMAS[kind]["enum"][0]
    return _instance(kind, depth + 1)


def _instance(schema: str, depth: int) -> dict[str, Any]:
    cls = model_class(schema)
    assert cls is not None
    out: dict[str, Any] = {"_typeName": cls._vim_tag} if cls._vim_tag else {}
    chain = []
    name: str | None = schema
    while name:
        chain.append(name)
        name = TYPES[name].parent
    for ancestor in reversed(chain):
        for wire, kind in TYPES[ancestor].fields:
            if wire == "_typeName" or (depth > 3 and wire not in TYPES[ancestor].required):
                continue
            out[wire] = _example(
                "MethodFault" if kind == "MethodFault" and depth > 2 else kind, depth
            )
    return out


@pytest.mark.parametrize("schema", sorted(s for s, i in TYPES.items() if i.model and not i.enum))
def test_every_schema_decodes_and_re_encodes_an_example(schema: str) -> None:
    example = _instance(schema, 0)
    decoded = model_class(schema).from_dict(example)  # type: ignore[union-attr]
    assert decoded.to_dict() == example
    assert type(decoded)._vim_type == schema


# --- 5. typed decode errors ----------------------------------------------------------------------


def test_decode_errors_name_the_type_the_field_and_what_arrived() -> None:
    with pytest.raises(DecodeError) as missing:
        models.FileTransferInformation.from_dict(
            {"_typeName": "FileTransferInformation", "size": 1, "url": "u"}
        )
    assert missing.value.path == "FileTransferInformation.attributes"
    assert "required field is missing" in str(missing.value)
    with pytest.raises(DecodeError) as wrong:
        models.FileTransferInformation.from_dict(
            {"attributes": {"_typeName": "GuestFileAttributes"}, "size": "12", "url": "u"}
        )
    assert wrong.value.path == "FileTransferInformation.size" and wrong.value.arrived == '"12"'
    with pytest.raises(DecodeError, match="not JSON"):
        decode_result(
            "guest_file_manager_initiate_file_transfer_from_guest", 200, b"<html>oops</html>"
        )
    err = pickle.loads(pickle.dumps(wrong.value))
    assert (
        type(err) is DecodeError and err.path == wrong.value.path and str(err) == str(wrong.value)
    )


def test_secret_fields_show_only_their_json_type_in_errors() -> None:
    with pytest.raises(DecodeError) as exc:
        models.LoginRequestType.from_dict({"userName": "u", "password": ["hunter2"]})
    assert "hunter2" not in str(exc.value)


def test_deep_nesting_is_a_decode_error_not_a_recursion_error() -> None:
    deep: dict[str, Any] = {"_typeName": "SystemError", "reason": "r"}
    for _ in range(500):
        deep = {"_typeName": "SystemError", "reason": "r", "faultCause": deep}
    with pytest.raises(DecodeError, match="nested"):
        models.MethodFault.from_dict(deep)
    with pytest.raises(DecodeError, match="nested"):
        decode_result(
            "guest_file_manager_list_files_in_guest", 200, b"[" * 100_000 + b"]" * 100_000
        )


# --- 6. no secret in a repr ----------------------------------------------------------------------


def test_reprs_hide_passwords_session_keys_and_transfer_urls() -> None:
    shown = [
        repr(models.LoginRequestType(user_name="admin", password="hunter2")),
        repr(
            models.NamePasswordAuthentication(
                username="root", password="hunter2", interactive_session=False
            )
        ),
        repr(
            models.UserSession.from_dict(
                {
                    "_typeName": "UserSession",
                    "key": "hunter2",
                    "userName": "u",
                    "fullName": "f",
                    "loginTime": "2026-01-01T00:00:00Z",
                    "lastActiveTime": "2026-01-01T00:00:00Z",
                    "locale": "en",
                    "messageLocale": "en",
                    "extensionSession": False,
                    "ipAddress": "1.2.3.4",
                    "userAgent": "x",
                    "callCount": 1,
                }
            )
        ),
        repr(
            models.FileTransferInformation(
                attributes=models.GuestFileAttributes(),
                size=1,
                url="https://h/guestFile?token=hunter2",
            )
        ),
    ]
    for text in shown:
        assert "hunter2" not in text and "<hidden>" in text


def test_every_password_field_of_the_spec_is_secret() -> None:
    for schema, body in SCHEMAS.items():
        for wire, prop in body.get("properties", {}).items():
            if prop.get("format") == "password":
                cls = model_class(schema)
                assert cls is not None and wire in cls._vim_secret, f"{schema}.{wire}"


# --- 9. path segments as vCenter reads them ------------------------------------------------------


def test_path_parameters_keep_sub_delimiters_literal() -> None:
    url = container_view_destroy_view.build_request("session[52d0a1]52f0")["url"]
    assert url == "/ContainerView/session[52d0a1]52f0/DestroyView"
    url = container_view_destroy_view.build_request("a/b?c#d%e f")["url"]
    assert url == "/ContainerView/a%2Fb%3Fc%23d%25e%20f/DestroyView"
