"""Every documented name imports from its documented place, whatever the layers inside: the
package root, `errors`, `faults`, `types`, `testing` (and its conformance module and pytest
plugin), the CLI entry point, and every `from vsphere_guest... import` line of the README."""

from __future__ import annotations

import importlib
import re

import pytest
import vsphere_guest

from tests.conftest import ROOT

ROOT_NAMES = {
    "AmbiguousVm", "AsyncClient", "AsyncOpenedDownload", "BadArgument", "BadArgumentType",
    "Client", "ClientClosed", "CollectRecord", "ConnectionFailed", "DestinationExists",
    "DestinationFolderNotFound", "DownloadResult", "FileAttributes", "FilesProgress",
    "GuestCredentials", "GuestFile", "GuestFolderNotFound", "HostCertificateError",
    "InvalidAnswer", "LocalFileError", "OpenedDownload", "Progress", "Resolver", "ServerError",
    "SizeMismatch", "TransferError", "TransferTooSlow", "TransientTransferError", "TreeEntry",
    "TreeFile", "TreeResult", "UploadResult", "VCenterTLSError", "VCenterTimeout", "VmNotFound",
    "VmRef", "VsphereGuestError", "faults", "mask_url", "pinned_ssl_context",
    "resolve_destination", "resolve_transfer_url", "ServerAddress", "parse_server",
    "ProxyError", "VCenterProxyError", "ProxyTransferError", "TransientProxyTransferError",
    "parse_proxy",
}  # fmt: skip
MODULE_NAMES = {
    "vsphere_guest.errors": [
        "VsphereGuestError", "BadArgument", "BadArgumentType", "ClientClosed", "ConnectionFailed",
        "VCenterTimeout", "VCenterTLSError", "ServerError", "InvalidAnswer", "VmNotFound",
        "AmbiguousVm", "DestinationExists", "LocalFileError", "DestinationFolderNotFound",
        "TransferError", "TransientTransferError", "SizeMismatch", "HostCertificateError",
        "TransferTooSlow", "GuestFolderNotFound", "ProxyError", "VCenterProxyError",
        "ProxyTransferError", "TransientProxyTransferError",
    ],
    "vsphere_guest.types": [
        "FilesProgress", "VmRef", "GuestCredentials", "GuestFile", "DownloadResult",
        "FileAttributes", "UploadResult", "Progress", "Resolver",
    ],
    "vsphere_guest.faults": [
        "MethodFault", "ServerError", "fault_class", "from_json", "names", "InvalidGuestLogin",
        "FileNotFound", "GuestOperationsUnavailable", "NotAuthenticated",
    ],
    "vsphere_guest.testing": ["Simulator", "Host", "Vm", "GuestLogin"],
    "vsphere_guest.testing.conformance": ["SpecValidator", "ConformanceError"],
    "vsphere_guest.testing.pytest_plugin": ["vsphere_simulator"],
    "vsphere_guest.cli": ["entry", "main"],
    "vsphere_guest.guest_paths": [
        "guest_basename", "guest_join", "is_guest_root", "is_windows_path",
    ],
}  # fmt: skip


def test_the_package_root_exports_exactly_the_documented_names() -> None:
    assert set(vsphere_guest.__all__) == ROOT_NAMES
    for name in ROOT_NAMES:
        assert getattr(vsphere_guest, name) is not None, name


@pytest.mark.parametrize("module", sorted(MODULE_NAMES))
def test_documented_module_names_import(module: str) -> None:
    loaded = importlib.import_module(module)
    for name in MODULE_NAMES[module]:
        assert hasattr(loaded, name), f"{module}.{name}"


def test_root_names_are_the_same_objects_as_in_their_modules() -> None:
    for module in ("vsphere_guest.errors", "vsphere_guest.types"):
        loaded = importlib.import_module(module)
        for name in MODULE_NAMES[module]:
            if name in ROOT_NAMES:
                assert getattr(vsphere_guest, name) is getattr(loaded, name), name
    assert vsphere_guest.faults is importlib.import_module("vsphere_guest.faults")


def test_client_classes_keep_their_public_names() -> None:
    for name in ("Client", "AsyncClient", "OpenedDownload", "AsyncOpenedDownload"):
        assert getattr(vsphere_guest, name).__name__ == name


README_IMPORT = re.compile(r"^\s*from (vsphere_guest[\w.]*) import ([\w, ]+)$", re.M)


def test_every_readme_import_line_works() -> None:
    lines = README_IMPORT.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert lines, "the README shows imports"
    for module, names in lines:
        loaded = importlib.import_module(module)
        for name in (n.strip() for n in names.split(",")):
            assert hasattr(loaded, name), f"README: from {module} import {name}"
