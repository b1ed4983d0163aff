from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..vmodl import VimObject


@_attrs_define(kw_only=True, repr=False)
class ContinueRetrievePropertiesExRequestType(VimObject):
    """The parameters of *PropertyCollector.ContinueRetrievePropertiesEx*.

    Attributes:
        token (str): the token returned in the previous *RetrieveResult* returned on the same session by the
            same *PropertyCollector*.
    """

    _vim_type: ClassVar[str] = "ContinueRetrievePropertiesExRequestType"
    _vim_tag: ClassVar[str | None] = None
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (("token", "token", "string", True),)

    token: str
