"""Change report between two subsets: what a maintainer reads on a new VMware release.

Both sides are compared in canonical form, so representation-only rewrites (a `$ref` written as
a one-member `allOf`) do not show up; description-only edits are counted, not listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .spec_walk import JSON, canonical
from .subset import HTTP_METHODS, mentioned_faults
from .type_table import is_fault

DOC_KEYS = ("description", "summary", "externalDocs", "example", "examples")


@dataclass
class ChangeReport:
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


def compare(old: JSON, new: JSON) -> ChangeReport:
    old, new = canonical(old), canonical(new)
    report = ChangeReport()
    old_ops, new_ops = _operations(old), _operations(new)
    report.operations_added = sorted(set(new_ops) - set(old_ops))
    report.operations_removed = sorted(set(old_ops) - set(new_ops))
    for key in sorted(set(old_ops) & set(new_ops)):
        a, b = old_ops[key], new_ops[key]
        if _strip_docs(a) != _strip_docs(b):
            report.operations_changed.append(key)
        elif a != b:
            fa, fb = set(mentioned_faults({"x": a})), set(mentioned_faults({"x": b}))
            report.operation_faults += [f"{key}: +{f}" for f in sorted(fb - fa)]
            report.operation_faults += [f"{key}: -{f}" for f in sorted(fa - fb)]
            if fa == fb:
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
        rest_a = _strip_docs({k: v for k, v in a.items() if k != "properties"})
        rest_b = _strip_docs({k: v for k, v in b.items() if k != "properties"})
        if rest_a != rest_b:
            report.schemas_changed.append(f"{name}: {_diff_keys(rest_a, rest_b)}")
        elif docs_only and set(pa) == set(pb):
            report.documentation_changes += 1
    return report


def _describe(prop: JSON) -> str:
    from .vmodl_meta import field_type

    flags = [k for k in ("deprecated", "readOnly", "nullable") if _strip_docs(prop).get(k)]
    return field_type(prop) + (f" ({', '.join(flags)})" if flags else "")


def _diff_keys(a: JSON, b: JSON) -> str:
    parts = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            va, vb = a.get(key), b.get(key)
            if isinstance(va, list) and isinstance(vb, list):
                added = [v for v in vb if v not in va]
                removed = [v for v in va if v not in vb]
                parts.append(
                    f"{key} +{len(added)} -{len(removed)}"
                    + (
                        f" (+{', '.join(map(str, added[:5]))}{'...' if len(added) > 5 else ''})"
                        if added
                        else ""
                    )
                )
            else:
                parts.append(f"{key} changed")
    return "; ".join(parts)
