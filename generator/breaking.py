"""Semver classes of the changes between two subsets: breaking, additive, documentation-only.

Breaking, each with what an app must change: an operation, field, enum value or type (subtype)
removed; a field made required (or optional: readers may now get None); a field's, result's or
request's type or nullability changed; a required privilege added to an operation (the subset
holds only operations the wrapper uses). The System.Anonymous/View/Read privileges are not
counted: vSphere gives them to every role. Both sides are compared in canonical form, so a
`$ref` rewritten as a one-member `allOf` is no change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .change_report import PRIVILEGES, _operations, _response_type, _strip_docs, _version
from .spec_walk import JSON, canonical, parent_of
from .subset import mentioned_faults
from .type_table import is_fault
from .vmodl_meta import field_type

BREAKING, ADDITIVE, DOCS = "breaking", "additive", "documentation-only"
EVERY_ROLE = frozenset({"System.Anonymous", "System.View", "System.Read"})


@dataclass(frozen=True)
class Change:
    kind: str  # e.g. "operation removed"
    subject: str  # e.g. "GuestFileManager_ListFilesInGuest" or "FileTransferInformation.size"
    detail: str = ""
    advice: str = ""  # breaking only: what an app must change

    def line(self) -> str:
        return f"{self.kind}: `{self.subject}`" + (f" ({self.detail})" if self.detail else "")


@dataclass
class Classified:
    old_release: str = "?"
    new_release: str = "?"
    breaking: list[Change] = field(default_factory=list)
    additive: list[Change] = field(default_factory=list)
    documentation: list[Change] = field(default_factory=list)

    def add(self, severity: str, change: Change) -> None:
        {BREAKING: self.breaking, ADDITIVE: self.additive, DOCS: self.documentation}[
            severity
        ].append(change)

    @property
    def bump(self) -> str:
        """The semver part this change alone implies: major, minor or patch."""
        return "major" if self.breaking else "minor" if self.additive else "patch"


def privileges(operation: JSON) -> set[str]:
    found = PRIVILEGES.search(str(operation.get("description", "")))
    return set(re.findall(r"[A-Za-z][\w.]*", found.group(1))) if found else set()


def operation_privileges(op: JSON, schemas: JSON) -> set[str]:
    """The operation's own privileges and its arguments' (`P on vm`, in its *RequestType)."""
    found = privileges(op)
    body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {})
    request = schemas.get(field_type(body.get("schema", {})), {}) if body else {}
    for arg, prop in request.get("properties", {}).items():
        found |= {f"{p} on {arg}" for p in privileges(prop)}
    return found


def _name(key: str, op: JSON) -> str:
    return str(op.get("operationId") or key)


def _body(op: JSON) -> tuple[bool, str]:
    body = op.get("requestBody") or {}
    schema = body.get("content", {}).get("application/json", {}).get("schema")
    return bool(body.get("required")), field_type(schema) if isinstance(schema, dict) else "none"


def _security_narrowed(a: JSON, b: JSON) -> bool:
    """True when a way of calling allowed before (e.g. anonymous: `{}`) is no longer listed."""
    old, new = a.get("security") or [], b.get("security") or []
    return any(option not in new for option in old)


def _compare_operation(
    name: str, a: JSON, b: JSON, schemas: tuple[JSON, JSON], out: Classified
) -> None:
    before = len(out.breaking) + len(out.additive)
    call = f"apps calling `{name}` (e.g. through `client.call`)"
    resp_a, resp_b = a.get("responses", {}), b.get("responses", {})
    for status in sorted((set(resp_a) | set(resp_b)) - {"500"}):
        ta, tb = _response_type(resp_a.get(status)), _response_type(resp_b.get(status))
        if ta != tb:
            advice = f"{call} must handle a {tb} result (was {ta}), e.g. check for None"
            out.add(
                BREAKING, Change("result type changed", name, f"{status}: {ta} -> {tb}", advice)
            )
    (req_a, body_a), (req_b, body_b) = _body(a), _body(b)
    if body_a != body_b:
        advice = f"{call} must send a {body_b} body (was {body_a})"
        out.add(BREAKING, Change("request type changed", name, f"{body_a} -> {body_b}", advice))
    elif req_b and not req_a:
        advice = f"{call} must always send a request body"
        out.add(BREAKING, Change("field made required", f"{name} request body", "", advice))
    if _strip_docs(a.get("parameters")) != _strip_docs(b.get("parameters")):
        advice = f"{call} must pass the new parameters"
        out.add(BREAKING, Change("parameters changed", name, "", advice))
    if _security_narrowed(a, b):
        detail = f"{a.get('security')} -> {b.get('security')}"
        advice = f"{call} must log in first (an anonymous call is refused)"
        out.add(BREAKING, Change("authentication required", name, detail, advice))
    pa, pb = operation_privileges(a, schemas[0]), operation_privileges(b, schemas[1])
    if pa != pb:
        gained = sorted(p for p in pb - pa if p.split(" ")[0] not in EVERY_ROLE)
        detail = f"{', '.join(sorted(pa)) or 'none'} -> {', '.join(sorted(pb)) or 'none'}"
        if gained:
            advice = (
                f"the vCenter user's role needs {', '.join(gained)}; without it the call "
                "raises faults.NoPermission"
            )
            out.add(BREAKING, Change("privilege added", name, detail, advice))
        else:
            out.add(ADDITIVE, Change("privileges changed (every role holds them)", name, detail))
    fa, fb = set(mentioned_faults({"x": a})), set(mentioned_faults({"x": b}))
    for fault in sorted(fb - fa):
        out.add(ADDITIVE, Change("fault listed", name, f"may raise {fault}"))
    for fault in sorted(fa - fb):
        out.add(DOCS, Change("fault no longer listed", name, fault))
    if len(out.breaking) + len(out.additive) == before and a != b:
        out.add(DOCS, Change("description edited", name))


def _compare_operations(old: JSON, new: JSON, out: Classified) -> None:
    old_ops, new_ops = _operations(old), _operations(new)
    schemas = (old.get("components", {}).get("schemas", {}), new["components"].get("schemas", {}))
    for key in sorted(set(old_ops) - set(new_ops)):
        name = _name(key, old_ops[key])
        advice = f"stop calling `{name}`; the wrapper's verbs that use it fail at this release"
        out.add(BREAKING, Change("operation removed", name, key, advice))
    for key in sorted(set(new_ops) - set(old_ops)):
        out.add(ADDITIVE, Change("operation added", _name(key, new_ops[key]), key))
    for key in sorted(set(old_ops) & set(new_ops)):
        a, b = old_ops[key], new_ops[key]
        if a != b or operation_privileges(a, schemas[0]) != operation_privileges(b, schemas[1]):
            _compare_operation(_name(key, b), a, b, schemas, out)


def _compare_enum(name: str, a: JSON, b: JSON, out: Classified) -> None:
    va, vb = [str(v) for v in a.get("enum", [])], [str(v) for v in b.get("enum", [])]
    for value in (v for v in va if v not in vb):
        advice = f"code naming `{name}` value `{value}` (its enum member) must stop using it"
        out.add(BREAKING, Change("enum value removed", f"{name}.{value}", "", advice))
    added = [v for v in vb if v not in va]
    if added:
        shown = ", ".join(added[:5]) + (f", ...{len(added) - 5} more" if len(added) > 5 else "")
        out.add(ADDITIVE, Change("enum values added", name, f"+{len(added)}: {shown}"))


def _flags(prop: JSON) -> str:
    flags = [k for k in ("nullable", "readOnly") if _strip_docs(prop).get(k)]
    return field_type(prop) + (f" ({', '.join(flags)})" if flags else "")


def _compare_properties(name: str, a: JSON, b: JSON, out: Classified) -> None:
    pa, pb = a.get("properties", {}), b.get("properties", {})
    ra, rb = set(a.get("required", [])), set(b.get("required", []))
    for prop in (p for p in pa if p not in pb):
        advice = f"code reading or setting `{name}.{prop}` must stop (the attribute is gone)"
        out.add(BREAKING, Change("field removed", f"{name}.{prop}", "", advice))
    for prop in (p for p in pb if p not in pa):
        if prop in rb:
            advice = f"code building a `{name}` must pass `{prop}`"
            out.add(BREAKING, Change("required field added", f"{name}.{prop}", "", advice))
        else:
            out.add(ADDITIVE, Change("field added", f"{name}.{prop}", _flags(pb[prop])))
    for prop in (p for p in pa if p in pb):
        subject = f"{name}.{prop}"
        if _flags(pa[prop]) != _flags(pb[prop]):
            detail = f"{_flags(pa[prop])} -> {_flags(pb[prop])}"
            advice = f"code reading or setting `{subject}` must handle {_flags(pb[prop])}"
            out.add(BREAKING, Change("field type changed", subject, detail, advice))
        elif _strip_docs(pa[prop]) != _strip_docs(pb[prop]):
            if _strip_docs(pb[prop]).get("deprecated"):
                out.add(ADDITIVE, Change("field deprecated", subject))
            else:
                out.add(BREAKING, Change("field changed", subject, "", f"review uses of {subject}"))
        elif pa[prop] != pb[prop] and privileges(pa[prop]) == privileges(pb[prop]):
            out.add(DOCS, Change("description edited", subject))  # privileges: with operations
        if prop in rb - ra:
            advice = f"code building a `{name}` must pass `{prop}`"
            out.add(BREAKING, Change("field made required", subject, "", advice))
        elif prop in ra - rb:
            advice = f"code reading `{subject}` must handle None (it may be absent now)"
            out.add(BREAKING, Change("field made optional", subject, "nullability", advice))


def _removed_type(name: str, schemas: JSON) -> Change:
    parent = parent_of(schemas[name])
    kind = "fault removed" if is_fault(schemas, name) else "subtype removed" if parent else ""
    advice = f"code naming `{name}` (isinstance, except, a model class) must stop using it"
    return Change(kind or "type removed", name, f"subtype of {parent}" if parent else "", advice)


def _compare_schemas(old: JSON, new: JSON, out: Classified) -> None:
    old_s = old.get("components", {}).get("schemas", {})
    new_s = new.get("components", {}).get("schemas", {})
    for name in sorted(set(old_s) - set(new_s)):
        out.add(BREAKING, _removed_type(name, old_s))
    for name in sorted(set(new_s) - set(old_s)):
        kind = "fault added" if is_fault(new_s, name) else "type added"
        out.add(ADDITIVE, Change(kind, name))
    for name in sorted(set(old_s) & set(new_s)):
        a, b = old_s[name], new_s[name]
        if a == b:
            continue
        if parent_of(a) != parent_of(b):
            detail = f"parent {parent_of(a)} -> {parent_of(b)}"
            advice = f"isinstance checks and except clauses relying on `{name}`'s parent"
            out.add(BREAKING, Change("parent type changed", name, detail, advice))
        if "enum" in a or "enum" in b:
            _compare_enum(name, a, b, out)
        _compare_properties(name, a, b, out)
        skip = ("properties", "required", "enum", "allOf", "$ref")
        rest_a = _strip_docs({k: v for k, v in a.items() if k not in skip})
        rest_b = _strip_docs({k: v for k, v in b.items() if k not in skip})
        if rest_a != rest_b:
            keys = sorted(k for k in set(rest_a) | set(rest_b) if rest_a.get(k) != rest_b.get(k))
            advice = f"review uses of `{name}`"
            out.add(BREAKING, Change("type changed", name, ", ".join(keys), advice))
        elif {k: v for k, v in a.items() if k not in skip} != {
            k: v for k, v in b.items() if k not in skip
        }:
            out.add(DOCS, Change("description edited", name))


def _compare_releases(old: list[str], new: list[str], out: Classified) -> None:
    for release in (r for r in old if r not in new):
        advice = f"apps pinning `release={release!r}` (or `--release {release}`) must drop it"
        out.add(BREAKING, Change("release dropped", release, "no longer spoken", advice))
    added = [r for r in new if r not in old]
    if added:
        out.add(ADDITIVE, Change("releases added", ", ".join(added), "type_table.RELEASES"))


def classify(old: JSON, new: JSON, releases: tuple[list[str], list[str]] = ([], [])) -> Classified:
    """Every API change from old to new subset, with its semver class; releases: the client's
    release lists (type_table.RELEASES) before and after."""
    out = Classified(old_release=_version(old), new_release=_version(new))
    _compare_releases(*releases, out)
    old, new = canonical(old), canonical(new)
    _compare_operations(old, new, out)
    _compare_schemas(old, new, out)
    return out
