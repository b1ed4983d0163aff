"""vsphere-guest: pull files out of (and push files into) vSphere VMs through vCenter's VI JSON API.

Public API: Client, AsyncClient, GuestCredentials, VmRef, the result types, resolve_transfer_url,
parse_server, parse_proxy, pinned_ssl_context, the errors, and the `faults` module (one
exception class per vSphere fault).
Names are imported on first use (PEP 562): `import vsphere_guest` alone stays cheap for CLIs.
"""

from importlib import import_module

TYPE_CHECKING = False  # not typing's: importing typing would double this module's import time
if TYPE_CHECKING:
    from typing import Any

    from . import faults
    from .clients._async.client import AsyncClient, AsyncOpenedDownload
    from .clients._sync.client import Client, OpenedDownload
    from .dataplane.destinations import resolve_destination
    from .dataplane.proxies import parse_proxy
    from .dataplane.tls import pinned_ssl_context
    from .dataplane.urls import ServerAddress, mask_url, parse_server, resolve_transfer_url
    from .errors import (
        AmbiguousVm,
        BadArgument,
        BadArgumentType,
        ClientClosed,
        ConnectionFailed,
        DestinationExists,
        DestinationFolderNotFound,
        GuestFolderNotFound,
        HostCertificateError,
        InvalidAnswer,
        LocalFileError,
        ProxyError,
        ProxyTransferError,
        ServerError,
        SizeMismatch,
        TransferError,
        TransferTooSlow,
        TransientProxyTransferError,
        TransientTransferError,
        VCenterProxyError,
        VCenterTimeout,
        VCenterTLSError,
        VmNotFound,
        VsphereGuestError,
    )
    from .guest.listing import TreeEntry
    from .trees.collect import CollectRecord
    from .trees.download import TreeFile, TreeResult
    from .types import (
        DownloadResult,
        FileAttributes,
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
    "AsyncClient": ".clients._async.client",
    "AsyncOpenedDownload": ".clients._async.client",
    "Client": ".clients._sync.client",
    "OpenedDownload": ".clients._sync.client",
    "pinned_ssl_context": ".dataplane.tls",
    "mask_url": ".dataplane.urls",
    "parse_server": ".dataplane.urls",
    "parse_proxy": ".dataplane.proxies",
    "ServerAddress": ".dataplane.urls",
    "resolve_transfer_url": ".dataplane.urls",
    "resolve_destination": ".dataplane.destinations",
    "TreeEntry": ".guest.listing",
    "CollectRecord": ".trees.collect",
    "TreeFile": ".trees.download",
    "TreeResult": ".trees.download",
    **dict.fromkeys(
        [
            "AmbiguousVm",
            "BadArgument",
            "BadArgumentType",
            "ClientClosed",
            "ConnectionFailed",
            "DestinationExists",
            "DestinationFolderNotFound",
            "GuestFolderNotFound",
            "HostCertificateError",
            "InvalidAnswer",
            "LocalFileError",
            "ProxyError",
            "ProxyTransferError",
            "ServerError",
            "SizeMismatch",
            "TransferError",
            "TransferTooSlow",
            "TransientProxyTransferError",
            "TransientTransferError",
            "VCenterProxyError",
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
            "FileAttributes",
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
    "ClientClosed",
    "CollectRecord",
    "ConnectionFailed",
    "DestinationExists",
    "DestinationFolderNotFound",
    "DownloadResult",
    "FileAttributes",
    "FilesProgress",
    "GuestCredentials",
    "GuestFile",
    "GuestFolderNotFound",
    "HostCertificateError",
    "InvalidAnswer",
    "LocalFileError",
    "OpenedDownload",
    "Progress",
    "ProxyError",
    "ProxyTransferError",
    "Resolver",
    "ServerAddress",
    "ServerError",
    "SizeMismatch",
    "TransferError",
    "TransferTooSlow",
    "TransientProxyTransferError",
    "TransientTransferError",
    "TreeEntry",
    "TreeFile",
    "TreeResult",
    "UploadResult",
    "VCenterProxyError",
    "VCenterTLSError",
    "VCenterTimeout",
    "VmNotFound",
    "VmRef",
    "VsphereGuestError",
    "faults",
    "mask_url",
    "parse_proxy",
    "parse_server",
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
