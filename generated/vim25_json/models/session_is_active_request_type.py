from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..vmodl import VimObject


@_attrs_define(kw_only=True, repr=False)
class SessionIsActiveRequestType(VimObject):
    """The parameters of *SessionManager.SessionIsActive*.

    Attributes:
        session_id (str): Session ID to validate.
        user_name (str): User name to validate.
    """

    _vim_type: ClassVar[str] = "SessionIsActiveRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("sessionID", "session_id", "string", True),
        ("userName", "user_name", "string", True),
    )

    session_id: str
    user_name: str
