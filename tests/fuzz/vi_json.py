"""VI JSON's answer rules, shared by the fuzz run's checks (vi_json_checks.py) and the tests
(tests/integration/testing/test_request_rules.py): what a fault answer must be."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from vsphere_guest.testing.conformance import SpecValidator, _rebase


@cache
def spec() -> SpecValidator:
    return SpecValidator()


def needs_session(op: dict[str, Any]) -> bool:
    """Whether the operation's `security` requires the session (no `{}` alternative)."""
    return all(requirement for requirement in op.get("security", [{}]))


def operation(case: Any) -> dict[str, Any] | None:
    """The spec's operation; None for a method it does not declare (unsupported_method's)."""
    op: dict[str, Any] | None = spec().doc["paths"][case.operation.path].get(case.method.lower())
    return op


def _declared_fault(op: dict[str, Any]) -> str | None:
    schema = op["responses"].get("500", {}).get("content", {}).get("application/json", {})
    ref = schema.get("schema", {}).get("$ref")
    return str(ref).rsplit("/", 1)[-1] if ref else None


def _is_a(name: str, base: str) -> bool:
    validator = spec()
    current: str | None = name
    while current:
        if current == base:
            return True
        current = validator._parent(current)
    return False


def check_fault(content_type: str, content: bytes, op: dict[str, Any]) -> dict[str, Any]:
    """A 500 answer as a fault the operation may raise: JSON, a MethodFault subtype that is the
    declared 500 type (or a subtype) or a RuntimeFault, valid against its own schema; live
    vCenters leave `_typeName` out of a fault's nested objects, so only that may be missing."""
    assert content_type.startswith("application/json"), f"fault sent as {content_type!r}"
    try:
        body = json.loads(content)
    except ValueError as exc:
        raise AssertionError(f"fault body is not JSON: {content[:200]!r}") from exc
    assert isinstance(body, dict), f"fault body is not an object: {body!r:.200}"
    name = body.get("_typeName")
    assert isinstance(name, str) and name in spec().schemas, f"unknown fault type {name!r}"
    assert _is_a(name, "MethodFault"), f"{name} is not a MethodFault"
    declared = _declared_fault(op)
    may_raise = _is_a(name, "RuntimeFault") or (declared is not None and _is_a(name, declared))
    assert may_raise, f"{op['operationId']} may not raise {name} (declares {declared})"
    validator = spec()
    checker = validator._draft(
        _rebase({"$ref": f"#/components/schemas/{name}"}), registry=validator._registry
    )
    errors = [
        e
        for e in checker.iter_errors(body)
        if not (e.validator == "required" and "'_typeName'" in e.message and e.absolute_path)
    ]
    assert not errors, f"{name}: {errors[0].message} at {list(errors[0].absolute_path)}"
    return body
