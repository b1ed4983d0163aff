"""Validate simulator traffic against the official spec subset (jsonschema): every request body
it accepts and every answer it sends, including each nested object by its `_typeName`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FAULT_EXTRAS = {"faultstring"}  # real servers send it though MethodFault does not declare it


class ConformanceError(AssertionError):
    """A request or answer that does not match the official document."""


def default_spec_file() -> Path:
    """The spec subset: shipped inside the package, or spec/ of a source checkout."""
    here = Path(__file__).resolve().parent
    for folder in (here / "_spec", here.parents[2] / "spec"):
        found = sorted(folder.glob("vi-json-*.json")) if folder.is_dir() else []
        if found:
            return found[-1]
    raise FileNotFoundError("no spec subset (vi-json-*.json) found beside the package")


class SpecValidator:
    """Callable used as the simulator's validator; records what it checked."""

    def __init__(self, spec_file: Path | None = None) -> None:
        from jsonschema import Draft4Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT4

        self.doc: dict[str, Any] = json.loads((spec_file or default_spec_file()).read_text())
        resource = DRAFT4.create_resource(self.doc)
        self._registry: Registry[Any] = Registry().with_resource("spec.json", resource)
        self._draft = Draft4Validator
        self.schemas: dict[str, Any] = self.doc["components"]["schemas"]
        mapping = self.schemas.get("Any", {}).get("discriminator", {}).get("mapping", {})
        self.boxes = {k: v.rsplit("/", 1)[-1] for k, v in mapping.items()}
        self.checked = 0

    def _validate(self, schema: Any, instance: Any, where: str) -> None:
        validator = self._draft(_rebase(schema), registry=self._registry)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            raise ConformanceError(f"{where}: {e.message} at {list(e.absolute_path)}")

    def _operation(self, method: str, template: str) -> dict[str, Any]:
        item = self.doc["paths"].get(template)
        if item is None or method not in item:
            raise ConformanceError(f"{method.upper()} {template} is not in the spec subset")
        op: dict[str, Any] = item[method]
        return op

    def in_subset(self, method: str, template: str) -> bool:
        """Whether the spec subset declares this operation (others are checked partly)."""
        return method in self.doc["paths"].get(template, {})

    def __call__(self, method: str, template: str, kind: str, status: int, body: Any) -> None:
        if kind == "request":
            _check_request_type_name(template, body)
        if not self.in_subset(method, template):
            self._outside_subset(method, template, kind, status, body)
            return
        op = self._operation(method, template)
        where = f"{op['operationId']} {kind}" + (f" {status}" if status else "")
        if kind == "request":
            if isinstance(body, dict) and set(body) == {"_typeName"}:
                body = {}  # govc's form of a call without parameters: {"_typeName": "<Method>"}
            schema = (
                op.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema")
            )
            if schema is None:
                if body not in (None, {}):
                    raise ConformanceError(f"{where}: operation takes no body")
                return
        elif status == 500:
            # Any method may raise runtime faults (NotAuthenticated...), whatever its declared
            # 500 schema says: the body must be a fault, checked against its own _typeName.
            name = body.get("_typeName") if isinstance(body, dict) else None
            if not isinstance(name, str) or (name in self.schemas and not self._is_fault(name)):
                raise ConformanceError(f"{where}: error body is not a fault: {body!r:.200}")
            schema = {"$ref": "#/components/schemas/MethodFault"}
        else:
            response = op["responses"].get(str(status))
            if response is None:
                raise ConformanceError(f"{where}: status not declared")
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if schema is None:
                if body is not None:
                    raise ConformanceError(f"{where}: declared without a body")
                return
            if body is None:
                if not schema.get("nullable"):
                    raise ConformanceError(f"{where}: empty body for a non-nullable result")
                return
        self._validate(schema, body, where)
        for path, obj in _typed_objects(body, ""):
            self._check_typed(obj, f"{where} at {path or '/'}")
        self.checked += 1

    def _outside_subset(
        self, method: str, template: str, kind: str, status: int, body: Any
    ) -> None:
        """An operation the subset does not declare (answered as the full document says, by
        the simulator's own account): its body cannot be checked as a whole, but every nested
        object of a type the subset knows (ManagedObjectReference, ObjectContent, a fault...)
        still is, and an error answer must be a fault."""
        where = f"{method.upper()} {template} {kind}" + (f" {status}" if status else "")
        if kind == "response" and status == 500:
            name = body.get("_typeName") if isinstance(body, dict) else None
            if not isinstance(name, str) or (name in self.schemas and not self._is_fault(name)):
                raise ConformanceError(f"{where}: error body is not a fault: {body!r:.200}")
        for path, obj in _typed_objects(body, ""):
            if path or kind == "response":
                self._check_typed(obj, f"{where} at {path or '/'}")
        self.checked_outside += 1

    checked_outside = 0

    def _check_typed(self, obj: dict[str, Any], where: str) -> None:
        name = self.boxes.get(obj["_typeName"], obj["_typeName"])
        schema = self.schemas.get(name)
        if schema is None:
            return  # a type outside the subset (or a box not kept): nothing to check it against
        self._validate({"$ref": f"#/components/schemas/{name}"}, obj, where)
        allowed = self._all_properties(name) | {"_typeName"}
        if self._is_fault(name):
            allowed |= FAULT_EXTRAS
        unknown = set(obj) - allowed
        if unknown:
            raise ConformanceError(f"{where}: {name} has no properties {sorted(unknown)}")

    def _parent(self, name: str) -> str | None:
        for member in self.schemas.get(name, {}).get("allOf", []):
            if "$ref" in member:
                return str(member["$ref"]).rsplit("/", 1)[-1]
        ref = self.schemas.get(name, {}).get("$ref")
        return str(ref).rsplit("/", 1)[-1] if ref else None

    def _all_properties(self, name: str | None) -> set[str]:
        props: set[str] = set()
        while name:
            props |= set(self.schemas.get(name, {}).get("properties", {}))
            name = self._parent(name)
        return props

    def _is_fault(self, name: str | None) -> bool:
        while name:
            if name == "MethodFault":
                return True
            name = self._parent(name)
        return False


def _check_request_type_name(template: str, body: Any) -> None:
    """A request body's own `_typeName`, when there is one, names the method (govc writes
    `{"_typeName": "RetrievePropertiesEx", ...}`) or its `*RequestType`."""
    name = body.get("_typeName") if isinstance(body, dict) else None
    method = template.rsplit("/", 1)[-1]
    if name is not None and name not in (method, method + "RequestType"):
        raise ConformanceError(f"{template} request: _typeName {name!r} is not {method!r}")


def _rebase(schema: Any) -> Any:
    """Point local refs at the registered document."""
    if isinstance(schema, dict):
        return {
            k: ("spec.json" + v if k == "$ref" and str(v).startswith("#") else _rebase(v))
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase(v) for v in schema]
    return schema


def _typed_objects(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if isinstance(node.get("_typeName"), str):
            yield path, node
        for key, value in node.items():
            yield from _typed_objects(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _typed_objects(value, f"{path}/{i}")
