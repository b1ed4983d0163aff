"""The change report: names real API changes exactly, ignores representation-only rewrites."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.change_report import compare
from generator.selection import load_selection
from generator.subset import build_subset
from tests.conftest import SPEC

SELECTION = load_selection(SPEC / "selection.toml")


def _as_one_member_all_of(node: Any) -> Any:
    """9.x style: every $ref with sibling keys written as a one-member allOf."""
    if isinstance(node, list):
        return [_as_one_member_all_of(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _as_one_member_all_of(v) for k, v in node.items()}
    if "$ref" in out and len(out) > 1:
        ref = out.pop("$ref")
        out["allOf"] = [{"$ref": ref}]
    return out


def test_identical_subsets_report_no_change(subset: dict[str, Any]) -> None:
    report = compare(subset, copy.deepcopy(subset))
    assert report.api_changes() == 0
    assert report.render().startswith("No API change.")


def test_one_property_and_one_fault_removed_are_named_exactly(subset: dict[str, Any]) -> None:
    source = copy.deepcopy(subset)
    del source["components"]["schemas"]["FileTransferInformation"]["properties"]["size"]
    del source["components"]["schemas"]["InvalidGuestLogin"]
    new = build_subset(source, SELECTION).document
    report = compare(subset, new)
    assert report.properties_removed == ["FileTransferInformation.size"]
    assert report.faults_removed == ["InvalidGuestLogin"]
    assert report.api_changes() == 2, report.render()


def _as_sibling_refs(node: Any) -> Any:
    """8.x style: every one-member allOf beside other keys written as a sibling $ref."""
    if isinstance(node, list):
        return [_as_sibling_refs(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _as_sibling_refs(v) for k, v in node.items()}
    all_of = out.get("allOf")
    if (
        isinstance(all_of, list)
        and len(all_of) == 1
        and set(all_of[0]) == {"$ref"}
        and len(out) > 1
    ):
        out["$ref"] = out.pop("allOf")[0]["$ref"]
    return out


@pytest.mark.parametrize("restyle", [_as_one_member_all_of, _as_sibling_refs])
def test_restyled_refs_are_not_an_api_change(subset: dict[str, Any], restyle: Any) -> None:
    rewritten = restyle(subset)
    other_way = _as_sibling_refs if restyle is _as_one_member_all_of else _as_one_member_all_of
    assert rewritten != subset or other_way(subset) != subset  # a restyle really happens
    report = compare(subset, rewritten)
    assert report.api_changes() == 0, report.render()
    assert report.documentation_changes == 0


def test_description_only_edits_are_counted_not_listed(subset: dict[str, Any]) -> None:
    new = copy.deepcopy(subset)
    new["components"]["schemas"]["UserSession"]["description"] += " More words."
    report = compare(subset, new)
    assert report.api_changes() == 0
    assert report.documentation_changes == 1


def test_added_property_and_type_change_are_reported(subset: dict[str, Any]) -> None:
    new = copy.deepcopy(subset)
    props = new["components"]["schemas"]["GuestFileInfo"]["properties"]
    props["owner"] = {"type": "string"}
    props["size"] = {"type": "string"}
    report = compare(subset, new)
    assert report.properties_added == ["GuestFileInfo.owner"]
    assert report.properties_changed == ["GuestFileInfo.size: integer:int64 -> string"]


def test_both_release_styles_normalize_to_the_same_document(subset: dict[str, Any]) -> None:
    from generator.normalize import normalize
    from generator.selection import load_selection

    selection = load_selection(Path("spec/selection.toml"))
    # so a document in either style generates the same client
    expected = normalize(subset, selection)
    assert normalize(_as_one_member_all_of(subset), selection) == expected
    assert normalize(_as_sibling_refs(subset), selection) == expected
