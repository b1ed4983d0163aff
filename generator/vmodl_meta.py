"""What the generated models need to know of vSphere's type system, derived from the subset:
each type's parent, own fields, wire `_typeName`, secret fields; one place, read by normalize
(for the model template) and by the type table (for the runtime).
"""

from __future__ import annotations

from dataclasses import dataclass

from .selection import Selection
from .spec_walk import JSON, schema_name, single_ref

ROOT = "Any"
RESERVED = {"to_dict", "from_dict", "type_name", "additional_properties", "additional_keys"}


class TypeSystemError(SystemExit):
    """The subset breaks an assumption of the generated models (one line, names the schema)."""


@dataclass(frozen=True)
class TypeMeta:
    name: str
    parent: str | None
    own: tuple[str, ...]
    required: tuple[str, ...]
    tag: str | None
    secret: tuple[str, ...]


def field_type(prop: JSON) -> str:
    """A short description of a property's type: a schema name, `X[]`, or `type[:format]`."""
    ref = single_ref(prop)
    if ref:
        return ref
    if prop.get("type") == "array":
        return field_type(prop.get("items", {})) + "[]"
    kind = str(prop.get("type", "object"))
    return f"{kind}:{prop['format']}" if "format" in prop else kind


def parents(name: str, schema: JSON) -> list[str]:
    """Every schema an object inherits from (VMware writes one `allOf` member: the parent)."""
    found: list[str] = []
    all_of = schema.get("allOf")
    if isinstance(all_of, list):
        for member in all_of:
            target = single_ref(member) if isinstance(member, dict) else None
            if target:
                found.append(target)
    ref = schema.get("$ref")
    if isinstance(ref, str) and (schema.get("type") == "object" or "properties" in schema):
        target = schema_name(ref)
        if target:
            found.append(target)
    return found


def is_object(schema: JSON) -> bool:
    return schema.get("type", "object") == "object" and "enum" not in schema


def box_tags(schemas: JSON) -> dict[str, str]:
    """Schema -> wire `_typeName`, for the boxes `Any`'s discriminator maps (e.g. string)."""
    mapping = schemas.get(ROOT, {}).get("discriminator", {}).get("mapping", {})
    return {str(schema_name(ref)): wire for wire, ref in mapping.items() if schema_name(ref)}


def type_meta(document: JSON, selection: Selection) -> dict[str, TypeMeta]:
    """Metadata of every object schema; stops on two parents or an inheritance cycle."""
    schemas = document["components"]["schemas"]
    boxes = box_tags(schemas)
    secret_fields = set(selection.secret_fields)
    out: dict[str, TypeMeta] = {}
    for name in sorted(schemas):
        schema = schemas[name]
        if not is_object(schema):
            continue
        found = parents(name, schema)
        if len(found) > 1:
            raise TypeSystemError(
                f"schema {name} has two parents ({', '.join(found)}): unsupported"
            )
        props = schema.get("properties", {})
        own = tuple(p for p in props if p != "_typeName")
        secret = tuple(
            p for p in own if props[p].get("format") == "password" or f"{name}.{p}" in secret_fields
        )
        tagged = name == ROOT or bool(found) or "_typeName" in props
        out[name] = TypeMeta(
            name=name,
            parent=found[0] if found else None,
            own=own,
            required=tuple(p for p in schema.get("required", ()) if p in own),
            tag=boxes.get(name, name) if tagged else None,
            secret=secret,
        )
    unknown = sorted(secret_fields - {f"{m.name}.{p}" for m in out.values() for p in m.own})
    if unknown:
        raise TypeSystemError(f"secret_fields names no field of the subset: {', '.join(unknown)}")
    for meta in out.values():
        _check_chain(meta, out)
    return out


def _check_chain(meta: TypeMeta, metas: dict[str, TypeMeta]) -> None:
    seen = [meta.name]
    parent = meta.parent
    while parent is not None:
        if parent in seen:
            raise TypeSystemError(f"inheritance cycle: {' -> '.join([*seen, parent])}")
        seen.append(parent)
        parent = metas[parent].parent if parent in metas else None
