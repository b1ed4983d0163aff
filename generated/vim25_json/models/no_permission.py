from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.security_error import SecurityError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference
    from ..models.no_permission_entity_privileges import NoPermissionEntityPrivileges


@_attrs_define(kw_only=True, repr=False)
class NoPermission(SecurityError):
    """Thrown when an operation is denied because of privileges
    not held on managed object(s).

        Attributes:
            object_ (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            privilege_id (str | Unset): Deprecated as of vSphere 8.0, use the *NoPermission.missingPrivileges* field.

                The privilege identifier required
            missing_privileges (list[NoPermissionEntityPrivileges] | Unset): List of entities and missing privileges for each entity

                ***Since:*** vSphere API Release 7.0.3.2
    """

    _vim_type: ClassVar[str] = "NoPermission"
    _vim_tag: ClassVar[str | None] = "NoPermission"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("object", "object_", "ManagedObjectReference", False),
        ("privilegeId", "privilege_id", "string", False),
        ("missingPrivileges", "missing_privileges", "NoPermissionEntityPrivileges[]", False),
    )

    object_: ManagedObjectReference | Unset = UNSET
    privilege_id: str | Unset = UNSET
    missing_privileges: list[NoPermissionEntityPrivileges] | Unset = UNSET
