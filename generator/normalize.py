"""Normalize a subset for openapi-python-client (on a temporary copy, never in spec/).

Each rewrite keeps the API's meaning and fixes a measured generator problem:
- `allOf: [{$ref: Parent}]` beside own properties -> two-member allOf (else subtypes collapse);
- a one-member `allOf: [{$ref}]` that is just a reference (9.x style) -> plain `$ref`;
- `nullable` beside a `$ref` (dropped by the generator) -> `nullable` + `oneOf: [{$ref}]`;
- every object schema gets an `x-vim` entry (parent class, own fields, wire type name, secrets)
  that the model template (generator/templates/model.py.jinja) reads.
"""

from __future__ import annotations

import copy

from .selection import Selection
from .spec_walk import JSON, canonical
from .vmodl_meta import RESERVED, TypeMeta, TypeSystemError, field_type, type_meta

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


def _x_vim(meta: TypeMeta, schema: JSON, class_names: dict[str, str]) -> JSON:
    from .codegen import attribute_name, class_and_module

    props = schema.get("properties", {})
    attrs = {p: attribute_name(p) for p in meta.own}
    clash = sorted(a for a in attrs.values() if a in RESERVED)
    if clash:
        raise TypeSystemError(f"schema {meta.name}: field name(s) {clash} clash with model methods")
    parent = None
    if meta.parent is not None:
        cls, module = class_and_module(meta.parent, class_names)
        parent = {"class": cls, "module": module}
    return {
        "type": meta.name,
        "tag": meta.tag,
        "parent": parent,
        "fields": [
            [p, attrs[p], field_type(props[p]), p in meta.required, p in meta.secret]
            for p in meta.own
        ],
    }


def normalize(subset: JSON, selection: Selection) -> JSON:
    """A generator-friendly copy of a subset document."""
    metas = type_meta(subset, selection)
    doc = canonical(copy.deepcopy(subset))
    schemas = doc.get("components", {}).get("schemas", {})
    for name in list(schemas):
        original = subset["components"]["schemas"][name]
        schemas[name] = _split_inheritance(schemas[name])
        if name in metas:
            schemas[name]["x-vim"] = _x_vim(metas[name], original, selection.class_names)
    doc["paths"] = _fix_nullable_refs(doc.get("paths", {}))
    return doc
