from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.vim_any import VimAny
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localizable_message import LocalizableMessage


@_attrs_define(kw_only=True, repr=False)
class MethodFault(VimAny):
    """The base data object type for all the object model faults
    that an application might handle.

        Attributes:
            fault_cause (MethodFault | Unset): The base data object type for all the object model faults
                that an application might handle.
            fault_message (list[LocalizableMessage] | Unset): Message which has details about the error
                Message can also contain a key to message catalog which
                can be used to generate better localized messages.
    """

    _vim_type: ClassVar[str] = "MethodFault"
    _vim_tag: ClassVar[str | None] = "MethodFault"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("faultCause", "fault_cause", "MethodFault", False),
        ("faultMessage", "fault_message", "LocalizableMessage[]", False),
    )

    fault_cause: MethodFault | Unset = UNSET
    fault_message: list[LocalizableMessage] | Unset = UNSET
