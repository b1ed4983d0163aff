"""Wire-name to Python-name conversion shared by fault classes and decoded objects."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake_case(name: str) -> str:
    """`faultCause` -> `fault_cause`, `_typeName` -> `type_name`, `existingState` -> ..."""
    return _BOUNDARY.sub("_", name.lstrip("_")).lower()
