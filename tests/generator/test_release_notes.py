"""The release classifier and PR.md: each breaking kind on a document crafted here from the
committed subset (none is checked in), and what is not breaking."""

from __future__ import annotations

import copy
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.breaking import classify
from generator.release_notes import BREAKING_EXIT, next_version, versions
from tests.conftest import ROOT, SPEC

Doc = dict[str, Any]
LIST_FILES = "/GuestFileManager/{moId}/ListFilesInGuest"


def _op(doc: Doc, path: str = LIST_FILES) -> Doc:
    result: Doc = doc["paths"][path]["post"]
    return result


def _schema(doc: Doc, name: str) -> Doc:
    result: Doc = doc["components"]["schemas"][name]
    return result


def _remove_operation(doc: Doc) -> None:
    del doc["paths"]["/GuestFileManager/{moId}/DeleteFileInGuest"]


def _remove_field(doc: Doc) -> None:
    del _schema(doc, "FileTransferInformation")["properties"]["size"]


def _remove_enum_value(doc: Doc) -> None:
    _schema(doc, "VirtualMachinePowerState_enum")["enum"].remove("suspended")


def _remove_subtype(doc: Doc) -> None:
    del doc["components"]["schemas"]["GuestPosixFileAttributes"]


def _make_required(doc: Doc) -> None:
    _schema(doc, "GuestFileAttributes")["required"] = ["modificationTime"]


def _change_result_type(doc: Doc) -> None:
    schema = _op(doc)["responses"]["200"]["content"]["application/json"]["schema"]
    schema["$ref"] = "#/components/schemas/GuestFileInfo"


def _make_result_nullable(doc: Doc) -> None:
    _op(doc)["responses"]["200"]["content"]["application/json"]["schema"]["nullable"] = True


def _add_argument_privilege(doc: Doc) -> None:
    """Guest operations declare their privileges on an argument of the *RequestType."""
    vm = _schema(doc, "ListFilesInGuestRequestType")["properties"]["vm"]
    vm["description"] = vm["description"].replace(".Query", ".Modify")


def _add_operation_privilege(doc: Doc) -> None:
    op = _op(doc, "/PropertyCollector/{moId}/ContinueRetrievePropertiesEx")
    op["description"] = re.sub(
        r"(Required privileges:\*\*\* )(\S+)", r"\1\2, Sessions.TerminateSession", op["description"]
    )


BREAKING_KINDS: dict[str, tuple[Callable[[Doc], None], str, str]] = {
    "operation removed": (_remove_operation, "GuestFileManager_DeleteFileInGuest", "stop calling"),
    "field removed": (_remove_field, "FileTransferInformation.size", "attribute is gone"),
    "enum value removed": (_remove_enum_value, "VirtualMachinePowerState_enum.suspended", ""),
    "subtype removed": (_remove_subtype, "GuestPosixFileAttributes", "isinstance"),
    "field made required": (_make_required, "GuestFileAttributes.modificationTime", "must pass"),
    "result type changed": (_change_result_type, "GuestFileManager_ListFilesInGuest", "result"),
    "result nullable": (_make_result_nullable, "GuestFileManager_ListFilesInGuest", "None"),
    "privilege added": (_add_argument_privilege, "GuestFileManager_ListFilesInGuest", "Modify"),
    "operation privilege added": (
        _add_operation_privilege,
        "PropertyCollector_ContinueRetrievePropertiesEx",
        "Terminate",
    ),
}


@pytest.mark.parametrize("kind", sorted(BREAKING_KINDS))
def test_each_breaking_kind_is_classified_breaking_with_an_app_change(
    subset: Doc, kind: str
) -> None:
    craft, subject, advice = BREAKING_KINDS[kind]
    new = copy.deepcopy(subset)
    craft(new)
    result = classify(subset, new)
    assert [c.subject for c in result.breaking] == [subject], result.breaking
    (change,) = result.breaking
    assert change.kind == {"result nullable": "result type changed"}.get(
        kind, kind.replace("operation privilege", "privilege")
    )
    assert advice in change.advice and change.advice
    assert result.bump == "major"


def test_system_privileges_every_role_holds_are_not_breaking(subset: Doc) -> None:
    new = copy.deepcopy(subset)
    op = _op(new, "/PropertyCollector/{moId}/ContinueRetrievePropertiesEx")
    op["description"] = re.sub(
        r"(Required privileges:\*\*\* )\S+", r"\1System.Anonymous", op["description"]
    )
    result = classify(subset, new)
    assert not result.breaking
    assert [c.kind for c in result.additive] == ["privileges changed (every role holds them)"]


def test_additions_and_description_edits_are_not_breaking(subset: Doc) -> None:
    new = copy.deepcopy(subset)
    _schema(new, "MoTypes_enum")["enum"].append("CraftedType")
    _schema(new, "ServiceContent")["properties"]["extra"] = {"type": "string"}
    _schema(new, "UserSession")["description"] += " More words."
    result = classify(subset, new, (["8.0.2.0"], ["9.1.0.0", "8.0.2.0"]))
    assert not result.breaking
    kinds = [c.kind for c in result.additive]
    assert kinds == ["releases added", "enum values added", "field added"]
    assert [c.subject for c in result.documentation] == ["UserSession"]
    assert result.bump == "minor"


