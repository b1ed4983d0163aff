"""Render vim25_json/type_table.py: every schema's parent, fields and fault-ness, from the subset.

The wrapper builds its fault classes and polymorphic decoding on this table, so no handwritten
code keeps a list of vSphere type names.
"""

from __future__ import annotations

from .codegen import class_and_module, operation_module
from .selection import Selection
from .spec_walk import JSON, parent_of
from .vmodl_meta import field_type, type_meta

FIRST_JSON_RELEASE = (8, 0, 1, 0)  # the VI JSON API exists from vSphere 8.0.1 on
FAULT_ROOT = "MethodFault"


def model_class_name(schema: str, overrides: dict[str, str]) -> str:
    """The class name openapi-python-client gives a schema (its own naming rule, reserved words)."""
    return class_and_module(schema, overrides)[0]


def _version(release: str) -> tuple[int, ...]:
    return tuple(int(p) for p in release.split(".") if p.isdigit())


def releases(document: JSON, selection: Selection) -> list[str]:
    """Releases a client of this subset may speak, newest first (the document's list or ours)."""
    listed: list[str] = []
    for server in document.get("servers", []):
        listed += server.get("variables", {}).get("release", {}).get("enum", [])
    candidates = listed or list(selection.fallback_releases) or [selection.release]
    own = _version(selection.release)
    keep = {r for r in candidates if FIRST_JSON_RELEASE <= _version(r) <= own}
    keep.add(selection.release)
    return sorted(keep, key=_version, reverse=True)


def is_fault(schemas: JSON, name: str) -> bool:
    seen = set()
    while name and name not in seen:
        if name == FAULT_ROOT:
            return True
        seen.add(name)
        name = parent_of(schemas.get(name, {})) or ""
    return False


def render(document: JSON, selection: Selection) -> str:
    schemas = document["components"]["schemas"]
    mapping = schemas.get("Any", {}).get("discriminator", {}).get("mapping", {})
    lines = [
        '"""Type table of the vSphere types in this client\'s spec subset.',
        "",
        "Written by the generator from spec/; never edit by hand.",
        '"""',
        "",
        "from typing import Final, NamedTuple",
        "",
        "",
        "class TypeInfo(NamedTuple):",
        '    """One schema: its parent, its own fields (wire name -> type), fault or not."""',
        "",
        "    parent: str | None",
        "    fields: tuple[tuple[str, str], ...]",
        "    is_fault: bool",
        "    model: str | None",
        '    """Class name in vim25_json.models (a model or an enum), or None."""',
        "    enum: bool",
        '    """An enum schema (`model` is its open StrEnum class)."""',
        "    required: tuple[str, ...]",
        '    """Own fields the spec marks required."""',
        "",
        "",
        f"RELEASE: Final = {selection.release!r}",
        '"""The release this subset was cut from."""',
        f"RELEASES: Final = {tuple(releases(document, selection))!r}",
        '"""Releases a client of this subset may speak, newest first."""',
        "BOXES: Final[dict[str, str]] = {",
    ]
    for wire, target in sorted(mapping.items()):
        lines.append(f"    {wire!r}: {target.rsplit('/', 1)[-1]!r},")
    metas = type_meta(document, selection)
    lines += [
        "}",
        '"""Wire `_typeName` of a boxed primitive -> its schema."""',
        "TAGS: Final[dict[str, str]] = {",
    ]
    for name, meta in sorted(metas.items(), key=lambda item: str(item[1].tag)):
        if meta.tag is not None:
            lines.append(f"    {meta.tag!r}: {name!r},")
    lines += [
        "}",
        '"""Every wire `_typeName` of this subset -> its schema (the decode registry)."""',
        "RESULTS: Final[dict[str, dict[str, str]]] = {",
    ]
    for operation, by_status in sorted(results(document).items()):
        lines.append(f"    {operation!r}: {by_status!r},")
    lines += [
        "}",
        '"""Operation module (snake-case operationId) -> HTTP status -> declared result type."""',
        "# (`?`: nullable; an empty string: no body)",
        "OPERATIONS: Final[dict[str, str]] = {",
    ]
    for operation_id in sorted(operation_ids(document)):
        lines.append(f"    {operation_id!r}: {operation_module(operation_id)!r},")
    lines += [
        "}",
        '"""operationId -> its module under vim25_json.api.<tag> (the RESULTS key)."""',
        "TYPES: Final[dict[str, TypeInfo]] = {",
    ]
    for name in sorted(schemas):
        schema = schemas[name]
        props = schema.get("properties", {})
        fields = tuple((p, field_type(v)) for p, v in props.items())
        enum = "enum" in schema
        has_class = schema.get("type", "object") == "object" or enum
        model = model_class_name(name, selection.class_names) if has_class else None
        required = tuple(p for p in schema.get("required", ()) if p != "_typeName")
        lines.append(
            f"    {name!r}: TypeInfo({parent_of(schema)!r}, {fields!r}, "
            f"{is_fault(schemas, name)!r}, {model!r}, {enum!r}, {required!r}),"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def operation_ids(document: JSON) -> list[str]:
    return [
        op["operationId"]
        for item in document.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]


def results(document: JSON) -> dict[str, dict[str, str]]:
    """Operation module -> status -> result type string (`?` when nullable, "" for no body)."""
    out: dict[str, dict[str, str]] = {}
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            by_status: dict[str, str] = {}
            for status, response in operation.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema is None:
                    by_status[status] = ""
                else:
                    nullable = "?" if schema.get("nullable") else ""
                    by_status[status] = field_type(schema) + nullable
            out[operation_module(operation["operationId"])] = by_status
    return out
