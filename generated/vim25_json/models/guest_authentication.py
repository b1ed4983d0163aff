from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject


@_attrs_define(kw_only=True, repr=False)
class GuestAuthentication(DataObject):
    """GuestAuthentication is an abstract base class for authentication
    in the guest.

        Attributes:
            interactive_session (bool): This is set to true if the client wants an interactive session
                in the guest.

                Setting this is supported only for *NamePasswordAuthentication*.
    """

    _vim_type: ClassVar[str] = "GuestAuthentication"
    _vim_tag: ClassVar[str | None] = "GuestAuthentication"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("interactiveSession", "interactive_session", "boolean", True),
    )

    interactive_session: bool
