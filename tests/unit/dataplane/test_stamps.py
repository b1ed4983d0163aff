"""What a downloaded file is given from its guest file's attributes (dataplane/stamps.py) and
how the attributes are typed from the generated models (types.FileAttributes)."""

from __future__ import annotations

import datetime

from vim25_json.models import (
    GuestFileAttributes,
    GuestPosixFileAttributes,
    GuestWindowsFileAttributes,
)
from vsphere_guest.dataplane.stamps import stamps
from vsphere_guest.types import FileAttributes

WHEN = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)


def test_stamps_only_what_is_asked_and_reported() -> None:
    posix = FileAttributes.from_model(
        GuestPosixFileAttributes(modification_time=WHEN, permissions=0o106755)
    )
    assert stamps(posix, times=True, permissions=True) == (
        (WHEN.timestamp(), WHEN.timestamp()),  # no access time: the modification time
        0o755,  # never set-uid, set-gid or sticky
    )
    assert stamps(posix, times=False, permissions=False) == (None, None)
    assert stamps(FileAttributes(), times=True, permissions=True) == (None, None)


def test_from_model_by_kind() -> None:
    windows = FileAttributes.from_model(GuestWindowsFileAttributes(hidden=True, create_time=WHEN))
    assert windows.windows and windows.hidden and windows.create_time == WHEN
    assert windows.permissions is None and windows.modification_time is None
    plain = FileAttributes.from_model(GuestFileAttributes(symlink_target="/x"))
    assert not plain.windows and plain.symlink_target == "/x" and plain.owner_id is None
    assert plain.to_dict() == {"_typeName": "GuestFileAttributes", "symlinkTarget": "/x"}
