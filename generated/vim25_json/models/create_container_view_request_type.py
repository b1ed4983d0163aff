from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object_reference import ManagedObjectReference


T = TypeVar("T", bound="CreateContainerViewRequestType")


@_attrs_define
class CreateContainerViewRequestType:
    """The parameters of *ViewManager.CreateContainerView*.

    Attributes:
        container (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data
            object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
            instances of managed object references contain data that identifies specific server-side managed objects.
            Managed object references are typically one of the return types from a method invocation.

            Managed object references are client application references to server-side managed objects. The client
            application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
            is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
            has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
            example, a virtual machine, from the inventory, and then put it back, the reference changes.
        recursive (bool): Whether to include only the immediate children of the
            container instance, or to include additional objects by
            following paths beyond the immediate children.

            When recursive is false, the list of objects contains
            only immediate children.
            When recursive is true, the server populates the list
            by following references beyond the immediate children
            (using a child's references, and then references in the
            resulting objects, and so on).

            Depending on the container type, the server will use the following
            properties of the container instance to obtain objects for the
            view's object list:
            - *Folder* object - *Folder.childEntity*
              property.
              If recursive is false, the container list includes the reference
              to the child entity in the folder instance.
              If recursive is true, the server will follow the child
              folder path(s) to collect additional childEntity references.
            - *ResourcePool* object - *ResourcePool.vm*
              and *ResourcePool.resourcePool* properties.
              If recursive is false, the object list will contain references
              to the virtual machines associated with this resource pool,
              and references to virtual machines associated with the
              immediate child resource pools. If recursive is true,
              the server will follow all child resource pool paths
              extending from the immediate children (and their children,
              and so on) to collect additional references to virtual machines.
            - *ComputeResource* object - *ComputeResource.host*
              and *ComputeResource.resourcePool* properties.
              If recursive is false, the object list will contain references
              to the host systems associated with this compute resource,
              references to virtual machines associated with the
              host systems, and references to virtual machines associated
              with the immediate child resource pools.
              If recursive is true, the server will follow the child
              resource pool paths (and their child resource pool paths,
              and so on) to collect additional references to virtual machines.
            - *Datacenter* object - *Datacenter.vmFolder*,
              *Datacenter.hostFolder*,
              *Datacenter.datastoreFolder*, and
              *Datacenter.networkFolder* properties.
              If recursive is set to false, the server uses the
              immediate child folders for the virtual machines,
              hosts, datastores, and networks associated with this
              datacenter. If recursive is set to true, the server
              will follow the folder paths to collect references
              to additional objects.
            - *HostSystem* object - *HostSystem.vm*
              property.
              The view object list contains references to the virtual machines
              associated with this host system. The value of recursive does not
              affect this behavior.
        type_ (list[str] | Unset): An optional list of managed entity types. The server
            associates only objects of the specified type(s) with the view.
            If you specify an empty array, the server uses all types.
    """

    container: ManagedObjectReference
    recursive: bool
    type_: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container = self.container.to_dict()

        recursive = self.recursive

        type_: list[str] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "recursive": recursive,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415

        d = dict(src_dict)
        container = ManagedObjectReference.from_dict(d.pop("container"))

        recursive = d.pop("recursive")

        type_ = cast(list[str], d.pop("type", UNSET))

        create_container_view_request_type = cls(
            container=container,
            recursive=recursive,
            type_=type_,
        )

        create_container_view_request_type.additional_properties = d
        return create_container_view_request_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
