"""The error contract: one base class, causes chained, bounded fault decoding, pickling."""

from __future__ import annotations

import inspect
import json
import pickle
from typing import Any

import httpx
import pytest
import vsphere_guest
from vsphere_guest import errors, faults
from vsphere_guest.errors import (
    AmbiguousVm,
    BadArgument,
    BadArgumentType,
    ClientClosed,
    ConnectionFailed,
    DestinationExists,
    HostCertificateError,
    ProxyTransferError,
    ServerError,
    SizeMismatch,
    TransferError,
    TransientProxyTransferError,
    TransientTransferError,
    VCenterProxyError,
    VCenterTimeout,
    VCenterTLSError,
    VmNotFound,
    VsphereGuestError,
)

from tests.conftest import ROOT


def _exported_exception_classes() -> list[type[BaseException]]:
    found = {
        value
        for name in vsphere_guest.__all__
        if inspect.isclass(value := getattr(vsphere_guest, name))
        and issubclass(value, BaseException)
    }
    found |= {
        value
        for value in vars(errors).values()
        if inspect.isclass(value) and issubclass(value, BaseException)
    }
    found |= {faults.fault_class(name) for name in faults.names()}
    return sorted(found, key=lambda c: c.__name__)


def test_everything_derives_from_vsphere_guest_error() -> None:
    """The README: "Everything derives from `vsphere_guest.VsphereGuestError`"."""
    readme = (ROOT / "README.md").read_text()
    assert "Everything derives from `vsphere_guest.VsphereGuestError`" in readme
    classes = _exported_exception_classes()
    assert len(classes) > 40
    assert [c for c in classes if not issubclass(c, VsphereGuestError)] == []


SAMPLES: list[BaseException] = [
    VsphereGuestError("x"),
    ServerError(502, "Bad Gateway", url="/sdk/vim25/8.0.2.0/ServiceInstance/x/CurrentTime"),
    ServerError(500, ""),
    VmNotFound("no VM matches 'nope'"),
    AmbiguousVm("dup", ["vm-7", "vm-8"]),
    DestinationExists("/tmp/x exists"),
    TransferError("boom"),
    TransientTransferError("reset"),
    SizeMismatch(10, 5),
    HostCertificateError("no certificate"),
    BadArgument("backoff must be >= 0"),
    BadArgumentType("credentials must be GuestCredentials"),
    ConnectionFailed("cannot talk to vCenter vc:443"),
    ClientClosed("this client is closed"),
    VCenterTimeout("vCenter vc:443 did not answer in time"),
    VCenterTLSError("TLS with vCenter vc:443 failed"),
    VCenterProxyError("proxy p:3128 refused CONNECT vc:443 (403)", proxy="p:3128", status=403),
    ProxyTransferError("proxy p:3128 requires credentials", proxy="p:3128", status=407),
    TransientProxyTransferError("cannot connect to proxy p:3128", proxy="p:3128"),
    faults.from_json(
        {"_typeName": "InvalidPowerState", "existingState": "poweredOff", "faultstring": "off"},
        status=500,
    ),
    faults.from_json({"_typeName": "QuantumFault", "faultstring": "new"}, status=503),
    faults.from_json(
        {"_typeName": "GuestOperationsFault", "faultCause": {"_typeName": "SystemError"}},
        status=500,
    ),
]


def _state(error: BaseException) -> dict[str, Any]:
    state = {k: v for k, v in vars(error).items() if k not in ("fault_cause", "_request")}
    cause = getattr(error, "fault_cause", None)
    return {"str": str(error), "args": error.args, **state, "cause": str(cause)}


@pytest.mark.parametrize("error", SAMPLES, ids=lambda e: type(e).__name__)
def test_every_error_pickles_to_the_same_class_message_fields_and_status(
    error: BaseException,
) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert _state(again) == _state(error)


def test_fault_status_survives_pickling() -> None:
    fault = faults.from_json({"_typeName": "NotAuthenticated", "faultstring": "x"}, status=500)
    assert pickle.loads(pickle.dumps(fault)).status == 500


def test_bad_arguments_are_value_and_type_errors() -> None:
    assert issubclass(BadArgument, ValueError) and issubclass(BadArgumentType, TypeError)
    assert issubclass(BadArgumentType, BadArgument)


def test_connection_errors_are_still_the_httpx_errors_they_replace() -> None:
    assert issubclass(ConnectionFailed, httpx.TransportError)
    assert issubclass(VCenterTimeout, httpx.TimeoutException)
    assert issubclass(VCenterTLSError, httpx.ConnectError)
    assert issubclass(VCenterProxyError, httpx.TransportError)


def test_proxy_errors_are_the_errors_of_their_plane() -> None:
    assert issubclass(VCenterProxyError, ConnectionFailed)
    assert issubclass(ProxyTransferError, TransferError) and not ProxyTransferError.transient
    assert issubclass(TransientProxyTransferError, TransientTransferError)
    assert issubclass(TransientProxyTransferError, ProxyTransferError)


def test_fault_cause_chain_is_cut_at_32_levels() -> None:
    body: dict[str, Any] = {"_typeName": "SystemError", "reason": "0", "faultstring": "level 0"}
    node = body
    for i in range(1, 200):
        node["faultCause"] = {"_typeName": "SystemError", "reason": str(i), "faultstring": str(i)}
        node = node["faultCause"]
    fault = faults.from_json(json.dumps(body))
    chain = [fault]
    while chain[-1].fault_cause is not None:
        chain.append(chain[-1].fault_cause)
    assert len(chain) == faults.MAX_FAULT_CAUSE_DEPTH == 32
    assert chain[-1].fault_cause_cut and not chain[0].fault_cause_cut
    assert "cut at 32" in str(chain[-1])
    assert pickle.loads(pickle.dumps(fault)).fault_cause is not None


@pytest.mark.parametrize("opener, closer", [("[", "]"), ('{"a":', "}")])
def test_absurdly_nested_bodies_are_server_errors(opener: str, closer: str) -> None:
    body = opener * 100_000 + "1" + closer * 100_000
    error = faults.from_json(body.encode(), status=500)
    assert isinstance(error, ServerError) and error.status == 500


def test_fault_message_is_capped_and_raw_is_kept() -> None:
    text = "x" * 50_000
    fault = faults.from_json({"_typeName": "SystemError", "reason": "r", "faultstring": text})
    assert len(str(fault)) <= faults.MAX_MESSAGE_CHARS == 2000
    assert fault.raw["faultstring"] == text and fault.message == text
