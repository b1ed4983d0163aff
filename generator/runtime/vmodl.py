"""vSphere's type system for the generated models: decode by `_typeName` (polymorphic, open to
newer servers), open enums, faithful re-encoding, typed decode errors, secret-free reprs.

Copied verbatim into vim25_json by the generator (source: generator/runtime/vmodl.py); the facts
it works on (parents, fields, wire type names, result types) come from vim25_json.type_table.
Its wire values (DateTime, OpenStrEnum, hidden) live in vmodl_values and its fault facts
(fault_types, find_fault...) in vmodl_faults; both are re-exported here.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any, ClassVar, Final, TypeVar

from attrs import define, field

from .types import Unset
from .vmodl_faults import (
    FAULT_ROOT,
    FaultType,
    FoundFault,
    fault_type,
    fault_types,
    find_fault,
)
from .vmodl_values import DateTime, OpenStrEnum, hidden

__all__ = [
    "FAULT_ROOT",
    "MAX_DEPTH",
    "PATH_SAFE",
    "DateTime",
    "DecodeError",
    "FaultType",
    "FoundFault",
    "OpenStrEnum",
    "VimObject",
    "decode_result",
    "decode_value",
    "fault_type",
    "fault_types",
    "find_fault",
    "hidden",
    "model_class",
]

T = TypeVar("T", bound="VimObject")
R = TypeVar("R")
PATH_SAFE: Final = "!$&'()*+,;=:@[]"
"""Characters left literal in a path segment: vCenter reads moIds such as `session[52d0...]52f0`
without decoding `%5B`/`%5D`; `/`, `?`, `#`, `%` and spaces are still encoded."""
MAX_DEPTH: Final = 64
"""Deepest nesting of objects and arrays accepted in an answer (faultCause chains included)."""
_EXCERPT = 120


class DecodeError(ValueError):
    """An answer that does not fit the declared type: names the type, the field path and what
    arrived (only the JSON type for secret fields)."""

    def __init__(self, type_name: str, path: str, problem: str, arrived: str = "") -> None:
        self.type_name = type_name
        self.path = path
        self.problem = problem
        self.arrived = arrived
        got = f" (got {arrived})" if arrived else ""
        super().__init__(f"cannot decode {path} as {type_name}: {problem}{got}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.type_name, self.path, self.problem, self.arrived))


def _shown(value: object, secret: bool = False) -> str:
    kind = _json_kind(value)
    if secret:
        return kind
    text = json.dumps(value, default=str) if kind != "object" else "{...}"
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


@define(kw_only=True, slots=True, repr=False)
class VimObject:
    """Base of every generated model. Spec inheritance is Python inheritance; `type_name` is the
    wire `_typeName` (an unknown newer type decoded as its declared base keeps its own name)."""

    _vim_type: ClassVar[str] = ""
    """Schema name of this class."""
    _vim_tag: ClassVar[str | None] = None
    """`_typeName` written for this class (None: untagged, e.g. a *RequestType body)."""
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
    """Own fields: (wire name, attribute, type string, required)."""
    _vim_secret: ClassVar[frozenset[str]] = frozenset()

    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Fields this client's release does not know, kept as raw JSON and re-encoded."""
    _vim_wire: str | None = field(init=False, default=None)

    def __repr__(self) -> str:
        """Set fields only; secret fields and unknown fields' values never shown."""
        secret = _secret_fields(type(self))
        parts = []
        if self._vim_wire:
            parts.append(f"type_name={self._vim_wire!r}")
        for wire, attr, _, _ in _all_fields(type(self)):
            value = getattr(self, attr)
            if not isinstance(value, Unset):
                parts.append(f"{attr}={hidden(value) if wire in secret else repr(value)}")
        if self.additional_properties:
            parts.append(f"additional_properties={_keys(self.additional_properties)}")
        return f"{type(self).__name__}({', '.join(parts)})"

    @property
    def type_name(self) -> str:
        return self._vim_wire or self._vim_tag or self._vim_type

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Decode an answer: the class its `_typeName` names when that is this type or a subtype."""
        return _decode_guarded(lambda: _decode_object(cls, src_dict, cls._vim_type, 0))

    def to_dict(self) -> dict[str, Any]:
        """Encode with `_typeName` first (untagged request bodies have none)."""
        out: dict[str, Any] = {}
        tag = self.type_name if self._vim_tag is not None or self._vim_wire else None
        if tag is not None:
            out["_typeName"] = tag
        for wire, attr, _, _ in _all_fields(type(self)):
            value = getattr(self, attr)
            if not isinstance(value, Unset):
                out[wire] = _encode(value)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _keys(extra: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k!r}: ..." for k in extra) + "}"


_FIELDS: dict[type, tuple[tuple[str, str, str, bool], ...]] = {}
_SECRETS: dict[type, frozenset[str]] = {}


def _all_fields(cls: type[VimObject]) -> tuple[tuple[str, str, str, bool], ...]:
    """Own and inherited fields, parents first (a subtype re-declaring a field wins)."""
    found = _FIELDS.get(cls)
    if found is None:
        merged: dict[str, tuple[str, str, str, bool]] = {}
        for klass in reversed(cls.__mro__):
            for spec in klass.__dict__.get("_vim_fields", ()):
                merged[spec[0]] = spec
        found = _FIELDS[cls] = tuple(merged.values())
    return found


def _secret_fields(cls: type[VimObject]) -> frozenset[str]:
    """Wire names of the secret fields, own and inherited (computed once per class)."""
    found = _SECRETS.get(cls)
    if found is None:
        found = frozenset()
        for klass in cls.__mro__:
            found |= klass.__dict__.get("_vim_secret", frozenset())
        _SECRETS[cls] = found
    return found


@functools.cache
def _generated(name: str) -> Any:
    """A class of vim25_json.models by name (imported on first use, then remembered)."""
    return getattr(import_module(".models", __package__), name)


def model_class(schema: str) -> type[VimObject] | None:
    """The model class of a schema of this subset, or None."""
    from .type_table import TYPES

    info = TYPES.get(schema)
    if info is None or info.model is None or info.enum:
        return None
    cls: type[VimObject] = _generated(info.model)
    return cls


def _tagged_class(tag: str) -> type[VimObject] | None:
    from .type_table import TAGS

    schema = TAGS.get(tag)
    return model_class(schema) if schema else None


def _decode_guarded(run: Callable[[], R]) -> R:
    try:
        return run()
    except RecursionError:
        raise DecodeError("answer", "<root>", "nested too deeply") from None


def _decode_object(cls: type[T], data: object, path: str, depth: int) -> T:
    if depth > MAX_DEPTH:
        raise DecodeError(cls._vim_type, path, f"nested deeper than {MAX_DEPTH} levels")
    if not isinstance(data, Mapping):
        raise DecodeError(cls._vim_type, path, "expected an object", _shown(data))
    target: type[T] = cls
    unknown: str | None = None
    wire = data.get("_typeName")
    if wire is not None:
        if not isinstance(wire, str):
            raise DecodeError(cls._vim_type, f"{path}._typeName", "expected a string", _shown(wire))
        named = _tagged_class(wire)
        if named is None:
            unknown = wire  # a type newer than this subset: decode as the declared class
        elif issubclass(named, cls):
            target = named
        else:
            raise DecodeError(
                cls._vim_type, path, f"{wire} is not a {cls._vim_type} or one of its subtypes"
            )
    rest = {k: v for k, v in data.items() if k != "_typeName"}
    secret = _secret_fields(target)
    kwargs: dict[str, Any] = {}
    for wire_name, attr, kind, required in _all_fields(target):
        where = f"{path}.{wire_name}"
        if wire_name not in rest or (rest[wire_name] is None and not required):
            if required:
                raise DecodeError(kind, where, "required field is missing")
            rest.pop(wire_name, None)
            continue
        value = rest.pop(wire_name)
        kwargs[attr] = _decode(kind, value, where, depth + 1, wire_name in secret)
    obj = target(**kwargs)
    obj.additional_properties = rest
    obj._vim_wire = unknown
    return obj


def _decode(kind: str, value: object, path: str, depth: int, secret: bool = False) -> Any:
    if kind.endswith("[]"):
        if not isinstance(value, list):
            raise DecodeError(kind, path, "expected an array", _shown(value, secret))
        return [
            _decode(kind[:-2], v, f"{path}[{i}]", depth + 1, secret) for i, v in enumerate(value)
        ]
    base, _, fmt = kind.partition(":")
    if base == "string":
        if not isinstance(value, str):
            raise DecodeError(kind, path, "expected a string", _shown(value, secret))
        if fmt == "date-time":
            try:
                return DateTime.parse(value)
            except ValueError:
                raise DecodeError(kind, path, "not an ISO 8601 date-time", _shown(value)) from None
        return value
    if base == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise DecodeError(kind, path, "expected an integer", _shown(value, secret))
        return value
    if base == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise DecodeError(kind, path, "expected a number", _shown(value, secret))
        return value
    if base == "boolean":
        if not isinstance(value, bool):
            raise DecodeError(kind, path, "expected a boolean", _shown(value, secret))
        return value
    if base == "object":
        return value
    return _decode_named(kind, value, path, depth, secret)


def _decode_named(schema: str, value: object, path: str, depth: int, secret: bool) -> Any:
    from .type_table import TYPES

    info = TYPES.get(schema)
    if info is None:
        return value
    if info.enum:
        if not isinstance(value, str):
            raise DecodeError(schema, path, "expected a string", _shown(value, secret))
        return _generated(info.model or "")(value)
    cls = model_class(schema)
    if cls is None:
        return value
    return _decode_object(cls, value, path, depth)


def decode_value(kind: str, value: object, *, path: str = "<root>") -> Any:
    """Decode a JSON value by a type string of the type table (`Schema`, `X[]`, `string:...`)."""
    return _decode_guarded(lambda: _decode(kind, value, path, 0))


def decode_result(operation: str, status: int, content: bytes) -> Any:
    """The parsed body of an answer to an operation, by the type its spec declares for `status`.

    Raises DecodeError for a body that is not JSON or does not fit; KeyError for a status the spec
    does not declare (the caller decides what that means).
    """
    from .type_table import RESULTS, TYPES

    declared = RESULTS[operation]
    # Any method may raise a runtime fault (NotAuthenticated...), declared or not.
    kind = declared[str(status)] if str(status) in declared or status != 500 else FAULT_ROOT
    nullable = kind.endswith("?")
    kind = kind.rstrip("?")
    if not kind:
        return None
    info = TYPES.get(kind)
    if info is not None and info.is_fault:
        kind = FAULT_ROOT  # any method may raise a runtime fault besides the ones it declares
    text = content.strip()
    if not text:
        if nullable:
            return None
        raise DecodeError(kind, "<root>", "the answer has an empty body")
    try:
        data = json.loads(text)
    except RecursionError:
        raise DecodeError(kind, "<root>", "nested too deeply") from None
    except ValueError:
        raise DecodeError(kind, "<root>", "the answer is not JSON", _excerpt_bytes(text)) from None
    if data is None and nullable:
        return None
    return decode_value(kind, data)


def _excerpt_bytes(text: bytes) -> str:
    shown = text[:_EXCERPT].decode("utf-8", "replace")
    return repr(shown + ("..." if len(text) > _EXCERPT else ""))


def _encode(value: object) -> Any:
    if isinstance(value, VimObject):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, DateTime) and hasattr(value, "wire"):
        return value.wire
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    encode = getattr(value, "__vim_encode__", None)
    if encode is not None:
        return encode()
    return value
