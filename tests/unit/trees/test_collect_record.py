"""CollectRecord's report line: a dict named for what it is (issue 22 item 12)."""

from __future__ import annotations

import json
from pathlib import Path

from vsphere_guest import CollectRecord
from vsphere_guest.trees.collect import _overlapping


def test_to_dict_is_the_report_line() -> None:
    record = CollectRecord(
        "web-01", "vm-4", "/etc/hostname", Path("out/web-01/etc/hostname"), 7, "ab", "ok"
    )
    line = record.to_dict()
    assert line == {
        "vm": "web-01",
        "vm_moref": "vm-4",
        "guest_path": "/etc/hostname",
        "local_path": str(Path("out/web-01/etc/hostname")),
        "size": 7,
        "sha256": "ab",
        "status": "ok",
    }
    assert json.loads(json.dumps(line)) == line  # plain JSON values
    failed = CollectRecord("web-01", "vm-4", "/x", None, None, None, "failed", "not found")
    assert failed.to_dict()["reason"] == "not found"
    assert not hasattr(record, "to_json")  # renamed: it returns a dict, not JSON text


def test_guest_paths_overlap_when_one_is_another_or_inside_it() -> None:
    """Only then may a file be met twice, and only then are local paths remembered."""
    assert not _overlapping(["/var/log", "/etc/hostname", "/var/logs"])
    assert _overlapping(["/var/log", "/var/log/syslog"])
    assert _overlapping(["/var/log/", "/var/log"])
    assert _overlapping(["C:\\Logs\\a.log", "c:\\logs"])
