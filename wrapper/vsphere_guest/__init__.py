"""vsphere-guest: pull files out of (and push files into) vSphere VMs through vCenter's VI JSON API.

Public API: Client, AsyncClient, GuestCredentials, VmRef, the result types, resolve_transfer_url,
pinned_ssl_context, the errors, and the `faults` module (one exception class per vSphere fault).
"""

from . import faults
from ._async_client import AsyncClient, AsyncOpenedDownload
from ._client import Client, OpenedDownload
from ._tls import pinned_ssl_context
from ._urls import install_log_masking, mask_url, resolve_transfer_url
from .errors import (
    AmbiguousVm,
    DestinationExists,
    HostCertificateError,
    ServerError,
    SizeMismatch,
    TransferError,
    TransientTransferError,
    VmNotFound,
    VsphereGuestError,
)
from .types import DownloadResult, GuestCredentials, GuestFile, Progress, UploadResult, VmRef

__all__ = [
    "AmbiguousVm",
    "AsyncClient",
    "AsyncOpenedDownload",
    "Client",
    "DestinationExists",
    "DownloadResult",
    "GuestCredentials",
    "GuestFile",
    "HostCertificateError",
    "OpenedDownload",
    "Progress",
    "ServerError",
    "SizeMismatch",
    "TransferError",
    "TransientTransferError",
    "UploadResult",
    "VmNotFound",
    "VmRef",
    "VsphereGuestError",
    "faults",
    "mask_url",
    "pinned_ssl_context",
    "resolve_transfer_url",
]
__version__ = "0.1.0"

install_log_masking()
