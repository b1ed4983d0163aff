"""How the simulated vCenter writes answers: managed object references, boxed `Any` values,
date-times, and the marker for void methods (answered 204 No Content)."""

from __future__ import annotations

import datetime
from typing import Any

VOID = object()  # what void methods return: answered 204 No Content (None is a null result)


def moref(type_name: str, value: str) -> dict[str, str]:
    return {"_typeName": "ManagedObjectReference", "type": type_name, "value": value}


def box(type_name: str, value: Any) -> dict[str, Any]:
    return {"_typeName": type_name, "_value": value}


def iso(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts, datetime.UTC).isoformat().replace("+00:00", "Z")
