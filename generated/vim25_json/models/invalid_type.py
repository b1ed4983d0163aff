from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.invalid_request import InvalidRequest
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class InvalidType(InvalidRequest):
    """InvalidType is thrown when a managed object request refers to
    an unexpected or unknown type.

        Attributes:
            argument (str | Unset): Name of the argument that was malformed.
    """

    _vim_type: ClassVar[str] = "InvalidType"
    _vim_tag: ClassVar[str | None] = "InvalidType"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("argument", "argument", "string", False),)

    argument: str | Unset = UNSET
