"""What vCenter returns is checked before any byte goes to an ESXi host: answers that do not fit
the spec (the generated decoder) and values that fit it but make no sense (semantic checks)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import (
    Client,
    GuestCredentials,
    HostCertificateError,
    InvalidAnswer,
    TransferError,
    VsphereGuestError,
)
from vsphere_guest.testing import Simulator

from tests.integration.conftest import leftovers

INITIATE = "InitiateFileTransferFromGuest"


def _esxi_requests(sim: Simulator) -> int:
    return sum(files.requests for _, files in sim.esxi.values())


def _info(sim: Simulator, **changes: Any) -> dict[str, Any]:
    host = sim.vm("web-01").host
    info: dict[str, Any] = {
        "_typeName": "FileTransferInformation",
        "attributes": {"_typeName": "GuestFileAttributes"},
        "size": 7,
        "url": f"https://{host.endpoint}/guestFile?id=1&token=abc",
    }
    for key, value in changes.items():
        if value is ...:
            del info[key]
        else:
            info[key] = value
    return info


STRUCTURAL = {
    "size missing": {"size": ...},
    "size a string": {"size": "7"},
    "size null": {"size": None},
    "url missing": {"url": ...},
    "url a number": {"url": 42},
    "url null": {"url": None},
}


@pytest.mark.parametrize("changes", STRUCTURAL.values(), ids=STRUCTURAL.keys())
def test_transfer_information_that_does_not_fit_is_an_invalid_answer(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, changes: Any
) -> None:
    vm = client.find_vm("web-01")
    sim.inject_answer(INITIATE, _info(sim, **changes))
    with pytest.raises(InvalidAnswer):
        client.download(vm, "/etc/hostname", tmp_path / "h", credentials=creds)
    assert _esxi_requests(sim) == 0
    assert not (tmp_path / "h").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("body", [[1, 2], "https://x/guestFile", 7, True], ids=repr)
def test_an_answer_that_is_not_an_object_is_an_invalid_answer(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, body: Any
) -> None:
    vm = client.find_vm("web-01")
    sim.inject_answer(INITIATE, body)
    with pytest.raises(InvalidAnswer):
        client.download(vm, "/etc/hostname", tmp_path / "h", credentials=creds)
    assert _esxi_requests(sim) == 0


SEMANTIC = {
    "negative size": ({"size": -1}, InvalidAnswer),
    "http url": ({"url": "http://10.0.0.1/guestFile?id=1&token=abc"}, TransferError),
    "ftp url": ({"url": "ftp://10.0.0.1/guestFile"}, TransferError),
    "no host": ({"url": "https:///guestFile?id=1&token=abc"}, TransferError),
    "bad port": ({"url": "https://10.0.0.1:99999/guestFile?id=1"}, TransferError),
    "not a url": ({"url": "guestFile?id=1"}, TransferError),
}


@pytest.mark.parametrize("changes, error", SEMANTIC.values(), ids=SEMANTIC.keys())
def test_transfer_information_that_makes_no_sense_is_refused_before_any_get(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    tmp_path: Path,
    changes: Any,
    error: type[Exception],
) -> None:
    vm = client.find_vm("web-01")
    sim.inject_answer(INITIATE, _info(sim, **changes))
    sim.world.calls.clear()
    with pytest.raises(error) as info:
        client.download(vm, "/etc/hostname", tmp_path / "h", credentials=creds)
    assert not getattr(info.value, "transient", False)
    assert sim.world.calls.count(INITIATE) == 1  # not retried
    assert _esxi_requests(sim) == 0
    assert not (tmp_path / "h").exists() and leftovers(tmp_path) == []


def _pc_answer(sim: Simulator, certificate: Any) -> dict[str, Any]:
    vm = sim.vm("web-01")

    def ref(kind: str, value: str) -> dict[str, str]:
        return {"_typeName": "ManagedObjectReference", "type": kind, "value": value}

    def prop(name: str, val: Any) -> dict[str, Any]:
        return {"_typeName": "DynamicProperty", "name": name, "val": val}

    host = ref("HostSystem", vm.host.moid)
    return {
        "_typeName": "RetrieveResult",
        "objects": [
            {
                "_typeName": "ObjectContent",
                "obj": ref("VirtualMachine", vm.moid),
                "propSet": [prop("runtime.host", host)],
            },
            {
                "_typeName": "ObjectContent",
                "obj": host,
                "propSet": [prop("name", {"_typeName": "string", "_value": "esxi"}), certificate],
            },
        ],
    }


def _cert(value: Any) -> dict[str, Any]:
    return {"_typeName": "DynamicProperty", "name": "config.certificate", "val": value}


NOT_PEM = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
CERTIFICATES = {
    "bad base64": _cert({"_typeName": "ArrayOfByte", "_value": "%%% not base64"}),
    "bytes not a pem": _cert({"_typeName": "ArrayOfByte", "_value": [1, 2, 3]}),
    "strings": _cert({"_typeName": "ArrayOfByte", "_value": ["a", "b"]}),
    "a number": _cert({"_typeName": "long", "_value": 42}),
    "an object": _cert({"_typeName": "HostSystem", "x": 1}),
    "pem of no der": _cert({"_typeName": "ArrayOfByte", "_value": list(NOT_PEM)}),
    "base64 of no der": _cert(base64.b64encode(b"\x30\x03\x02\x01").decode()),
}


@pytest.mark.parametrize("certificate", CERTIFICATES.values(), ids=CERTIFICATES.keys())
def test_malformed_host_certificate_is_refused_before_any_initiate(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, certificate: Any
) -> None:
    vm = client.find_vm("web-01")
    sim.inject_answer("RetrievePropertiesEx", _pc_answer(sim, certificate))
    sim.world.calls.clear()
    with pytest.raises(HostCertificateError):
        client.download(vm, "/etc/hostname", tmp_path / "h", credentials=creds)
    assert INITIATE not in sim.world.calls and _esxi_requests(sim) == 0


PROPERTY_COLLECTOR = {
    "not json": b"{not json",
    "a list": [1, 2],
    "objects a string": {"_typeName": "RetrieveResult", "objects": "x"},
    "object without obj": {"_typeName": "RetrieveResult", "objects": [{"propSet": []}]},
    "property without name": {
        "_typeName": "RetrieveResult",
        "objects": [
            {
                "_typeName": "ObjectContent",
                "obj": {"_typeName": "ManagedObjectReference", "type": "HostSystem", "value": "h"},
                "propSet": [{"_typeName": "DynamicProperty", "val": 1}],
            }
        ],
    },
}


@pytest.mark.parametrize("body", PROPERTY_COLLECTOR.values(), ids=PROPERTY_COLLECTOR.keys())
def test_property_collector_answer_that_does_not_fit_is_an_invalid_answer(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, body: Any
) -> None:
    vm = client.find_vm("web-01")
    sim.inject_answer("RetrievePropertiesEx", body)
    with pytest.raises(VsphereGuestError) as info:
        client.download(vm, "/etc/hostname", tmp_path / "h", credentials=creds)
    assert isinstance(info.value, InvalidAnswer)
    assert _esxi_requests(sim) == 0
