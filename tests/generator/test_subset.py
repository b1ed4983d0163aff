"""The spec/ subset: closure, faults with ancestors, omission-only fidelity, determinism."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from generator.selection import load_selection
from generator.spec_walk import iter_refs, parent_of, schema_name
from generator.subset import build_subset, mentioned_faults
from tests.conftest import SPEC

SELECTION = load_selection(SPEC / "selection.toml")


def padded_source(subset: dict[str, Any]) -> dict[str, Any]:
    """The committed subset plus things the selection does not keep, like the full document."""
    source = copy.deepcopy(subset)
    source["tags"] = [{"name": "Unused"}, {"name": "GuestFileManager"}]
    source["paths"]["/Unused/{moId}/Thing"] = {
        "post": {"operationId": "Unused_Thing", "tags": ["Unused"], "responses": {"204": {}}}
    }
    source["components"]["schemas"]["UnusedType"] = {
        "type": "object",
        "allOf": [{"$ref": "#/components/schemas/DataObject"}],
    }
    source["components"]["schemas"]["Any"]["discriminator"]["mapping"]["int"] = (
        "#/components/schemas/PrimitiveInt"
    )
    return source


def test_every_ref_resolves_inside_the_subset(subset: dict[str, Any]) -> None:
    schemas = subset["components"]["schemas"]
    params = subset["components"]["parameters"]
    refs = set(iter_refs(subset))
    assert refs
    for ref in refs:
        name = schema_name(ref)
        if name is not None:
            assert name in schemas, ref
        else:
            assert ref.removeprefix("#/components/parameters/") in params, ref


def test_every_kept_operation_is_selected(subset: dict[str, Any]) -> None:
    op_ids = {op["operationId"] for item in subset["paths"].values() for op in item.values()}
    assert op_ids == set(SELECTION.operations)


def test_named_faults_are_kept_with_all_ancestors(subset: dict[str, Any]) -> None:
    schemas = subset["components"]["schemas"]
    named = {f for item in subset["paths"].values() for f in mentioned_faults(item)}
    assert {"InvalidGuestLogin", "InvalidPowerState", "GuestOperationsUnavailable"} <= named
    for fault in named:
        chain = [fault]
        while chain[-1] != "MethodFault":
            parent = parent_of(schemas[chain[-1]])
            assert parent is not None and parent in schemas, chain
            chain.append(parent)
    assert parent_of(schemas["MethodFault"]) == "Any"


def test_fault_without_schema_is_reported_not_fatal(subset: dict[str, Any]) -> None:
    source = padded_source(subset)
    op = source["paths"]["/GuestFileManager/{moId}/InitiateFileTransferFromGuest"]["post"]
    op["responses"]["500"]["description"] += "\n***BrandNewFault***: when it is new.\n"
    result = build_subset(source, SELECTION)
    assert result.missing_faults == {
        "BrandNewFault": ["GuestFileManager_InitiateFileTransferFromGuest"]
    }


def test_subset_differs_from_source_only_by_omission(subset: dict[str, Any]) -> None:
    source = padded_source(subset)
    out = build_subset(source, SELECTION).document
    assert "UnusedType" not in out["components"]["schemas"]
    assert "/Unused/{moId}/Thing" not in out["paths"]
    assert out["tags"] == [{"name": "GuestFileManager"}]
    for path, item in out["paths"].items():
        assert json.dumps(item) == json.dumps(source["paths"][path])  # same keys, same order
    for name, schema in out["components"]["schemas"].items():
        if name == "Any":  # the one allowed edit: its mapping reduced to kept types
            mapping = schema["discriminator"]["mapping"]
            assert "int" not in mapping and mapping.items() <= (
                source["components"]["schemas"]["Any"]["discriminator"]["mapping"].items()
            )
            continue
        assert json.dumps(schema) == json.dumps(source["components"]["schemas"][name])


def _shuffled(doc: dict[str, Any], seed: int) -> dict[str, Any]:
    rng = random.Random(seed)

    def shuffle(d: dict[str, Any]) -> dict[str, Any]:
        items = list(d.items())
        rng.shuffle(items)
        return dict(items)

    out = shuffle(copy.deepcopy(doc))
    out["paths"] = shuffle(out["paths"])
    out["components"] = shuffle(out["components"])
    out["components"]["schemas"] = shuffle(out["components"]["schemas"])
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_output_is_deterministic_whatever_the_input_order(
    subset: dict[str, Any], seed: int
) -> None:
    source = padded_source(subset)
    expected = build_subset(source, SELECTION).dumps()
    assert build_subset(_shuffled(source, seed), SELECTION).dumps() == expected


def test_committed_subset_is_a_fixed_point(subset: dict[str, Any]) -> None:
    release = SELECTION.release
    text = (SPEC / f"vi-json-{release}.json").read_text()
    assert build_subset(subset, SELECTION).dumps() == text


def test_unknown_operation_in_selection_is_an_error(subset: dict[str, Any], tmp_path: Path) -> None:
    from dataclasses import replace

    bad = replace(SELECTION, operations=(*SELECTION.operations, "Nope_Nothing"))
    with pytest.raises(SystemExit, match="Nope_Nothing"):
        build_subset(subset, bad)
