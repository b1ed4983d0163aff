"""Release choice: which vim25 releases a vCenter serves (/sdk/vimServiceVersions.xml), which of
them this client knows, newest first, and the release to speak once ServiceContent is known."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from vim25_json.models import ServiceContent
from vim25_json.type_table import RELEASES

SERVICE_VERSIONS_PATH = "/sdk/vimServiceVersions.xml"  # unauthenticated, as govc reads it
SERVICE_VERSIONS_MAX_BYTES = 256 * 1024
VIM25_NAMESPACE = "urn:vim25"


def release_key(release: str) -> tuple[int, ...]:
    return tuple(int(p) for p in release.split(".") if p.isdigit())


def parse_service_versions(body: bytes) -> list[str] | None:
    """The vim25 releases listed by /sdk/vimServiceVersions.xml (`version`, then
    `priorVersions`), or None when the document is not one (HTML, truncated, no vim25 entry).

    The format (pyVmomi and govmomi read the same): `<namespaces version="1.0"><namespace>
    <name>urn:vim25</name><version>8.0.3.0</version><priorVersions><version>8.0.2.0</version>
    ...</priorVersions></namespace>...</namespaces>`.
    """
    if len(body) > SERVICE_VERSIONS_MAX_BYTES or b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        return None  # no entity expansion of a hostile document
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    if root.tag != "namespaces":
        return None
    listed: list[str] = []
    for namespace in root.findall("namespace"):
        if (namespace.findtext("name") or "").strip() != VIM25_NAMESPACE:
            continue
        for element in [namespace.find("version"), *namespace.findall("priorVersions/version")]:
            text = (element.text or "").strip() if element is not None else ""
            if text and release_key(text) and text not in listed:
                listed.append(text)
    return listed or None


def releases_to_try(listed: list[str] | None) -> list[str]:
    """The releases this client knows, newest first: all of them, or those the server lists."""
    known = sorted(RELEASES, key=release_key, reverse=True)
    if listed is None:
        return known
    offered = {release_key(r) for r in listed}
    return [r for r in known if release_key(r) in offered]


def best_release(asked: str, content: ServiceContent) -> str:
    """The newest release both sides know, no newer than the server's apiVersion."""
    server = release_key(str(content.about.api_version))
    usable = [
        r for r in RELEASES if release_key(r) <= server and release_key(r) <= release_key(asked)
    ]
    return usable[0] if usable else asked
