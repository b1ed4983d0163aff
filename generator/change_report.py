"""Change report between two subsets: what a maintainer reads on a new VMware release.

Both sides are compared in canonical form, so representation-only rewrites (a `$ref` written as
a one-member `allOf`) do not show up; description-only edits are counted, not listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .selection import Selection
from .spec_walk import JSON, canonical, parent_of
from .subset import HTTP_METHODS, mentioned_faults
from .type_table import is_fault, releases
from .vmodl_meta import field_type

DOC_KEYS = ("description", "summary", "externalDocs", "example", "examples")
PRIVILEGES = re.compile(r"\*\*\*Required privileges:\*\*\*\s*(.*)")
SHOWN_ADDED = 5  # a long list of added values (59 new MoTypes) is cut; removed ones never are


@dataclass
class ChangeReport:
    release: list[str] = field(default_factory=list)
    releases_listed: list[str] = field(default_factory=list)
    client_releases: list[str] = field(default_factory=list)
    operations_added: list[str] = field(default_factory=list)
    operations_removed: list[str] = field(default_factory=list)
    operations_changed: list[str] = field(default_factory=list)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    properties_added: list[str] = field(default_factory=list)
    properties_removed: list[str] = field(default_factory=list)
    properties_changed: list[str] = field(default_factory=list)
    schemas_changed: list[str] = field(default_factory=list)
    faults_added: list[str] = field(default_factory=list)
    faults_removed: list[str] = field(default_factory=list)
    operation_faults: list[str] = field(default_factory=list)
    documentation_changes: int = 0

    def api_changes(self) -> int:
        return sum(len(v) for k, v in vars(self).items() if isinstance(v, list))

    def render(self) -> str:
        if not self.api_changes():
            head = "No API change."
        else:
            head = f"{self.api_changes()} API change(s):"
        lines = [head]
        for key, value in vars(self).items():
            if isinstance(value, list) and value:
                lines.append(f"  {key.replace('_', ' ')} ({len(value)}):")
                lines += [f"    {item}" for item in value]
        if self.documentation_changes:
            lines.append(
                f"  (and {self.documentation_changes} description-only edit(s), not listed)"
            )
        return "\n".join(lines)


def _strip_docs(node: JSON) -> JSON:
    if isinstance(node, list):
        return [_strip_docs(v) for v in node]
    if isinstance(node, dict):
        return {k: _strip_docs(v) for k, v in node.items() if k not in DOC_KEYS}
    return node


def _operations(doc: JSON) -> dict[str, JSON]:
    ops = {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                ops[f"{method.upper()} {path}"] = item[method]
    return ops


def _version(doc: JSON) -> str:
    return str(doc.get("info", {}).get("version", "?"))


def _listed_releases(doc: JSON) -> list[str]:
    listed: list[str] = []
    for server in doc.get("servers", []):
        listed += server.get("variables", {}).get("release", {}).get("enum", [])
    return listed


def _compare_releases(
    old: JSON, new: JSON, selection: Selection | None, report: ChangeReport
) -> None:
    if _version(old) != _version(new):
        report.release.append(f"{_version(old)} -> {_version(new)}")
    a, b = _listed_releases(old), _listed_releases(new)
    if a != b:
        report.releases_listed.append(
            f"{len(a)} -> {len(b)} (servers[0].variables.release.enum): "
            + _list_diff([str(v) for v in a], [str(v) for v in b])
        )
    if selection is not None:
        ra = releases(old, replace(selection, release=_version(old)))
        rb = releases(new, replace(selection, release=_version(new)))
        if ra != rb:
            report.client_releases.append(
                f"type_table.RELEASES {len(ra)} -> {len(rb)}: {', '.join(ra)} -> {', '.join(rb)}; "
                "the cassettes were recorded at one release: re-record them (nox -s record)"
            )


def _privileges(operation: JSON) -> str | None:
    found = PRIVILEGES.search(str(operation.get("description", "")))
    return found.group(1).strip() if found else None


def _body_type(body: JSON) -> str:
    schema = body.get("content", {}).get("application/json", {}).get("schema")
    return field_type(schema) if isinstance(schema, dict) else "no JSON body"


def _response_type(response: JSON | None) -> str:
    if response is None:
        return "undeclared"
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if not isinstance(schema, dict):
        return "no body"
    return field_type(schema) + (" (nullable)" if schema.get("nullable") else "")


def _parameters(operation: JSON) -> list[tuple[str, bool]]:
    return [
        (str(p.get("$ref") or p.get("name")), bool(p.get("required")))
        for p in operation.get("parameters", [])
    ]


def _operation_changes(a: JSON, b: JSON) -> list[str]:
    """What changed in an operation, in words a maintainer can act on."""
    changes: list[str] = []
    ra, rb = a.get("requestBody"), b.get("requestBody")
    if bool(ra) != bool(rb):
        changes.append("request body added" if rb else "request body removed")
    elif ra and rb:
        if bool(ra.get("required")) != bool(rb.get("required")):
            changes.append(
                f"request body required: {bool(ra.get('required'))} -> {bool(rb.get('required'))}"
            )
        if _body_type(ra) != _body_type(rb):
            changes.append(f"request body {_body_type(ra)} -> {_body_type(rb)}")
    resp_a, resp_b = a.get("responses", {}), b.get("responses", {})
    for status in sorted(set(resp_a) | set(resp_b)):
        ta, tb = _response_type(resp_a.get(status)), _response_type(resp_b.get(status))
        if ta != tb:
            changes.append(f"response {status}: {ta} -> {tb}")
    params_a = [
        (p.get("$ref") or p.get("name"), p.get("required")) for p in a.get("parameters", [])
    ]
    params_b = [
        (p.get("$ref") or p.get("name"), p.get("required")) for p in b.get("parameters", [])
    ]
    if params_a != params_b:
        changes.append(f"parameters {params_a} -> {params_b}")
    if a.get("security") != b.get("security"):
        changes.append(f"security {a.get('security')} -> {b.get('security')}")
    if _privileges(a) != _privileges(b):
        changes.append(f"required privileges {_privileges(a)} -> {_privileges(b)}")
    if not changes and _strip_docs(a) != _strip_docs(b):
        keys = sorted(k for k in set(a) | set(b) if _strip_docs(a.get(k)) != _strip_docs(b.get(k)))
        changes.append(f"{', '.join(keys)} changed")
    return changes


def compare(old: JSON, new: JSON, selection: Selection | None = None) -> ChangeReport:
    """The API changes from old to new (selection: to report the client's release list)."""
    report = ChangeReport()
    _compare_releases(old, new, selection, report)
    old, new = canonical(old), canonical(new)
    old_ops, new_ops = _operations(old), _operations(new)
    report.operations_added = sorted(set(new_ops) - set(old_ops))
    report.operations_removed = sorted(set(old_ops) - set(new_ops))
    for key in sorted(set(old_ops) & set(new_ops)):
        a, b = old_ops[key], new_ops[key]
        if a == b:
            continue
        changes = _operation_changes(a, b)
        if changes:
            report.operations_changed.append(f"{key}: {'; '.join(changes)}")
        fa, fb = set(mentioned_faults({"x": a})), set(mentioned_faults({"x": b}))
        report.operation_faults += [f"{key}: +{f}" for f in sorted(fb - fa)]
        report.operation_faults += [f"{key}: -{f}" for f in sorted(fa - fb)]
        if not changes and fa == fb:
            report.documentation_changes += 1

    old_s = old.get("components", {}).get("schemas", {})
    new_s = new.get("components", {}).get("schemas", {})
    for name in sorted(set(new_s) - set(old_s)):
        (report.faults_added if is_fault(new_s, name) else report.schemas_added).append(name)
    for name in sorted(set(old_s) - set(new_s)):
        (report.faults_removed if is_fault(old_s, name) else report.schemas_removed).append(name)
    for name in sorted(set(old_s) & set(new_s)):
        a, b = old_s[name], new_s[name]
        if a == b:
            continue
        pa, pb = a.get("properties", {}), b.get("properties", {})
        report.properties_added += [f"{name}.{p}" for p in pb if p not in pa]
        report.properties_removed += [f"{name}.{p}" for p in pa if p not in pb]
        docs_only = True
        for p in (p for p in pa if p in pb and pa[p] != pb[p]):
            if _strip_docs(pa[p]) != _strip_docs(pb[p]):
                report.properties_changed.append(
                    f"{name}.{p}: {_describe(pa[p])} -> {_describe(pb[p])}"
                )
            docs_only = False if _strip_docs(pa[p]) != _strip_docs(pb[p]) else docs_only
        parent_a, parent_b = parent_of(a), parent_of(b)
        if parent_a != parent_b:
            report.schemas_changed.append(f"{name}: parent {parent_a} -> {parent_b}")
        inherit = ("properties", "$ref", "allOf")
        rest_a = _strip_docs({k: v for k, v in a.items() if k not in inherit})
        rest_b = _strip_docs({k: v for k, v in b.items() if k not in inherit})
        if rest_a != rest_b:
            report.schemas_changed.append(f"{name}: {_diff_keys(rest_a, rest_b)}")
        elif docs_only and set(pa) == set(pb) and parent_a == parent_b:
            report.documentation_changes += 1
    return report


def _describe(prop: JSON) -> str:
    from .vmodl_meta import field_type

    flags = [k for k in ("deprecated", "readOnly", "nullable") if _strip_docs(prop).get(k)]
    return field_type(prop) + (f" ({', '.join(flags)})" if flags else "")


def _list_diff(a: list[str], b: list[str]) -> str:
    """`+N -M (+added..., -removed)`: every removed value named, added ones up to SHOWN_ADDED."""
    added = [v for v in b if v not in a]
    removed = [v for v in a if v not in b]
    named = [f"+{v}" for v in added[:SHOWN_ADDED]]
    if len(added) > SHOWN_ADDED:
        named.append(f"...{len(added) - SHOWN_ADDED} more added")
    named += [f"-{v}" for v in removed]
    return f"+{len(added)} -{len(removed)}" + (f" ({', '.join(named)})" if named else "")


def _diff_keys(a: JSON, b: JSON) -> str:
    parts = []
    for key in sorted(set(a) | set(b)):
        va, vb = a.get(key), b.get(key)
        if va == vb:
            continue
        if isinstance(va, list) and isinstance(vb, list):
            parts.append(f"{key} {_list_diff([str(v) for v in va], [str(v) for v in vb])}")
        elif key == "required":
            parts.append(
                f"required {_list_diff([str(v) for v in va or []], [str(v) for v in vb or []])}"
            )
        else:
            parts.append(f"{key} {va!r:.60} -> {vb!r:.60}")
    return "; ".join(parts)
