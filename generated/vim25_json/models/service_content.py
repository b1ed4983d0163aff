from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.data_object import DataObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.about_info import AboutInfo
    from ..models.managed_object_reference import ManagedObjectReference


@_attrs_define(kw_only=True, repr=False)
class ServiceContent(DataObject):
    """The *ServiceContent* data object defines properties for the ServiceInstance
    managed object.

    The ServiceInstance itself does not have directly-accessible
    properties because reading the properties of a managed object requires
    the use of a property collector, and the property collector itself
    is a property of the *ServiceInstance*.
    For this reason, use the method *ServiceInstance.RetrieveServiceContent*
    to retrieve the *ServiceContent* object.

        Attributes:
            root_folder (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            property_collector (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            view_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            about (AboutInfo): This data object type describes system information
                including the name, type, version, and build number.
            setting (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            user_directory (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            session_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            authorization_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            service_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            perf_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            scheduled_task_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            alarm_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            event_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            task_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            extension_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            customization_spec_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            guest_customization_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            custom_fields_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            account_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            diagnostic_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            license_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            search_index (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            file_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            datastore_namespace_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            virtual_disk_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            virtualization_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            snmp_system (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            vm_provisioning_checker (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            vm_compatibility_checker (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            ovf_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            ip_pool_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            dv_switch_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            host_profile_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            cluster_profile_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            compliance_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            localization_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            storage_resource_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            guest_operations_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            overhead_memory_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            certificate_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            io_filter_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            v_storage_object_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            host_spec_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            crypto_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            health_update_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            failover_cluster_configurator (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            failover_cluster_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            tenant_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            site_info_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            storage_query_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
                "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain
                data that identifies specific server-side managed objects. Managed object references are typically one of the
                return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
    """

    _vim_type: ClassVar[str] = "ServiceContent"
    _vim_tag: ClassVar[str | None] = "ServiceContent"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("rootFolder", "root_folder", "ManagedObjectReference", True),
        ("propertyCollector", "property_collector", "ManagedObjectReference", True),
        ("viewManager", "view_manager", "ManagedObjectReference", False),
        ("about", "about", "AboutInfo", True),
        ("setting", "setting", "ManagedObjectReference", False),
        ("userDirectory", "user_directory", "ManagedObjectReference", False),
        ("sessionManager", "session_manager", "ManagedObjectReference", False),
        ("authorizationManager", "authorization_manager", "ManagedObjectReference", False),
        ("serviceManager", "service_manager", "ManagedObjectReference", False),
        ("perfManager", "perf_manager", "ManagedObjectReference", False),
        ("scheduledTaskManager", "scheduled_task_manager", "ManagedObjectReference", False),
        ("alarmManager", "alarm_manager", "ManagedObjectReference", False),
        ("eventManager", "event_manager", "ManagedObjectReference", False),
        ("taskManager", "task_manager", "ManagedObjectReference", False),
        ("extensionManager", "extension_manager", "ManagedObjectReference", False),
        ("customizationSpecManager", "customization_spec_manager", "ManagedObjectReference", False),
        ("guestCustomizationManager", "guest_customization_manager", "ManagedObjectReference", False),
        ("customFieldsManager", "custom_fields_manager", "ManagedObjectReference", False),
        ("accountManager", "account_manager", "ManagedObjectReference", False),
        ("diagnosticManager", "diagnostic_manager", "ManagedObjectReference", False),
        ("licenseManager", "license_manager", "ManagedObjectReference", False),
        ("searchIndex", "search_index", "ManagedObjectReference", False),
        ("fileManager", "file_manager", "ManagedObjectReference", False),
        ("datastoreNamespaceManager", "datastore_namespace_manager", "ManagedObjectReference", False),
        ("virtualDiskManager", "virtual_disk_manager", "ManagedObjectReference", False),
        ("virtualizationManager", "virtualization_manager", "ManagedObjectReference", False),
        ("snmpSystem", "snmp_system", "ManagedObjectReference", False),
        ("vmProvisioningChecker", "vm_provisioning_checker", "ManagedObjectReference", False),
        ("vmCompatibilityChecker", "vm_compatibility_checker", "ManagedObjectReference", False),
        ("ovfManager", "ovf_manager", "ManagedObjectReference", False),
        ("ipPoolManager", "ip_pool_manager", "ManagedObjectReference", False),
        ("dvSwitchManager", "dv_switch_manager", "ManagedObjectReference", False),
        ("hostProfileManager", "host_profile_manager", "ManagedObjectReference", False),
        ("clusterProfileManager", "cluster_profile_manager", "ManagedObjectReference", False),
        ("complianceManager", "compliance_manager", "ManagedObjectReference", False),
        ("localizationManager", "localization_manager", "ManagedObjectReference", False),
        ("storageResourceManager", "storage_resource_manager", "ManagedObjectReference", False),
        ("guestOperationsManager", "guest_operations_manager", "ManagedObjectReference", False),
        ("overheadMemoryManager", "overhead_memory_manager", "ManagedObjectReference", False),
        ("certificateManager", "certificate_manager", "ManagedObjectReference", False),
        ("ioFilterManager", "io_filter_manager", "ManagedObjectReference", False),
        ("vStorageObjectManager", "v_storage_object_manager", "ManagedObjectReference", False),
        ("hostSpecManager", "host_spec_manager", "ManagedObjectReference", False),
        ("cryptoManager", "crypto_manager", "ManagedObjectReference", False),
        ("healthUpdateManager", "health_update_manager", "ManagedObjectReference", False),
        ("failoverClusterConfigurator", "failover_cluster_configurator", "ManagedObjectReference", False),
        ("failoverClusterManager", "failover_cluster_manager", "ManagedObjectReference", False),
        ("tenantManager", "tenant_manager", "ManagedObjectReference", False),
        ("siteInfoManager", "site_info_manager", "ManagedObjectReference", False),
        ("storageQueryManager", "storage_query_manager", "ManagedObjectReference", False),
    )

    root_folder: ManagedObjectReference
    property_collector: ManagedObjectReference
    view_manager: ManagedObjectReference | Unset = UNSET
    about: AboutInfo
    setting: ManagedObjectReference | Unset = UNSET
    user_directory: ManagedObjectReference | Unset = UNSET
    session_manager: ManagedObjectReference | Unset = UNSET
    authorization_manager: ManagedObjectReference | Unset = UNSET
    service_manager: ManagedObjectReference | Unset = UNSET
    perf_manager: ManagedObjectReference | Unset = UNSET
    scheduled_task_manager: ManagedObjectReference | Unset = UNSET
    alarm_manager: ManagedObjectReference | Unset = UNSET
    event_manager: ManagedObjectReference | Unset = UNSET
    task_manager: ManagedObjectReference | Unset = UNSET
    extension_manager: ManagedObjectReference | Unset = UNSET
    customization_spec_manager: ManagedObjectReference | Unset = UNSET
    guest_customization_manager: ManagedObjectReference | Unset = UNSET
    custom_fields_manager: ManagedObjectReference | Unset = UNSET
    account_manager: ManagedObjectReference | Unset = UNSET
    diagnostic_manager: ManagedObjectReference | Unset = UNSET
    license_manager: ManagedObjectReference | Unset = UNSET
    search_index: ManagedObjectReference | Unset = UNSET
    file_manager: ManagedObjectReference | Unset = UNSET
    datastore_namespace_manager: ManagedObjectReference | Unset = UNSET
    virtual_disk_manager: ManagedObjectReference | Unset = UNSET
    virtualization_manager: ManagedObjectReference | Unset = UNSET
    snmp_system: ManagedObjectReference | Unset = UNSET
    vm_provisioning_checker: ManagedObjectReference | Unset = UNSET
    vm_compatibility_checker: ManagedObjectReference | Unset = UNSET
    ovf_manager: ManagedObjectReference | Unset = UNSET
    ip_pool_manager: ManagedObjectReference | Unset = UNSET
    dv_switch_manager: ManagedObjectReference | Unset = UNSET
    host_profile_manager: ManagedObjectReference | Unset = UNSET
    cluster_profile_manager: ManagedObjectReference | Unset = UNSET
    compliance_manager: ManagedObjectReference | Unset = UNSET
    localization_manager: ManagedObjectReference | Unset = UNSET
    storage_resource_manager: ManagedObjectReference | Unset = UNSET
    guest_operations_manager: ManagedObjectReference | Unset = UNSET
    overhead_memory_manager: ManagedObjectReference | Unset = UNSET
    certificate_manager: ManagedObjectReference | Unset = UNSET
    io_filter_manager: ManagedObjectReference | Unset = UNSET
    v_storage_object_manager: ManagedObjectReference | Unset = UNSET
    host_spec_manager: ManagedObjectReference | Unset = UNSET
    crypto_manager: ManagedObjectReference | Unset = UNSET
    health_update_manager: ManagedObjectReference | Unset = UNSET
    failover_cluster_configurator: ManagedObjectReference | Unset = UNSET
    failover_cluster_manager: ManagedObjectReference | Unset = UNSET
    tenant_manager: ManagedObjectReference | Unset = UNSET
    site_info_manager: ManagedObjectReference | Unset = UNSET
    storage_query_manager: ManagedObjectReference | Unset = UNSET
