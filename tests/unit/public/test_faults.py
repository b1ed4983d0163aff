"""Fault decoding: classes from the type table, polymorphic from_json, odd bodies."""

from __future__ import annotations

import builtins
import json
import pickle

import pytest
from vim25_json.type_table import TYPES
from vsphere_guest import ServerError, VsphereGuestError, faults

FAULTS = sorted(name for name, info in TYPES.items() if info.is_fault)


def test_one_class_per_fault_in_the_table() -> None:
    assert faults.names() == FAULTS
    assert len(FAULTS) > 30


@pytest.mark.parametrize("name", FAULTS)
def test_every_fault_round_trips_with_spec_ancestry(name: str) -> None:
    body = {
        "_typeName": name,
        "faultMessage": [
            {"_typeName": "LocalizableMessage", "key": "k", "message": f"{name} happened"}
        ],
    }
    for wire, _ in TYPES[name].fields:
        body.setdefault(wire, f"value-of-{wire}")
    fault = faults.from_json(json.dumps(body))
    cls = getattr(faults, name)
    assert type(fault) is cls and fault.type_name == name
    assert fault.message == f"{name} happened"
    assert isinstance(fault, faults.MethodFault) and isinstance(fault, VsphereGuestError)
    parent = TYPES[name].parent
    if name != "MethodFault":
        assert cls.__mro__[1] is getattr(faults, parent)  # spec parent == Python base class
    for wire, _ in TYPES[name].fields:
        assert fault.fields[wire] == body[wire]
    again = pickle.loads(pickle.dumps(fault))
    assert type(again) is cls and again.raw == fault.raw


def test_named_ancestry_examples() -> None:
    assert issubclass(faults.InvalidGuestLogin, faults.GuestOperationsFault)
    assert issubclass(faults.GuestOperationsFault, faults.VimFault)
    assert issubclass(faults.VimFault, faults.MethodFault)
    assert issubclass(faults.InvalidPowerState, faults.InvalidState)
    assert issubclass(faults.NotAuthenticated, faults.NoPermission)
    assert issubclass(faults.FileNotFound, faults.FileFault)


def test_typed_fields_are_attributes() -> None:
    fault = faults.from_json(
        {
            "_typeName": "InvalidPowerState",
            "requestedState": "poweredOn",
            "existingState": "poweredOff",
        }
    )
    assert isinstance(fault, faults.InvalidPowerState)
    assert fault.existing_state == "poweredOff" and fault.requested_state == "poweredOn"


def test_a_system_error_says_its_reason() -> None:
    """SystemError's `reason` (what the guest's OS said) is part of the message (issue 22: a
    too long name read "SystemError: the guest operation failed" and nothing more)."""
    body = {"_typeName": "SystemError", "reason": "File name too long"}
    fault = faults.from_json({**body, "faultstring": "the guest operation failed"})
    assert str(fault) == "SystemError: the guest operation failed: File name too long"
    assert str(faults.from_json(body)) == "SystemError: File name too long"  # not said twice
    assert str(faults.from_json({**body, "reason": ""})) == "SystemError: SystemError"


def test_builtin_names_do_not_shadow_builtins() -> None:
    assert faults.SystemError is not builtins.SystemError
    assert faults.NotImplemented is not builtins.NotImplemented
    assert "SystemError" not in vars(faults) and "NotImplemented" not in vars(faults)
    assert issubclass(faults.SystemError, faults.RuntimeFault)


def test_unknown_type_decodes_to_method_fault_with_name_and_message() -> None:
    fault = faults.from_json(b'{"_typeName": "QuantumFault", "faultstring": "new in 10.0"}')
    assert type(fault) is faults.MethodFault
    assert fault.type_name == "QuantumFault" and fault.message == "new in 10.0"
    assert "QuantumFault: new in 10.0" in str(fault)


def test_faultstring_only_and_missing_type_name() -> None:
    fault = faults.from_json({"faultstring": "Cannot complete login"})
    assert type(fault) is faults.MethodFault and fault.message == "Cannot complete login"


def test_type_name_found_where_it_sits() -> None:
    wrapped = {
        "fault": {"_typeName": "InvalidLogin", "faultMessage": [{"message": "bad password"}]},
        "localizedMessage": "x",
    }
    fault = faults.from_json(wrapped)
    assert isinstance(fault, faults.InvalidLogin) and fault.message == "bad password"


def test_nested_fault_cause_is_decoded() -> None:
    fault = faults.from_json(
        {
            "_typeName": "GuestOperationsFault",
            "faultCause": {
                "_typeName": "SystemError",
                "reason": "disk on fire",
                "faultCause": {"_typeName": "Unheard", "faultstring": "deep"},
            },
        }
    )
    assert isinstance(fault.fault_cause, faults.SystemError)
    assert fault.fault_cause.reason == "disk on fire"
    assert fault.fault_cause.fault_cause is not None
    assert fault.fault_cause.fault_cause.type_name == "Unheard"


@pytest.mark.parametrize(
    ("body", "excerpt"),
    [
        (b"<html><body>502 Bad Gateway</body></html>", "502 Bad Gateway"),
        (b"", ""),
        ("   ", ""),
        (b'["not", "an", "object"]', "not"),
        (b'{"unrelated": 1}', "unrelated"),
    ],
)
def test_non_fault_bodies_are_server_errors(body: bytes | str, excerpt: str) -> None:
    error = faults.from_json(body, status=502)
    assert isinstance(error, ServerError) and error.status == 502
    assert excerpt in error.excerpt
    assert "HTTP 502" in str(error)


def test_long_excerpt_is_cut() -> None:
    error = faults.from_json(b"x" * 5000, status=500)
    assert isinstance(error, ServerError) and len(error.excerpt) < 300


def test_unknown_attribute_is_attribute_error() -> None:
    with pytest.raises(AttributeError):
        faults.NoSuchFault  # noqa: B018
    assert faults.fault_class("NoSuchFault") is faults.MethodFault
