"""vsphere-guest: pull files out of (and push files into) vSphere VMs through vCenter's VI JSON API.

Public API: Client, AsyncClient, GuestCredentials, VmRef, the result types, resolve_transfer_url,
pinned_ssl_context, the errors, and the `faults` module (one exception class per vSphere fault).
Names are imported on first use (PEP 562): `import vsphere_guest` alone stays cheap for CLIs.
"""

from importlib import import_module

TYPE_CHECKING = False  # not typing's: importing typing would double this module's import time
if TYPE_CHECKING:
    from typing import Any

    from . import faults
    from ._async_client import AsyncClient, AsyncOpenedDownload
    from ._client import Client, OpenedDownload
    from ._core import resolve_destination
    from ._fleet import CollectRecord
    from ._listing import TreeEntry
    from ._tls import pinned_ssl_context
    from ._tree import TreeFile, TreeResult
    from ._urls import mask_url, resolve_transfer_url
    from .errors import (
        AmbiguousVm,
        BadArgument,
        BadArgumentType,
        ConnectionFailed,
        DestinationExists,
        DestinationFolderNotFound,
        HostCertificateError,
        InvalidAnswer,
        LocalFileError,
        ServerError,
        SizeMismatch,
        TransferError,
        TransferTooSlow,
        TransientTransferError,
        VCenterTimeout,
        VCenterTLSError,
        VmNotFound,
        VsphereGuestError,
    )
    from .types import (
        DownloadResult,
        FilesProgress,
        GuestCredentials,
        GuestFile,
        Progress,
        Resolver,
        UploadResult,
        VmRef,
    )

_WHERE = {
    "faults": ".faults",
    "AsyncClient": "._async_client",
    "AsyncOpenedDownload": "._async_client",
    "Client": "._client",
    "OpenedDownload": "._client",
    "pinned_ssl_context": "._tls",
    "mask_url": "._urls",
    "resolve_transfer_url": "._urls",
    "resolve_destination": "._core",
    "TreeEntry": "._listing",
    "CollectRecord": "._fleet",
    "TreeFile": "._tree",
    "TreeResult": "._tree",
    **dict.fromkeys(
        [
            "AmbiguousVm",
            "BadArgument",
            "BadArgumentType",
            "ConnectionFailed",
            "DestinationExists",
            "DestinationFolderNotFound",
            "HostCertificateError",
            "InvalidAnswer",
            "LocalFileError",
            "ServerError",
            "SizeMismatch",
            "TransferError",
            "TransferTooSlow",
            "TransientTransferError",
            "VCenterTLSError",
            "VCenterTimeout",
            "VmNotFound",
            "VsphereGuestError",
        ],
        ".errors",
    ),
    **dict.fromkeys(
        [
            "DownloadResult",
            "FilesProgress",
            "GuestCredentials",
            "GuestFile",
            "Progress",
            "Resolver",
            "UploadResult",
            "VmRef",
        ],
        ".types",
    ),
}
__all__ = [
    "AmbiguousVm",
    "AsyncClient",
    "AsyncOpenedDownload",
    "BadArgument",
    "BadArgumentType",
    "Client",
    "CollectRecord",
    "ConnectionFailed",
    "DestinationExists",
    "DestinationFolderNotFound",
    "DownloadResult",
    "FilesProgress",
    "GuestCredentials",
    "GuestFile",
    "HostCertificateError",
    "InvalidAnswer",
    "LocalFileError",
    "OpenedDownload",
    "Progress",
    "Resolver",
    "ServerError",
    "SizeMismatch",
    "TransferError",
    "TransferTooSlow",
    "TransientTransferError",
    "TreeEntry",
    "TreeFile",
    "TreeResult",
    "UploadResult",
    "VCenterTLSError",
    "VCenterTimeout",
    "VmNotFound",
    "VmRef",
    "VsphereGuestError",
    "faults",
    "mask_url",
    "pinned_ssl_context",
    "resolve_destination",
    "resolve_transfer_url",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> "Any":
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(where, __name__)
    value = module if name == "faults" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