def test_a_dropped_release_is_breaking(subset: Doc) -> None:
    result = classify(subset, subset, (["8.0.2.0", "8.0.1.0"], ["8.0.2.0"]))
    assert [c.subject for c in result.breaking] == ["8.0.1.0"]


@pytest.mark.parametrize(
    ("released", "bump", "expected"),
    [("0.1.0", "major", "0.2.0"), ("1.4.2", "major", "2.0.0"), ("1.4.2", "minor", "1.5.0"),
     ("0.1.0", "patch", "0.1.1")],
)  # fmt: skip
def test_semver_bump(released: str, bump: str, expected: str) -> None:
    assert next_version(released, bump) == expected


def test_changelog_versions() -> None:
    assert versions("## Unreleased (0.2.0)\n\n## 0.1.0 (2026-11-26)\n") == ("0.1.0", "0.2.0")


def _repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(SPEC, root / "spec")
    shutil.copy(ROOT / "CHANGELOG.md", root)
    return root


def _junit(path: Path, tests: int, failures: int) -> None:
    path.write_text(
        f'<testsuites><testsuite name="pytest" tests="{tests}" failures="{failures}" '
        f'errors="0" skipped="1" time="12.5"/></testsuites>'
    )


def test_release_notes_write_pr_md_and_exit_3_when_breaking(subset: Doc, tmp_path: Path) -> None:
    root = _repo(tmp_path)
    old = copy.deepcopy(subset)
    _schema(old, "FileTransferInformation")["properties"]["gone"] = {"type": "string"}
    (tmp_path / "old.json").write_text(json.dumps(old))
    release = root / "release"
    release.mkdir()
    _junit(release / "junit-8.0.2.0.xml", 10, 0)
    _junit(release / "junit-8.0.1.0.xml", 10, 2)
    results = [
        {"step": "tests", "release": "8.0.2.0", "exit": 0, "junit": "release/junit-8.0.2.0.xml"},
        {"step": "tests", "release": "8.0.1.0", "exit": 1, "junit": "release/junit-8.0.1.0.xml"},
        {"step": "lint", "release": "", "exit": 0},
    ]
    (release / "results.json").write_text(json.dumps(results))
    args = ["release-notes", "--root", str(root), "--old", str(tmp_path / "old.json")]
    assert main([*args, "--source", "doc.json"]) == BREAKING_EXIT
    pr = (release / "PR.md").read_text()
    assert "## Breaking (1)\n\n- field removed: `FileTransferInformation.gone`\n" in pr
    assert "  - app change: code reading or setting `FileTransferInformation.gone`" in pr
    assert "| tests | 8.0.2.0 | passed | 9 passed, 0 failed, 0 errors, 1 skipped in 12 s |" in pr
    assert "| tests | 8.0.1.0 | FAILED (exit 1) | 7 passed, 2 failed" in pr
    assert "| lint | - | passed | - |" in pr and "1 check(s) FAILED" in pr
    assert "next version is at least **0.2.0**" in pr and "### Breaking" in pr


def test_release_notes_exit_0_without_breaking_change(subset: Doc, tmp_path: Path) -> None:
    root = _repo(tmp_path)
    (tmp_path / "old.json").write_text(json.dumps(subset))
    assert main(["release-notes", "--root", str(root), "--old", str(tmp_path / "old.json")]) == 0
    pr = (root / "release" / "PR.md").read_text()
    assert "(not breaking)" in pr and "## Breaking (0)\n\n- none" in pr
    assert "No check ran (no release/results.json)" in pr and "passed" not in pr
    assert "BREAKING" not in pr.split("\n")[0]


SHARED_91 = SPEC.parent.parent / "shared" / "vi-json" / "vi-json-9.1.0.0.partial.json"


@pytest.mark.skipif(not SHARED_91.is_file(), reason="needs ../shared/vi-json (the official parts)")
def test_8_0_2_0_to_9_1_0_0_is_additive(subset: Doc) -> None:
    """The official pair: System.Read -> System.View is not a privilege a role lacks."""
    import dataclasses

    from generator.selection import load_selection
    from generator.subset import build_subset

    if subset["info"]["version"] != "8.0.2.0":
        pytest.skip("compares the 8.0.2.0 subset with 9.1.0.0")
    selection = dataclasses.replace(load_selection(SPEC / "selection.toml"), release="9.1.0.0")
    new = build_subset(json.loads(SHARED_91.read_text()), selection).document
    result = classify(subset, new)
    assert result.breaking == [] and result.bump == "minor"
    assert [c.line() for c in result.additive[2:]] == [
        "enum values added: `MoTypes_enum` (+59: DirectPathProfileManager, HostVsanHealthSystem, "
        "TransitGateway, VimClusterVsanVcDiskManagementSystem, "
        "VimClusterVsanVcStretchedClusterSystem, ...54 more)",
        "field added: `ServiceContent.directPathProfileManager` (ManagedObjectReference)",
    ]
    assert {c.subject for c in result.additive[:2]} == {
        "PropertyCollector_CancelRetrievePropertiesEx",
        "PropertyCollector_ContinueRetrievePropertiesEx",
    }
