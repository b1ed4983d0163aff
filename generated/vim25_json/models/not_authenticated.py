from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.no_permission import NoPermission

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class NotAuthenticated(NoPermission):
    """Thrown when an operation is denied because the session
    has not yet successfully logged in.

    """

    _vim_type: ClassVar[str] = "NotAuthenticated"
    _vim_tag: ClassVar[str | None] = "NotAuthenticated"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = ()
