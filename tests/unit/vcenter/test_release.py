"""Parsing /sdk/vimServiceVersions.xml and choosing the releases to try."""

from __future__ import annotations

import pytest
from vim25_json.type_table import RELEASES
from vsphere_guest.vcenter.releases import parse_service_versions, releases_to_try

VCENTER_803 = b"""<?xml version="1.0" encoding="UTF-8" ?>
<!--
   Copyright 2008-2024 VMware, Inc.  All rights reserved.
-->
<namespaces version="1.0">
  <namespace>
    <name>urn:vim25</name>
    <version>8.0.3.0</version>
    <priorVersions>
      <version>8.0.2.0</version>
      <version>8.0.1.0</version>
      <version>8.0.0.2</version>
      <version>7.0.3.0</version>
      <version>6.0</version>
    </priorVersions>
  </namespace>
  <namespace>
    <name>urn:vim2</name>
    <version>2.0</version>
  </namespace>
</namespaces>
"""


def test_vim25_namespace_current_then_prior() -> None:
    listed = parse_service_versions(VCENTER_803)
    assert listed == ["8.0.3.0", "8.0.2.0", "8.0.1.0", "8.0.0.2", "7.0.3.0", "6.0"]
    # the JSON releases it lists that the client knows (type_table.RELEASES), newest first
    assert releases_to_try(listed) == [
        r for r in ("8.0.3.0", "8.0.2.0", "8.0.1.0") if r in RELEASES
    ]


def test_govmomi_vcsim_shape_without_prior_json_releases() -> None:
    body = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<namespaces version="1.0">\n <namespace>\n'
        b"  <name>urn:vim25</name>\n  <version>8.0.1.0</version>\n  <priorVersions>\n"
        b"   <version>6.0</version>\n   <version>5.5</version>\n  </priorVersions>\n"
        b" </namespace>\n</namespaces>\n"
    )
    assert releases_to_try(parse_service_versions(body)) == ["8.0.1.0"]


def test_only_soap_releases_leave_nothing_to_try() -> None:
    body = VCENTER_803.replace(b"8.0.", b"7.0.")
    assert releases_to_try(parse_service_versions(body)) == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body>It works</body></html>",
        b'<?xml version="1.0"?><namespaces version="1.0"><namespace>',
        b'<namespaces version="1.0"><namespace><name>urn:vsan</name>'
        b"<version>8.0.3</version></namespace></namespaces>",
        b'<!DOCTYPE x [<!ENTITY a "aaaa">]><namespaces>&a;</namespaces>',
        b"<namespaces>" + b" " * 300_000 + b"</namespaces>",
    ],
)
def test_anything_else_is_unusable(body: bytes) -> None:
    assert parse_service_versions(body) is None


def test_without_the_file_every_known_release_is_tried_newest_first() -> None:
    assert releases_to_try(None) == list(RELEASES)
