"""The simulated vCenter's request check, before dispatch: who may call an operation without a
session, and whether a request body fits the operation's request schema in the spec subset.

vCenter deserializes a VI JSON body against the method's parameters before it runs the method,
and answers a body that does not fit with a fault (HTTP 500), never a result: a body that is not
a JSON object or is missing when the method takes parameters, a required parameter missing, a
value of the wrong JSON type, a `_typeName` it does not know or that is not the declared type
(or a subtype of it). The simulator does the same from the spec subset, with no dependency
(jsonschema is a test tool, not a [simulator] requirement).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from ._faults import SimFault
from .conformance import default_spec_file

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
}
_INT_RANGES = {"int32": 2**31, "int64": 2**63, "int16": 2**15, "int8": 2**7}


class RequestRules:
    """The request side of the spec subset: session rules and request body schemas."""

    def __init__(self, spec_file: Path | None = None) -> None:
        doc = json.loads((spec_file or default_spec_file()).read_text())
        self.schemas: dict[str, Any] = doc["components"]["schemas"]
        self.operations: dict[tuple[str, str], dict[str, Any]] = {
            (method, template): op
            for template, item in doc["paths"].items()
            for method, op in item.items()
        }
        mapping = self.schemas.get("Any", {}).get("discriminator", {}).get("mapping", {})
        self.boxes = {k: str(v).rsplit("/", 1)[-1] for k, v in mapping.items()}

    def methods(self, template: str) -> list[str]:
        """The HTTP methods the subset declares for a path (none: not in the subset)."""
        return sorted(m for m, t in self.operations if t == template)

    def check(self, method: str, template: str, body: Any, present: bool) -> None:
        """Raise the fault vCenter answers a body that does not fit the operation (InvalidRequest
        for its form, InvalidArgument naming the parameter for a value, InvalidType for an
        unknown `_typeName`); `present`: whether the request had a body at all."""
        op = self.operations.get((method, template))
        name = template.rsplit("/", 1)[-1]
        if present and not isinstance(body, dict):
            raise invalid_request(f"the body of {name} must be a JSON object")
        if isinstance(body, dict) and "_typeName" in body:
            if body["_typeName"] not in (name, name + "RequestType"):
                raise SimFault(
                    "InvalidType",
                    f"the body's _typeName is not {name!r}",
                    argument="_typeName",
                ).with_message()
            body = {k: v for k, v in body.items() if k != "_typeName"}
        if op is None:
            return  # outside the subset: the simulator's own handler reads what it knows
        request = op.get("requestBody")
        if request is None:
            if body:
                raise invalid_request(f"{name} takes no parameters")
            return
        schema = request["content"]["application/json"]["schema"]
        if body is None:
            if request.get("required"):
                raise invalid_request(f"{name} needs a body with its parameters")
            return
        self._value(schema, body, "")

    # --- the schema walk -------------------------------------------------------------------

    def _resolve(self, schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        """A reference's target: `{"$ref": X}`, or 9.x's `{"allOf": [{"$ref": X}]}` beside a
        description (a one-member allOf with no properties of its own)."""
        ref = schema.get("$ref")
        all_of: Any = schema.get("allOf")
        if ref is None and "properties" not in schema and _one_ref(all_of):
            ref = all_of[0]["$ref"]
        if ref is None:
            return None, schema
        name = str(ref).rsplit("/", 1)[-1]
        return name, self.schemas.get(name, {})

    def _parent(self, name: str) -> str | None:
        for member in self.schemas.get(name, {}).get("allOf", []):
            if "$ref" in member:
                return str(member["$ref"]).rsplit("/", 1)[-1]
        return None

    def _is_a(self, name: str, base: str) -> bool:
        current: str | None = name
        while current:
            if current == base:
                return True
            current = self._parent(current)
        return False

    def _value(self, schema: dict[str, Any], value: Any, where: str) -> None:
        type_name, resolved = self._resolve(schema)
        if type_name is not None and isinstance(value, dict) and "_typeName" in value:
            given = value["_typeName"]
            given = self.boxes.get(given, given) if isinstance(given, str) else given
            if not isinstance(given, str) or given not in self.schemas:
                raise SimFault(
                    "InvalidType", f"unknown type {given!r} at {where or '/'}", argument=where
                ).with_message()
            if not self._is_a(given, type_name):
                raise SimFault(
                    "InvalidType", f"{given} is not a {type_name} at {where}", argument=where
                ).with_message()
            type_name, resolved = given, self.schemas[given]
        self._check(type_name, resolved, value, where)

    def _check(self, type_name: str | None, schema: dict[str, Any], value: Any, where: str) -> None:
        kind = schema.get("type")
        if kind is None and "allOf" not in schema and "properties" not in schema:
            return  # an unconstrained value (Any's boxes are checked by their _typeName)
        if kind is not None:
            allowed = _JSON_TYPES.get(kind, (object,))
            if not isinstance(value, allowed) or (
                kind in ("integer", "number") and isinstance(value, bool)
            ):
                raise invalid_argument(where, f"{where or 'the body'} must be of type {kind}")
            limit = _INT_RANGES.get(str(schema.get("format")))
            if isinstance(value, int) and limit and not -limit <= value < limit:
                raise invalid_argument(where, f"{where} is out of range for {schema['format']}")
            if "enum" in schema and value not in schema["enum"]:
                raise invalid_argument(where, f"{where} is not one of the allowed values")
            if isinstance(value, list):
                for i, item in enumerate(value):
                    self._value(schema.get("items", {}), item, f"{where}[{i}]")
                return
            if kind != "object":
                return
        properties: dict[str, Any] = {}
        required: set[str] = set()
        current: dict[str, Any] | None = schema
        seen: set[int] = set()
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            properties = {**current.get("properties", {}), **properties}
            required |= set(current.get("required", []))
            parent = next((m for m in current.get("allOf", []) if "$ref" in m), None)
            current = self._resolve(parent)[1] if parent else None
        for key in sorted(required):
            if key not in value:
                raise invalid_argument(_join(where, key), f"{_join(where, key)} is required")
        for key, item in value.items():
            if key in properties and key != "_typeName":
                self._value(properties[key], item, _join(where, key))


@functools.cache
def request_rules() -> RequestRules:
    """The rules of the spec subset shipped with the simulator (read once)."""
    return RequestRules()


def _one_ref(all_of: Any) -> bool:
    return (
        isinstance(all_of, list)
        and len(all_of) == 1
        and isinstance(all_of[0], dict)
        and set(all_of[0]) == {"$ref"}
    )


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def invalid_request(message: str) -> SimFault:
    return SimFault("InvalidRequest", message).with_message()


def invalid_argument(where: str, message: str) -> SimFault:
    return SimFault("InvalidArgument", message, invalidProperty=where).with_message()
