"""Cut the spec/ subset out of an official document: kept operations and their closure.

The subset differs from the official document only by omission (plus the `Any` discriminator
mapping reduced to kept types); objects are copied as they are, key order included.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .selection import Selection
from .spec_walk import JSON, PARAMETER_PREFIX, iter_refs, parent_of, schema_name

FAULT_MENTION = re.compile(r"\*\*\*(\w+)\*\*\*")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TOP_LEVEL_ORDER = ("openapi", "info", "servers", "security", "tags", "paths", "components")


@dataclass
class SubsetResult:
    document: JSON
    missing_faults: dict[str, list[str]] = field(default_factory=dict)  # fault -> operationIds

    def dumps(self) -> str:
        return dump_json(self.document)


def dump_json(document: JSON) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _operations(paths: JSON) -> dict[str, tuple[str, str]]:
    """operationId -> (path, method) for every operation of the document."""
    found: dict[str, tuple[str, str]] = {}
    for path, item in paths.items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = (path, method)
    return found


def _select_paths(paths: JSON, wanted: tuple[str, ...]) -> list[str]:
    by_id = _operations(paths)
    kept: set[str] = set()
    unknown = []
    for entry in wanted:
        if entry in paths:
            kept.add(entry)
        elif entry in by_id:
            kept.add(by_id[entry][0])
        else:
            unknown.append(entry)
    if unknown:
        raise SystemExit(
            "selection names operations the document does not have: " + ", ".join(unknown)
        )
    return sorted(kept)


def mentioned_faults(path_item: JSON) -> dict[str, list[str]]:
    """Fault names written as ***Name*** in an operation's error descriptions -> operationIds."""
    found: dict[str, list[str]] = {}
    for method in HTTP_METHODS:
        op = path_item.get(method)
        if not isinstance(op, dict):
            continue
        for status, response in op.get("responses", {}).items():
            if status.startswith("2") or not isinstance(response, dict):
                continue
            for name in FAULT_MENTION.findall(response.get("description", "")):
                found.setdefault(name, []).append(op.get("operationId", "?"))
    return found


def _close(schemas: JSON, roots: set[str]) -> set[str]:
    """Every schema reachable from roots by $ref (parents are $refs too)."""
    kept: set[str] = set()
    todo = sorted(roots)
    while todo:
        name = todo.pop()
        if name in kept:
            continue
        if name not in schemas:
            raise SystemExit(f"schema {name!r} is referenced but not defined in the document")
        kept.add(name)
        for ref in iter_refs(schemas[name]):
            target = schema_name(ref)
            if target and target not in kept:
                todo.append(target)
    return kept


def _ancestors(schemas: JSON, name: str) -> list[str]:
    chain = []
    parent = parent_of(schemas[name])
    while parent and parent in schemas and parent not in chain:
        chain.append(parent)
        parent = parent_of(schemas[parent])
    return chain


def _reduce_discriminators(schema: JSON, kept: set[str]) -> JSON:
    mapping = schema.get("discriminator", {}).get("mapping")
    if not isinstance(mapping, dict):
        return schema
    reduced = {k: v for k, v in mapping.items() if schema_name(v) in kept}
    out = dict(schema)
    out["discriminator"] = {**schema["discriminator"], "mapping": reduced}
    return out


def build_subset(source: JSON, selection: Selection) -> SubsetResult:
    paths = source.get("paths", {})
    components = source.get("components", {})
    schemas = components.get("schemas", {})

    kept_paths = _select_paths(paths, selection.operations)
    roots: set[str] = set()
    parameters: set[str] = set()
    missing: dict[str, list[str]] = {}
    for path in kept_paths:
        for ref in iter_refs(paths[path]):
            if (name := schema_name(ref)) is not None:
                roots.add(name)
            elif ref.startswith(PARAMETER_PREFIX):
                parameters.add(ref[len(PARAMETER_PREFIX) :])
        for fault, op_ids in mentioned_faults(paths[path]).items():
            if fault in schemas:
                roots.add(fault)
                roots.update(_ancestors(schemas, fault))
            else:
                missing.setdefault(fault, []).extend(op_ids)
    for extra in selection.extra_schemas:
        if extra not in schemas:
            raise SystemExit(f"selection's extra_schemas names {extra!r}, absent from the document")
        roots.add(extra)
    for name in parameters:
        roots.update(filter(None, map(schema_name, iter_refs(components["parameters"][name]))))

    kept = _close(schemas, roots)
    out_components: dict[str, JSON] = {}
    for key in components:
        if key == "schemas":
            out_components[key] = {
                n: _reduce_discriminators(schemas[n], kept) for n in sorted(kept)
            }
        elif key == "parameters":
            out_components[key] = {n: components[key][n] for n in sorted(parameters)}
        elif key == "securitySchemes":
            out_components[key] = {n: components[key][n] for n in sorted(components[key])}
        # other component kinds (responses, examples, ...) are unused by kept operations
    ordered_components = {k: out_components[k] for k in sorted(out_components)}

    used_tags = {
        t for p in kept_paths for m in HTTP_METHODS for t in paths[p].get(m, {}).get("tags", [])
    }
    document: dict[str, JSON] = {}
    for key in TOP_LEVEL_ORDER + tuple(sorted(set(source) - set(TOP_LEVEL_ORDER))):
        if key not in source:
            continue
        if key == "paths":
            document[key] = {p: paths[p] for p in kept_paths}
        elif key == "components":
            document[key] = ordered_components
        elif key == "tags":
            document[key] = sorted(
                (t for t in source["tags"] if t.get("name") in used_tags), key=lambda t: t["name"]
            )
        else:
            document[key] = source[key]
    return SubsetResult(document, {k: sorted(set(v)) for k, v in sorted(missing.items())})
