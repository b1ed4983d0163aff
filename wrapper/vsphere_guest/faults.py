"""vSphere faults as exceptions: one class per fault type of the spec subset, with the spec's
inheritance. The generated client owns the spec facts: which fault types exist, their parents and
fields (`vim25_json.vmodl.fault_types`), and which object of an error body is the fault and of
which type (`vim25_json.vmodl.find_fault`); this module turns its answer into an exception.

Access classes as attributes (`faults.InvalidGuestLogin`); they are not module globals, so vSphere
names such as SystemError or NotImplemented never shadow Python builtins inside this package.

Decoding is bounded: a `faultCause` chain deeper than MAX_FAULT_CAUSE_DEPTH (32) is cut (the
deepest kept fault has `fault_cause_cut = True`), a body nested too deep to decode is a
ServerError, and `str()` of a fault is at most MAX_MESSAGE_CHARS (2,000) characters (`raw`
keeps the whole body). Faults pickle with their class, body and HTTP status.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from vim25_json import vmodl

from ._naming import snake_case
from .errors import ServerError, VsphereGuestError, excerpt

__all__ = ["MethodFault", "ServerError", "fault_class", "from_json", "names"]

ROOT = vmodl.FAULT_ROOT
MAX_FAULT_CAUSE_DEPTH = 32
MAX_MESSAGE_CHARS = 2000


class MethodFault(VsphereGuestError):
    """Base of every vSphere fault. `type_name` is the wire `_typeName` (even when unknown)."""

    fields_of_type: tuple[str, ...] = ()

    def __init__(
        self, raw: Mapping[str, Any], *, status: int | None = None, depth: int = 0
    ) -> None:
        self.raw: dict[str, Any] = dict(raw)
        self.type_name: str = str(raw.get("_typeName") or type(self).__name__)
        self.status = status
        # SystemError's `reason`: what the guest's OS said ("File name too long"), told too
        reason = raw.get("reason") if "reason" in self.fields_of_type else None
        reason = reason if isinstance(reason, str) else ""
        self.message: str = _message(raw) or reason or self.type_name
        cause = raw.get("faultCause")
        self.fault_cause: MethodFault | None = None
        self.fault_cause_cut = False  # True when a deeper faultCause chain was not decoded
        if isinstance(cause, Mapping):
            if depth + 1 < MAX_FAULT_CAUSE_DEPTH:
                self.fault_cause = _decode_fault(cause, depth=depth + 1)
            else:
                self.fault_cause_cut = True
        for wire in self.fields_of_type:
            if wire not in ("faultCause",):
                setattr(self, snake_case(wire), raw.get(wire))
        text = f"{self.type_name}: {self.message}"
        if reason and reason not in self.message:
            text += f": {reason}"
        if self.fault_cause_cut:
            text += f" (faultCause chain cut at {MAX_FAULT_CAUSE_DEPTH} levels)"
        if len(text) > MAX_MESSAGE_CHARS:
            text = text[: MAX_MESSAGE_CHARS - 3] + "..."
        super().__init__(text)

    @property
    def fields(self) -> dict[str, Any]:
        """The fault's typed fields (spec names, own and inherited) with their values."""
        return {wire: self.raw.get(wire) for wire in self.fields_of_type}

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self).__name__, self.raw, self.status))


def _restore(class_name: str, raw: Mapping[str, Any], status: int | None) -> MethodFault:
    return fault_class(class_name)(raw, status=status)


def _message(raw: Mapping[str, Any]) -> str:
    texts = [
        str(m["message"])
        for m in (raw["faultMessage"] if isinstance(raw.get("faultMessage"), list) else ())
        if isinstance(m, Mapping) and m.get("message")
    ]
    if texts:
        return "; ".join(texts)
    for key in ("faultstring", "localizedMessage", "msg"):
        if isinstance(raw.get(key), str) and raw[key]:
            return str(raw[key])
    return ""


def _build_classes() -> dict[str, type[MethodFault]]:
    classes: dict[str, type[MethodFault]] = {}
    for fault in vmodl.fault_types():  # each after its parent
        if fault.parent is None:  # the root, MethodFault
            MethodFault.fields_of_type = fault.fields
            classes[fault.name] = MethodFault
            continue
        parent = classes[fault.parent]
        classes[fault.name] = type(
            fault.name,
            (parent,),
            {
                "__module__": __name__,
                "__qualname__": fault.name,
                "__doc__": f"vSphere fault {fault.name} (a {parent.__name__}).",
                "fields_of_type": parent.fields_of_type + fault.fields,
            },
        )
    return classes


_CLASSES = _build_classes()


def names() -> list[str]:
    """Every fault type name known to this client, sorted."""
    return sorted(_CLASSES)


def fault_class(type_name: str) -> type[MethodFault]:
    """The class of a fault type name; MethodFault for a name this client does not know."""
    return _CLASSES.get(type_name, MethodFault)


def __getattr__(name: str) -> type[MethodFault]:
    try:
        return _CLASSES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_CLASSES))


def _decode_fault(raw: Mapping[str, Any], status: int | None = None, depth: int = 0) -> MethodFault:
    return _CLASSES[vmodl.fault_type(raw.get("_typeName"))](raw, status=status, depth=depth)


def from_json(
    body: Mapping[str, Any] | str | bytes, *, status: int = 500, url: str | None = None
) -> MethodFault | ServerError:
    """Decode an error body into the matching fault, or a ServerError if it is not a fault."""
    try:
        return _from_json(body, status, url)
    except RecursionError:  # JSON nested deeper than the interpreter can decode
        return ServerError(status, "error body nested too deeply to decode", url=url)


def _from_json(
    body: Mapping[str, Any] | str | bytes, status: int, url: str | None
) -> MethodFault | ServerError:
    data: Any = body
    if isinstance(body, bytes | str):
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        try:
            data = json.loads(text) if text.strip() else None
        except ValueError:
            return ServerError(status, excerpt(text), url=url)
        if data is None:
            return ServerError(status, "", url=url)
    if not isinstance(data, Mapping):
        return ServerError(status, excerpt(json.dumps(data)), url=url)
    found = vmodl.find_fault(data)
    if found is not None:
        return _CLASSES[found.fault_type](found.body, status=status)
    if _message(data):
        return MethodFault(data, status=status)
    return ServerError(status, excerpt(json.dumps(data)), url=url)
