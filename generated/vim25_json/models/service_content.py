from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.about_info import AboutInfo
    from ..models.managed_object_reference import ManagedObjectReference


T = TypeVar("T", bound="ServiceContent")


@_attrs_define
class ServiceContent:
    """The *ServiceContent* data object defines properties for the ServiceInstance
    managed object.

    The ServiceInstance itself does not have directly-accessible
    properties because reading the properties of a managed object requires
    the use of a property collector, and the property collector itself
    is a property of the *ServiceInstance*.
    For this reason, use the method *ServiceInstance.RetrieveServiceContent*
    to retrieve the *ServiceContent* object.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            root_folder (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose data
                object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            property_collector (ManagedObjectReference): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            about (AboutInfo): This data object type describes system information
                including the name, type, version, and build number.
            view_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            setting (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose data
                object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            user_directory (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            session_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            authorization_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            service_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            perf_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            scheduled_task_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            alarm_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            event_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            task_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            extension_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            customization_spec_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            guest_customization_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            custom_fields_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            account_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            diagnostic_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            license_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            search_index (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            file_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            datastore_namespace_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            virtual_disk_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            virtualization_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            snmp_system (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            vm_provisioning_checker (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            vm_compatibility_checker (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            ovf_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-purpose
                data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this theme,
                instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            ip_pool_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            dv_switch_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            host_profile_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            cluster_profile_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            compliance_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            localization_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            storage_resource_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            guest_operations_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            overhead_memory_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            certificate_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            io_filter_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            v_storage_object_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            host_spec_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            crypto_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            health_update_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            failover_cluster_configurator (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            failover_cluster_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            tenant_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            site_info_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a special-
                purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations of this
                theme, instances of managed object references contain data that identifies specific server-side managed objects.
                Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
            storage_query_manager (ManagedObjectReference | Unset): The ManagedObjectReference data object type is a
                special-purpose data object. Commonly referred to as simply a "reference", "MoRef", "MOR", or other variations
                of this theme, instances of managed object references contain data that identifies specific server-side managed
                objects. Managed object references are typically one of the return types from a method invocation.

                Managed object references are client application references to server-side managed objects. The client
                application uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference
                is guaranteed to be unique and persistent during an object's lifetime. The reference persists after an object
                has moved within the inventory, across sessions, and across server restarts. If you remove an object, for
                example, a virtual machine, from the inventory, and then put it back, the reference changes.
    """

    field_type_name: str
    root_folder: ManagedObjectReference
    property_collector: ManagedObjectReference
    about: AboutInfo
    view_manager: ManagedObjectReference | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        root_folder = self.root_folder.to_dict()

        property_collector = self.property_collector.to_dict()

        about = self.about.to_dict()

        view_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.view_manager, Unset):
            view_manager = self.view_manager.to_dict()

        setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.setting, Unset):
            setting = self.setting.to_dict()

        user_directory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_directory, Unset):
            user_directory = self.user_directory.to_dict()

        session_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_manager, Unset):
            session_manager = self.session_manager.to_dict()

        authorization_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization_manager, Unset):
            authorization_manager = self.authorization_manager.to_dict()

        service_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_manager, Unset):
            service_manager = self.service_manager.to_dict()

        perf_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perf_manager, Unset):
            perf_manager = self.perf_manager.to_dict()

        scheduled_task_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_task_manager, Unset):
            scheduled_task_manager = self.scheduled_task_manager.to_dict()

        alarm_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alarm_manager, Unset):
            alarm_manager = self.alarm_manager.to_dict()

        event_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_manager, Unset):
            event_manager = self.event_manager.to_dict()

        task_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_manager, Unset):
            task_manager = self.task_manager.to_dict()

        extension_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extension_manager, Unset):
            extension_manager = self.extension_manager.to_dict()

        customization_spec_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customization_spec_manager, Unset):
            customization_spec_manager = self.customization_spec_manager.to_dict()

        guest_customization_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest_customization_manager, Unset):
            guest_customization_manager = self.guest_customization_manager.to_dict()

        custom_fields_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields_manager, Unset):
            custom_fields_manager = self.custom_fields_manager.to_dict()

        account_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_manager, Unset):
            account_manager = self.account_manager.to_dict()

        diagnostic_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diagnostic_manager, Unset):
            diagnostic_manager = self.diagnostic_manager.to_dict()

        license_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_manager, Unset):
            license_manager = self.license_manager.to_dict()

        search_index: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_index, Unset):
            search_index = self.search_index.to_dict()

        file_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_manager, Unset):
            file_manager = self.file_manager.to_dict()

        datastore_namespace_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datastore_namespace_manager, Unset):
            datastore_namespace_manager = self.datastore_namespace_manager.to_dict()

        virtual_disk_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.virtual_disk_manager, Unset):
            virtual_disk_manager = self.virtual_disk_manager.to_dict()

        virtualization_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.virtualization_manager, Unset):
            virtualization_manager = self.virtualization_manager.to_dict()

        snmp_system: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snmp_system, Unset):
            snmp_system = self.snmp_system.to_dict()

        vm_provisioning_checker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vm_provisioning_checker, Unset):
            vm_provisioning_checker = self.vm_provisioning_checker.to_dict()

        vm_compatibility_checker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vm_compatibility_checker, Unset):
            vm_compatibility_checker = self.vm_compatibility_checker.to_dict()

        ovf_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ovf_manager, Unset):
            ovf_manager = self.ovf_manager.to_dict()

        ip_pool_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_pool_manager, Unset):
            ip_pool_manager = self.ip_pool_manager.to_dict()

        dv_switch_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dv_switch_manager, Unset):
            dv_switch_manager = self.dv_switch_manager.to_dict()

        host_profile_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_profile_manager, Unset):
            host_profile_manager = self.host_profile_manager.to_dict()

        cluster_profile_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_profile_manager, Unset):
            cluster_profile_manager = self.cluster_profile_manager.to_dict()

        compliance_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compliance_manager, Unset):
            compliance_manager = self.compliance_manager.to_dict()

        localization_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.localization_manager, Unset):
            localization_manager = self.localization_manager.to_dict()

        storage_resource_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_resource_manager, Unset):
            storage_resource_manager = self.storage_resource_manager.to_dict()

        guest_operations_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest_operations_manager, Unset):
            guest_operations_manager = self.guest_operations_manager.to_dict()

        overhead_memory_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.overhead_memory_manager, Unset):
            overhead_memory_manager = self.overhead_memory_manager.to_dict()

        certificate_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate_manager, Unset):
            certificate_manager = self.certificate_manager.to_dict()

        io_filter_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.io_filter_manager, Unset):
            io_filter_manager = self.io_filter_manager.to_dict()

        v_storage_object_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.v_storage_object_manager, Unset):
            v_storage_object_manager = self.v_storage_object_manager.to_dict()

        host_spec_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_spec_manager, Unset):
            host_spec_manager = self.host_spec_manager.to_dict()

        crypto_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crypto_manager, Unset):
            crypto_manager = self.crypto_manager.to_dict()

        health_update_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health_update_manager, Unset):
            health_update_manager = self.health_update_manager.to_dict()

        failover_cluster_configurator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failover_cluster_configurator, Unset):
            failover_cluster_configurator = self.failover_cluster_configurator.to_dict()

        failover_cluster_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failover_cluster_manager, Unset):
            failover_cluster_manager = self.failover_cluster_manager.to_dict()

        tenant_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tenant_manager, Unset):
            tenant_manager = self.tenant_manager.to_dict()

        site_info_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site_info_manager, Unset):
            site_info_manager = self.site_info_manager.to_dict()

        storage_query_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_query_manager, Unset):
            storage_query_manager = self.storage_query_manager.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "rootFolder": root_folder,
                "propertyCollector": property_collector,
                "about": about,
            }
        )
        if view_manager is not UNSET:
            field_dict["viewManager"] = view_manager
        if setting is not UNSET:
            field_dict["setting"] = setting
        if user_directory is not UNSET:
            field_dict["userDirectory"] = user_directory
        if session_manager is not UNSET:
            field_dict["sessionManager"] = session_manager
        if authorization_manager is not UNSET:
            field_dict["authorizationManager"] = authorization_manager
        if service_manager is not UNSET:
            field_dict["serviceManager"] = service_manager
        if perf_manager is not UNSET:
            field_dict["perfManager"] = perf_manager
        if scheduled_task_manager is not UNSET:
            field_dict["scheduledTaskManager"] = scheduled_task_manager
        if alarm_manager is not UNSET:
            field_dict["alarmManager"] = alarm_manager
        if event_manager is not UNSET:
            field_dict["eventManager"] = event_manager
        if task_manager is not UNSET:
            field_dict["taskManager"] = task_manager
        if extension_manager is not UNSET:
            field_dict["extensionManager"] = extension_manager
        if customization_spec_manager is not UNSET:
            field_dict["customizationSpecManager"] = customization_spec_manager
        if guest_customization_manager is not UNSET:
            field_dict["guestCustomizationManager"] = guest_customization_manager
        if custom_fields_manager is not UNSET:
            field_dict["customFieldsManager"] = custom_fields_manager
        if account_manager is not UNSET:
            field_dict["accountManager"] = account_manager
        if diagnostic_manager is not UNSET:
            field_dict["diagnosticManager"] = diagnostic_manager
        if license_manager is not UNSET:
            field_dict["licenseManager"] = license_manager
        if search_index is not UNSET:
            field_dict["searchIndex"] = search_index
        if file_manager is not UNSET:
            field_dict["fileManager"] = file_manager
        if datastore_namespace_manager is not UNSET:
            field_dict["datastoreNamespaceManager"] = datastore_namespace_manager
        if virtual_disk_manager is not UNSET:
            field_dict["virtualDiskManager"] = virtual_disk_manager
        if virtualization_manager is not UNSET:
            field_dict["virtualizationManager"] = virtualization_manager
        if snmp_system is not UNSET:
            field_dict["snmpSystem"] = snmp_system
        if vm_provisioning_checker is not UNSET:
            field_dict["vmProvisioningChecker"] = vm_provisioning_checker
        if vm_compatibility_checker is not UNSET:
            field_dict["vmCompatibilityChecker"] = vm_compatibility_checker
        if ovf_manager is not UNSET:
            field_dict["ovfManager"] = ovf_manager
        if ip_pool_manager is not UNSET:
            field_dict["ipPoolManager"] = ip_pool_manager
        if dv_switch_manager is not UNSET:
            field_dict["dvSwitchManager"] = dv_switch_manager
        if host_profile_manager is not UNSET:
            field_dict["hostProfileManager"] = host_profile_manager
        if cluster_profile_manager is not UNSET:
            field_dict["clusterProfileManager"] = cluster_profile_manager
        if compliance_manager is not UNSET:
            field_dict["complianceManager"] = compliance_manager
        if localization_manager is not UNSET:
            field_dict["localizationManager"] = localization_manager
        if storage_resource_manager is not UNSET:
            field_dict["storageResourceManager"] = storage_resource_manager
        if guest_operations_manager is not UNSET:
            field_dict["guestOperationsManager"] = guest_operations_manager
        if overhead_memory_manager is not UNSET:
            field_dict["overheadMemoryManager"] = overhead_memory_manager
        if certificate_manager is not UNSET:
            field_dict["certificateManager"] = certificate_manager
        if io_filter_manager is not UNSET:
            field_dict["ioFilterManager"] = io_filter_manager
        if v_storage_object_manager is not UNSET:
            field_dict["vStorageObjectManager"] = v_storage_object_manager
        if host_spec_manager is not UNSET:
            field_dict["hostSpecManager"] = host_spec_manager
        if crypto_manager is not UNSET:
            field_dict["cryptoManager"] = crypto_manager
        if health_update_manager is not UNSET:
            field_dict["healthUpdateManager"] = health_update_manager
        if failover_cluster_configurator is not UNSET:
            field_dict["failoverClusterConfigurator"] = failover_cluster_configurator
        if failover_cluster_manager is not UNSET:
            field_dict["failoverClusterManager"] = failover_cluster_manager
        if tenant_manager is not UNSET:
            field_dict["tenantManager"] = tenant_manager
        if site_info_manager is not UNSET:
            field_dict["siteInfoManager"] = site_info_manager
        if storage_query_manager is not UNSET:
            field_dict["storageQueryManager"] = storage_query_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.about_info import AboutInfo  # noqa: PLC0415
        from ..models.managed_object_reference import ManagedObjectReference  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        root_folder = ManagedObjectReference.from_dict(d.pop("rootFolder"))

        property_collector = ManagedObjectReference.from_dict(d.pop("propertyCollector"))

        about = AboutInfo.from_dict(d.pop("about"))

        _view_manager = d.pop("viewManager", UNSET)
        view_manager: ManagedObjectReference | Unset
        if isinstance(_view_manager, Unset):
            view_manager = UNSET
        else:
            view_manager = ManagedObjectReference.from_dict(_view_manager)

        _setting = d.pop("setting", UNSET)
        setting: ManagedObjectReference | Unset
        if isinstance(_setting, Unset):
            setting = UNSET
        else:
            setting = ManagedObjectReference.from_dict(_setting)

        _user_directory = d.pop("userDirectory", UNSET)
        user_directory: ManagedObjectReference | Unset
        if isinstance(_user_directory, Unset):
            user_directory = UNSET
        else:
            user_directory = ManagedObjectReference.from_dict(_user_directory)

        _session_manager = d.pop("sessionManager", UNSET)
        session_manager: ManagedObjectReference | Unset
        if isinstance(_session_manager, Unset):
            session_manager = UNSET
        else:
            session_manager = ManagedObjectReference.from_dict(_session_manager)

        _authorization_manager = d.pop("authorizationManager", UNSET)
        authorization_manager: ManagedObjectReference | Unset
        if isinstance(_authorization_manager, Unset):
            authorization_manager = UNSET
        else:
            authorization_manager = ManagedObjectReference.from_dict(_authorization_manager)

        _service_manager = d.pop("serviceManager", UNSET)
        service_manager: ManagedObjectReference | Unset
        if isinstance(_service_manager, Unset):
            service_manager = UNSET
        else:
            service_manager = ManagedObjectReference.from_dict(_service_manager)

        _perf_manager = d.pop("perfManager", UNSET)
        perf_manager: ManagedObjectReference | Unset
        if isinstance(_perf_manager, Unset):
            perf_manager = UNSET
        else:
            perf_manager = ManagedObjectReference.from_dict(_perf_manager)

        _scheduled_task_manager = d.pop("scheduledTaskManager", UNSET)
        scheduled_task_manager: ManagedObjectReference | Unset
        if isinstance(_scheduled_task_manager, Unset):
            scheduled_task_manager = UNSET
        else:
            scheduled_task_manager = ManagedObjectReference.from_dict(_scheduled_task_manager)

        _alarm_manager = d.pop("alarmManager", UNSET)
        alarm_manager: ManagedObjectReference | Unset
        if isinstance(_alarm_manager, Unset):
            alarm_manager = UNSET
        else:
            alarm_manager = ManagedObjectReference.from_dict(_alarm_manager)

        _event_manager = d.pop("eventManager", UNSET)
        event_manager: ManagedObjectReference | Unset
        if isinstance(_event_manager, Unset):
            event_manager = UNSET
        else:
            event_manager = ManagedObjectReference.from_dict(_event_manager)

        _task_manager = d.pop("taskManager", UNSET)
        task_manager: ManagedObjectReference | Unset
        if isinstance(_task_manager, Unset):
            task_manager = UNSET
        else:
            task_manager = ManagedObjectReference.from_dict(_task_manager)

        _extension_manager = d.pop("extensionManager", UNSET)
        extension_manager: ManagedObjectReference | Unset
        if isinstance(_extension_manager, Unset):
            extension_manager = UNSET
        else:
            extension_manager = ManagedObjectReference.from_dict(_extension_manager)

        _customization_spec_manager = d.pop("customizationSpecManager", UNSET)
        customization_spec_manager: ManagedObjectReference | Unset
        if isinstance(_customization_spec_manager, Unset):
            customization_spec_manager = UNSET
        else:
            customization_spec_manager = ManagedObjectReference.from_dict(_customization_spec_manager)

        _guest_customization_manager = d.pop("guestCustomizationManager", UNSET)
        guest_customization_manager: ManagedObjectReference | Unset
        if isinstance(_guest_customization_manager, Unset):
            guest_customization_manager = UNSET
        else:
            guest_customization_manager = ManagedObjectReference.from_dict(_guest_customization_manager)

        _custom_fields_manager = d.pop("customFieldsManager", UNSET)
        custom_fields_manager: ManagedObjectReference | Unset
        if isinstance(_custom_fields_manager, Unset):
            custom_fields_manager = UNSET
        else:
            custom_fields_manager = ManagedObjectReference.from_dict(_custom_fields_manager)

        _account_manager = d.pop("accountManager", UNSET)
        account_manager: ManagedObjectReference | Unset
        if isinstance(_account_manager, Unset):
            account_manager = UNSET
        else:
            account_manager = ManagedObjectReference.from_dict(_account_manager)

        _diagnostic_manager = d.pop("diagnosticManager", UNSET)
        diagnostic_manager: ManagedObjectReference | Unset
        if isinstance(_diagnostic_manager, Unset):
            diagnostic_manager = UNSET
        else:
            diagnostic_manager = ManagedObjectReference.from_dict(_diagnostic_manager)

        _license_manager = d.pop("licenseManager", UNSET)
        license_manager: ManagedObjectReference | Unset
        if isinstance(_license_manager, Unset):
            license_manager = UNSET
        else:
            license_manager = ManagedObjectReference.from_dict(_license_manager)

        _search_index = d.pop("searchIndex", UNSET)
        search_index: ManagedObjectReference | Unset
        if isinstance(_search_index, Unset):
            search_index = UNSET
        else:
            search_index = ManagedObjectReference.from_dict(_search_index)

        _file_manager = d.pop("fileManager", UNSET)
        file_manager: ManagedObjectReference | Unset
        if isinstance(_file_manager, Unset):
            file_manager = UNSET
        else:
            file_manager = ManagedObjectReference.from_dict(_file_manager)

        _datastore_namespace_manager = d.pop("datastoreNamespaceManager", UNSET)
        datastore_namespace_manager: ManagedObjectReference | Unset
        if isinstance(_datastore_namespace_manager, Unset):
            datastore_namespace_manager = UNSET
        else:
            datastore_namespace_manager = ManagedObjectReference.from_dict(_datastore_namespace_manager)

        _virtual_disk_manager = d.pop("virtualDiskManager", UNSET)
        virtual_disk_manager: ManagedObjectReference | Unset
        if isinstance(_virtual_disk_manager, Unset):
            virtual_disk_manager = UNSET
        else:
            virtual_disk_manager = ManagedObjectReference.from_dict(_virtual_disk_manager)

        _virtualization_manager = d.pop("virtualizationManager", UNSET)
        virtualization_manager: ManagedObjectReference | Unset
        if isinstance(_virtualization_manager, Unset):
            virtualization_manager = UNSET
        else:
            virtualization_manager = ManagedObjectReference.from_dict(_virtualization_manager)

        _snmp_system = d.pop("snmpSystem", UNSET)
        snmp_system: ManagedObjectReference | Unset
        if isinstance(_snmp_system, Unset):
            snmp_system = UNSET
        else:
            snmp_system = ManagedObjectReference.from_dict(_snmp_system)

        _vm_provisioning_checker = d.pop("vmProvisioningChecker", UNSET)
        vm_provisioning_checker: ManagedObjectReference | Unset
        if isinstance(_vm_provisioning_checker, Unset):
            vm_provisioning_checker = UNSET
        else:
            vm_provisioning_checker = ManagedObjectReference.from_dict(_vm_provisioning_checker)

        _vm_compatibility_checker = d.pop("vmCompatibilityChecker", UNSET)
        vm_compatibility_checker: ManagedObjectReference | Unset
        if isinstance(_vm_compatibility_checker, Unset):
            vm_compatibility_checker = UNSET
        else:
            vm_compatibility_checker = ManagedObjectReference.from_dict(_vm_compatibility_checker)

        _ovf_manager = d.pop("ovfManager", UNSET)
        ovf_manager: ManagedObjectReference | Unset
        if isinstance(_ovf_manager, Unset):
            ovf_manager = UNSET
        else:
            ovf_manager = ManagedObjectReference.from_dict(_ovf_manager)

        _ip_pool_manager = d.pop("ipPoolManager", UNSET)
        ip_pool_manager: ManagedObjectReference | Unset
        if isinstance(_ip_pool_manager, Unset):
            ip_pool_manager = UNSET
        else:
            ip_pool_manager = ManagedObjectReference.from_dict(_ip_pool_manager)

        _dv_switch_manager = d.pop("dvSwitchManager", UNSET)
        dv_switch_manager: ManagedObjectReference | Unset
        if isinstance(_dv_switch_manager, Unset):
            dv_switch_manager = UNSET
        else:
            dv_switch_manager = ManagedObjectReference.from_dict(_dv_switch_manager)

        _host_profile_manager = d.pop("hostProfileManager", UNSET)
        host_profile_manager: ManagedObjectReference | Unset
        if isinstance(_host_profile_manager, Unset):
            host_profile_manager = UNSET
        else:
            host_profile_manager = ManagedObjectReference.from_dict(_host_profile_manager)

        _cluster_profile_manager = d.pop("clusterProfileManager", UNSET)
        cluster_profile_manager: ManagedObjectReference | Unset
        if isinstance(_cluster_profile_manager, Unset):
            cluster_profile_manager = UNSET
        else:
            cluster_profile_manager = ManagedObjectReference.from_dict(_cluster_profile_manager)

        _compliance_manager = d.pop("complianceManager", UNSET)
        compliance_manager: ManagedObjectReference | Unset
        if isinstance(_compliance_manager, Unset):
            compliance_manager = UNSET
        else:
            compliance_manager = ManagedObjectReference.from_dict(_compliance_manager)

        _localization_manager = d.pop("localizationManager", UNSET)
        localization_manager: ManagedObjectReference | Unset
        if isinstance(_localization_manager, Unset):
            localization_manager = UNSET
        else:
            localization_manager = ManagedObjectReference.from_dict(_localization_manager)

        _storage_resource_manager = d.pop("storageResourceManager", UNSET)
        storage_resource_manager: ManagedObjectReference | Unset
        if isinstance(_storage_resource_manager, Unset):
            storage_resource_manager = UNSET
        else:
            storage_resource_manager = ManagedObjectReference.from_dict(_storage_resource_manager)

        _guest_operations_manager = d.pop("guestOperationsManager", UNSET)
        guest_operations_manager: ManagedObjectReference | Unset
        if isinstance(_guest_operations_manager, Unset):
            guest_operations_manager = UNSET
        else:
            guest_operations_manager = ManagedObjectReference.from_dict(_guest_operations_manager)

        _overhead_memory_manager = d.pop("overheadMemoryManager", UNSET)
        overhead_memory_manager: ManagedObjectReference | Unset
        if isinstance(_overhead_memory_manager, Unset):
            overhead_memory_manager = UNSET
        else:
            overhead_memory_manager = ManagedObjectReference.from_dict(_overhead_memory_manager)

        _certificate_manager = d.pop("certificateManager", UNSET)
        certificate_manager: ManagedObjectReference | Unset
        if isinstance(_certificate_manager, Unset):
            certificate_manager = UNSET
        else:
            certificate_manager = ManagedObjectReference.from_dict(_certificate_manager)

        _io_filter_manager = d.pop("ioFilterManager", UNSET)
        io_filter_manager: ManagedObjectReference | Unset
        if isinstance(_io_filter_manager, Unset):
            io_filter_manager = UNSET
        else:
            io_filter_manager = ManagedObjectReference.from_dict(_io_filter_manager)

        _v_storage_object_manager = d.pop("vStorageObjectManager", UNSET)
        v_storage_object_manager: ManagedObjectReference | Unset
        if isinstance(_v_storage_object_manager, Unset):
            v_storage_object_manager = UNSET
        else:
            v_storage_object_manager = ManagedObjectReference.from_dict(_v_storage_object_manager)

        _host_spec_manager = d.pop("hostSpecManager", UNSET)
        host_spec_manager: ManagedObjectReference | Unset
        if isinstance(_host_spec_manager, Unset):
            host_spec_manager = UNSET
        else:
            host_spec_manager = ManagedObjectReference.from_dict(_host_spec_manager)

        _crypto_manager = d.pop("cryptoManager", UNSET)
        crypto_manager: ManagedObjectReference | Unset
        if isinstance(_crypto_manager, Unset):
            crypto_manager = UNSET
        else:
            crypto_manager = ManagedObjectReference.from_dict(_crypto_manager)

        _health_update_manager = d.pop("healthUpdateManager", UNSET)
        health_update_manager: ManagedObjectReference | Unset
        if isinstance(_health_update_manager, Unset):
            health_update_manager = UNSET
        else:
            health_update_manager = ManagedObjectReference.from_dict(_health_update_manager)

        _failover_cluster_configurator = d.pop("failoverClusterConfigurator", UNSET)
        failover_cluster_configurator: ManagedObjectReference | Unset
        if isinstance(_failover_cluster_configurator, Unset):
            failover_cluster_configurator = UNSET
        else:
            failover_cluster_configurator = ManagedObjectReference.from_dict(_failover_cluster_configurator)

        _failover_cluster_manager = d.pop("failoverClusterManager", UNSET)
        failover_cluster_manager: ManagedObjectReference | Unset
        if isinstance(_failover_cluster_manager, Unset):
            failover_cluster_manager = UNSET
        else:
            failover_cluster_manager = ManagedObjectReference.from_dict(_failover_cluster_manager)

        _tenant_manager = d.pop("tenantManager", UNSET)
        tenant_manager: ManagedObjectReference | Unset
        if isinstance(_tenant_manager, Unset):
            tenant_manager = UNSET
        else:
            tenant_manager = ManagedObjectReference.from_dict(_tenant_manager)

        _site_info_manager = d.pop("siteInfoManager", UNSET)
        site_info_manager: ManagedObjectReference | Unset
        if isinstance(_site_info_manager, Unset):
            site_info_manager = UNSET
        else:
            site_info_manager = ManagedObjectReference.from_dict(_site_info_manager)

        _storage_query_manager = d.pop("storageQueryManager", UNSET)
        storage_query_manager: ManagedObjectReference | Unset
        if isinstance(_storage_query_manager, Unset):
            storage_query_manager = UNSET
        else:
            storage_query_manager = ManagedObjectReference.from_dict(_storage_query_manager)

        service_content = cls(
            field_type_name=field_type_name,
            root_folder=root_folder,
            property_collector=property_collector,
            about=about,
            view_manager=view_manager,
            setting=setting,
            user_directory=user_directory,
            session_manager=session_manager,
            authorization_manager=authorization_manager,
            service_manager=service_manager,
            perf_manager=perf_manager,
            scheduled_task_manager=scheduled_task_manager,
            alarm_manager=alarm_manager,
            event_manager=event_manager,
            task_manager=task_manager,
            extension_manager=extension_manager,
            customization_spec_manager=customization_spec_manager,
            guest_customization_manager=guest_customization_manager,
            custom_fields_manager=custom_fields_manager,
            account_manager=account_manager,
            diagnostic_manager=diagnostic_manager,
            license_manager=license_manager,
            search_index=search_index,
            file_manager=file_manager,
            datastore_namespace_manager=datastore_namespace_manager,
            virtual_disk_manager=virtual_disk_manager,
            virtualization_manager=virtualization_manager,
            snmp_system=snmp_system,
            vm_provisioning_checker=vm_provisioning_checker,
            vm_compatibility_checker=vm_compatibility_checker,
            ovf_manager=ovf_manager,
            ip_pool_manager=ip_pool_manager,
            dv_switch_manager=dv_switch_manager,
            host_profile_manager=host_profile_manager,
            cluster_profile_manager=cluster_profile_manager,
            compliance_manager=compliance_manager,
            localization_manager=localization_manager,
            storage_resource_manager=storage_resource_manager,
            guest_operations_manager=guest_operations_manager,
            overhead_memory_manager=overhead_memory_manager,
            certificate_manager=certificate_manager,
            io_filter_manager=io_filter_manager,
            v_storage_object_manager=v_storage_object_manager,
            host_spec_manager=host_spec_manager,
            crypto_manager=crypto_manager,
            health_update_manager=health_update_manager,
            failover_cluster_configurator=failover_cluster_configurator,
            failover_cluster_manager=failover_cluster_manager,
            tenant_manager=tenant_manager,
            site_info_manager=site_info_manager,
            storage_query_manager=storage_query_manager,
        )

        service_content.additional_properties = d
        return service_content

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
