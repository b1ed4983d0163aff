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
from tests.spec_styles import as_one_member_all_of

SELECTION = load_selection(SPEC / "selection.toml")


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


@pytest.mark.parametrize("restyle", [as_one_member_all_of, _as_sibling_refs])
def test_restyled_refs_are_not_an_api_change(subset: dict[str, Any], restyle: Any) -> None:
    rewritten = restyle(subset)
    other_way = _as_sibling_refs if restyle is as_one_member_all_of else as_one_member_all_of
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
    assert normalize(as_one_member_all_of(subset), selection) == expected
    assert normalize(_as_sibling_refs(subset), selection) == expected


def _op(doc: dict[str, Any], path: str) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"][path]["post"]
    return op


def test_a_changed_required_privileges_line_is_a_real_change(subset: dict[str, Any]) -> None:
    import re

    new = copy.deepcopy(subset)
    op = _op(new, "/PropertyCollector/{moId}/CancelRetrievePropertiesEx")
    found = re.search(r"\*\*\*Required privileges:\*\*\* (\S+)", op["description"])
    assert found is not None
    op["description"] = op["description"].replace(found.group(1), "Future.Privilege")
    report = compare(subset, new)
    assert report.operations_changed == [
        "POST /PropertyCollector/{moId}/CancelRetrievePropertiesEx: "
        f"required privileges {found.group(1)} -> Future.Privilege"
    ]
    assert report.documentation_changes == 0


def test_a_changed_operation_says_what_changed(subset: dict[str, Any]) -> None:
    new = copy.deepcopy(subset)
    find = _op(new, "/SearchIndex/{moId}/FindByUuid")
    find["requestBody"]["required"] = not find["requestBody"].get("required")
    schema = find["responses"]["200"]["content"]["application/json"]["schema"]
    del schema["nullable"]
    initiate = _op(new, "/GuestFileManager/{moId}/InitiateFileTransferFromGuest")
    initiate["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "string"}
    report = compare(subset, new)
    assert report.operations_changed == [
        "POST /GuestFileManager/{moId}/InitiateFileTransferFromGuest: "
        "response 200: FileTransferInformation -> string",
        "POST /SearchIndex/{moId}/FindByUuid: request body required: True -> False; "
        "response 200: ManagedObjectReference (nullable) -> ManagedObjectReference",
    ]


def test_removed_enum_values_and_required_fields_are_named(subset: dict[str, Any]) -> None:
    new = copy.deepcopy(subset)
    schemas = new["components"]["schemas"]
    schemas["VirtualMachinePowerState_enum"]["enum"].remove("suspended")
    schemas["FileTransferInformation"]["required"].remove("size")
    report = compare(subset, new)
    assert report.schemas_changed == [
        "FileTransferInformation: required +0 -1 (-size)",
        "VirtualMachinePowerState_enum: enum +0 -1 (-suspended)",
    ]


def test_an_inheritance_change_reads_parent_a_to_b(subset: dict[str, Any]) -> None:
    new = copy.deepcopy(subset)
    new["components"]["schemas"]["InvalidGuestLogin"]["allOf"] = [
        {"$ref": "#/components/schemas/VimFault"}
    ]
    report = compare(subset, new)
    assert report.schemas_changed == ["InvalidGuestLogin: parent GuestOperationsFault -> VimFault"]
    assert report.api_changes() == 1


def test_two_parents_or_a_cycle_stop_the_generator_with_one_line(subset: dict[str, Any]) -> None:
    from generator.vmodl_meta import TypeSystemError, type_meta

    two = copy.deepcopy(subset)
    two["components"]["schemas"]["InvalidGuestLogin"]["allOf"].append(
        {"$ref": "#/components/schemas/FileFault"}
    )
    with pytest.raises(TypeSystemError) as exc:
        type_meta(two, SELECTION)
    assert str(exc.value) == (
        "schema InvalidGuestLogin has two parents (GuestOperationsFault, FileFault): unsupported"
    )
    cycle = copy.deepcopy(subset)
    cycle["components"]["schemas"]["GuestOperationsFault"]["allOf"] = [
        {"$ref": "#/components/schemas/InvalidGuestLogin"}
    ]
    with pytest.raises(TypeSystemError, match=r"inheritance cycle: .*InvalidGuestLogin"):
        type_meta(cycle, SELECTION)


SHARED_91 = SPEC.parent.parent / "shared" / "vi-json" / "vi-json-9.1.0.0.partial.json"
REPORT_91 = Path(__file__).parent / "fixtures" / "report-8.0.2.0-to-9.1.0.0.txt"


@pytest.mark.skipif(not SHARED_91.is_file(), reason="needs ../shared/vi-json (the official parts)")
def test_the_9_1_report_names_every_real_change_and_nothing_else(subset: dict[str, Any]) -> None:
    import dataclasses
    import json

    if subset["info"]["version"] != "8.0.2.0":
        pytest.skip("the fixture is the report from an 8.0.2.0 subset")
    source = json.loads(SHARED_91.read_text())
    new = build_subset(source, dataclasses.replace(SELECTION, release="9.1.0.0")).document
    assert compare(subset, new, SELECTION).render() + "\n" == REPORT_91.read_text()
