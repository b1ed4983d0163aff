"""Small helpers to walk an OpenAPI document: $ref names and the schema-level parent of a type.

Both release styles are understood: `{"$ref": X, ...}` and `{"allOf": [{"$ref": X}], ...}`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"
PARAMETER_PREFIX = "#/components/parameters/"

JSON = Any


def iter_refs(node: JSON) -> Iterator[str]:
    """Every `$ref` string found anywhere inside node."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def schema_name(ref: str) -> str | None:
    return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None


def single_ref(node: JSON) -> str | None:
    """The target of a node that is only a reference, in either release style."""
    if not isinstance(node, dict):
        return None
    ref = node.get("$ref")
    if isinstance(ref, str):
        return schema_name(ref)
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and isinstance(all_of[0], dict):
        inner = all_of[0]
        if set(inner) == {"$ref"}:
            return schema_name(inner["$ref"])
    return None


def parent_of(schema: JSON) -> str | None:
    """The parent type of a schema (VMware writes it as a one-member allOf beside properties)."""
    all_of = schema.get("allOf") if isinstance(schema, dict) else None
    if isinstance(all_of, list):
        for member in all_of:
            if isinstance(member, dict) and set(member) == {"$ref"}:
                return schema_name(member["$ref"])
    if isinstance(schema, dict) and "properties" in schema and "$ref" in schema:
        # A style that writes the parent as a sibling $ref (seen in 9.x for some types).
        return schema_name(schema["$ref"])
    if isinstance(schema, dict) and "$ref" in schema and schema.get("type") == "object":
        return schema_name(schema["$ref"])
    return None


def canonical(node: JSON) -> JSON:
    """Rewrite every one-member `allOf: [{$ref}]` as a `$ref` (representation only, not meaning)."""
    if isinstance(node, list):
        return [canonical(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: canonical(v) for k, v in node.items()}
    all_of = out.get("allOf")
    if (
        "$ref" not in out
        and isinstance(all_of, list)
        and len(all_of) == 1
        and isinstance(all_of[0], dict)
        and set(all_of[0]) == {"$ref"}
    ):
        del out["allOf"]
        out["$ref"] = all_of[0]["$ref"]
    return out
