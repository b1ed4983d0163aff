"""Normalize a subset for openapi-python-client (on a temporary copy, never in spec/).

Each rewrite keeps the API's meaning and fixes a measured generator problem:
- `allOf: [{$ref: Parent}]` beside own properties -> two-member allOf (else subtypes collapse);
- a one-member `allOf: [{$ref}]` that is just a reference (9.x style) -> plain `$ref`;
- `nullable` beside a `$ref` (dropped by the generator) -> `nullable` + `oneOf: [{$ref}]`.
"""

from __future__ import annotations

import copy

from .spec_walk import JSON, canonical

OWN_KEYS = ("properties", "required", "additionalProperties")


def _split_inheritance(schema: JSON) -> JSON:
    """Parent reference + own fields -> allOf [parent, own object]."""
    parent = schema.get("$ref")
    if not isinstance(parent, str) or not any(k in schema for k in OWN_KEYS):
        if isinstance(parent, str) and schema.get("type") == "object":
            # A subtype with no own fields: keep it a distinct model that inherits everything.
            inherited = {k: v for k, v in schema.items() if k not in ("$ref", "type")}
            return {**inherited, "allOf": [{"$ref": parent}, {"type": "object"}]}
        return schema
    own: dict[str, JSON] = {"type": "object"}
    rest: dict[str, JSON] = {}
    for key, value in schema.items():
        if key in OWN_KEYS:
            own[key] = value
        elif key not in ("$ref", "type"):
            rest[key] = value
    return {**rest, "allOf": [{"$ref": parent}, own]}


def _fix_nullable_refs(node: JSON) -> JSON:
    if isinstance(node, list):
        return [_fix_nullable_refs(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _fix_nullable_refs(v) for k, v in node.items()}
    if out.get("nullable") is True and "$ref" in out:
        ref = out.pop("$ref")
        out["oneOf"] = [{"$ref": ref}]
    return out


def normalize(subset: JSON) -> JSON:
    """A generator-friendly copy of a subset document."""
    doc = canonical(copy.deepcopy(subset))
    schemas = doc.get("components", {}).get("schemas", {})
    for name in list(schemas):
        schemas[name] = _split_inheritance(schemas[name])
    doc["paths"] = _fix_nullable_refs(doc.get("paths", {}))
    return doc
