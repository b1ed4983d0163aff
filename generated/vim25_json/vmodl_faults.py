"""Which fault types this subset has (parents, own fields) and which object of an error body is
the fault; copied verbatim into vim25_json (source: generator/runtime/vmodl_faults.py)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Final, NamedTuple

__all__ = [
    "FAULT_ROOT",
    "FaultType",
    "FoundFault",
    "fault_type",
    "fault_types",
    "find_fault",
]

FAULT_ROOT: Final = "MethodFault"
FAULT_KEYS: Final = ("faultstring", "faultMessage", "faultCause")
"""Keys that make an object of a type this subset does not know a fault (newer servers)."""
FAULT_SEARCH_LEVELS: Final = 6
"""How many levels of an error body `find_fault` looks through."""


class FaultType(NamedTuple):
    """A fault type of this subset: MethodFault or one of its subtypes."""

    name: str
    parent: str | None
    """Its parent fault type (None for MethodFault)."""
    fields: tuple[str, ...]
    """Its own fields (wire names), in spec order."""


@functools.cache
def fault_types() -> tuple[FaultType, ...]:
    """MethodFault and every fault type of this subset, each after its parent."""
    from .type_table import TYPES

    ordered: dict[str, FaultType] = {}

    def add(name: str) -> None:
        if name in ordered:
            return
        info = TYPES[name]
        parent = info.parent if name != FAULT_ROOT else None
        if parent is not None:
            add(parent)
        ordered[name] = FaultType(name, parent, tuple(wire for wire, _ in info.fields))

    add(FAULT_ROOT)
    for name, info in TYPES.items():
        if info.is_fault:
            add(name)
    return tuple(ordered.values())


def fault_type(type_name: object) -> str:
    """The fault type of this subset a `_typeName` value names; MethodFault for anything else
    (a type newer than this subset, a type that is not a fault, no or a non-string name)."""
    from .type_table import TYPES

    if isinstance(type_name, str):
        info = TYPES.get(type_name)
        if info is not None and info.is_fault:
            return type_name
    return FAULT_ROOT


class FoundFault(NamedTuple):
    """The fault object of an error body, as it arrived, and the fault type it is."""

    body: Mapping[str, Any]
    fault_type: str
    """A fault type of this subset (MethodFault for a fault type newer than the subset)."""


def _is_fault(item: Mapping[str, Any], top: bool) -> bool:
    """Whether a typed object is the fault: a fault type of the table; an unknown type at the
    top or with fault fields (newer servers). A nested MoRef or other data object is not."""
    from .type_table import TYPES

    name = item.get("_typeName")
    if not isinstance(name, str):
        return False
    info = TYPES.get(name)
    if info is not None:
        return info.is_fault
    return top or any(key in item for key in FAULT_KEYS)


def find_fault(data: object) -> FoundFault | None:
    """The fault in a decoded error body: the first object, breadth-first over at most
    FAULT_SEARCH_LEVELS levels (a fault may sit under e.g. `fault`), whose `_typeName` is a
    fault type of this subset, or a type it does not know at the top or with fault fields.
    None when there is none. Never raises on any JSON value."""
    level = [data]
    depth = 0
    while level and depth < FAULT_SEARCH_LEVELS:
        nxt: list[Any] = []
        for item in level:
            if isinstance(item, Mapping):
                if _is_fault(item, top=item is data):
                    return FoundFault(item, fault_type(item.get("_typeName")))
                nxt.extend(item.values())
            elif isinstance(item, list):
                nxt.extend(item)
        level, depth = nxt, depth + 1
    return None
