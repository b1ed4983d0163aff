"""The times and permission bits a downloaded file gets from its guest file's attributes, for
download() and the folder downloads alike (preserve_times, preserve_permissions)."""

from __future__ import annotations

import os

from vim25_json.models import FileTransferInformation

from ..types import FileAttributes
from .destinations import Commit, FileSink

Stamps = tuple[tuple[float, float] | None, int | None]  # (atime, mtime), permission bits


def stamps(attributes: FileAttributes, *, times: bool, permissions: bool) -> Stamps:
    """With `times`, (atime, mtime) from the guest's modification time and its access time
    (the modification time when it has none); with `permissions`, the guest's permission bits,
    never set-uid, set-gid or sticky. None for what is not asked for or not reported."""
    when = mode = None
    modified = attributes.modification_time
    if times and modified is not None:
        accessed = attributes.access_time or modified
        when = (accessed.timestamp(), modified.timestamp())
    if permissions and attributes.permissions is not None:
        mode = attributes.permissions & 0o777
    return when, mode


def stamped(times: bool, permissions: bool) -> Commit:
    """A download's commit that first gives the file the guest's times and (on request)
    permission bits: on its descriptor where the platform can (the rename keeps them), else
    by path once it is in place."""

    def commit(sink: FileSink, info: FileTransferInformation) -> None:
        attributes = FileAttributes.from_model(info.attributes)
        when, mode = stamps(attributes, times=times, permissions=permissions)
        if os.utime in os.supports_fd:
            sink.stamp(when, mode)
            sink.commit()
            return
        sink.commit()
        if when is not None:
            os.utime(sink.dest, when)
        if mode is not None:
            os.chmod(sink.dest, mode)

    return commit
