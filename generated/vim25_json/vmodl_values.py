"""The wire values of the generated models: date-times that re-encode as they arrived, open enums,
secret-free reprs; copied verbatim into vim25_json (source: generator/runtime/vmodl_values.py)."""

from __future__ import annotations

import datetime
import enum
from typing import Any

from .types import UNSET

__all__ = ["DateTime", "OpenStrEnum", "hidden"]


def hidden(value: object) -> str:
    """The repr of a secret field: never its value."""
    return "<hidden>" if value is not UNSET else "UNSET"


class DateTime(datetime.datetime):
    """A date-time decoded from an answer; re-encodes as exactly the text that arrived."""

    wire: str

    @classmethod
    def parse(cls, text: str) -> DateTime:
        base = datetime.datetime.fromisoformat(text)
        value = cls(
            base.year,
            base.month,
            base.day,
            base.hour,
            base.minute,
            base.second,
            base.microsecond,
            base.tzinfo,
            fold=base.fold,
        )
        value.wire = text
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (DateTime.parse, (self.wire,))


class OpenStrEnum(enum.StrEnum):
    """A vSphere enum that accepts values newer servers send: an unknown value becomes a pseudo
    member of the enum (`is_known` is False) and re-encodes unchanged."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this client's release does not list."""
        return type(self).__members__.get(self._name_) is self

    def __str__(self) -> str:
        return str(self.value)
