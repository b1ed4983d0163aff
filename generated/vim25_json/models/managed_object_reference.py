from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mo_types_enum import MoTypesEnum

T = TypeVar("T", bound="ManagedObjectReference")


@_attrs_define
class ManagedObjectReference:
    """The ManagedObjectReference data object type is a special-purpose data object. Commonly referred to as simply a
    "reference", "MoRef", "MOR", or other variations of this theme, instances of managed object references contain data
    that identifies specific server-side managed objects. Managed object references are typically one of the return
    types from a method invocation.

    Managed object references are client application references to server-side managed objects. The client application
    uses ManagedObjectReference objects when it invokes operations on a server. A ManagedObjectReference is guaranteed
    to be unique and persistent during an object's lifetime. The reference persists after an object has moved within the
    inventory, across sessions, and across server restarts. If you remove an object, for example, a virtual machine,
    from the inventory, and then put it back, the reference changes.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            type_ (MoTypesEnum): Possible values:
                - `Alarm`
                - `AlarmManager`
                - `AuthorizationManager`
                - `CertificateManager`
                - `ClusterComputeResource`
                - `ClusterEVCManager`
                - `ClusterProfile`
                - `ClusterProfileManager`
                - `ComputeResource`
                - `ContainerView`
                - `CryptoManager`
                - `CryptoManagerHost`
                - `CryptoManagerHostKMS`
                - `CryptoManagerKmip`
                - `CustomFieldsManager`
                - `CustomizationSpecManager`
                - `Datacenter`
                - `Datastore`
                - `DatastoreNamespaceManager`
                - `DiagnosticManager`
                - `DistributedVirtualPortgroup`
                - `DistributedVirtualSwitch`
                - `DistributedVirtualSwitchManager`
                - `EnvironmentBrowser`
                - `EventHistoryCollector`
                - `EventManager`
                - `ExtensibleManagedObject`
                - `ExtensionManager`
                - `FailoverClusterConfigurator`
                - `FailoverClusterManager`
                - `FileManager`
                - `Folder`
                - `GuestAliasManager`
                - `GuestAuthManager`
                - `GuestFileManager`
                - `GuestOperationsManager`
                - `GuestProcessManager`
                - `GuestWindowsRegistryManager`
                - `HealthUpdateManager`
                - `HistoryCollector`
                - `HostAccessManager`
                - `HostActiveDirectoryAuthentication`
                - `HostAssignableHardwareManager`
                - `HostAuthenticationManager`
                - `HostAuthenticationStore`
                - `HostAutoStartManager`
                - `HostBootDeviceSystem`
                - `HostCacheConfigurationManager`
                - `HostCertificateManager`
                - `HostCpuSchedulerSystem`
                - `HostDatastoreBrowser`
                - `HostDatastoreSystem`
                - `HostDateTimeSystem`
                - `HostDiagnosticSystem`
                - `HostDirectoryStore`
                - `HostEsxAgentHostManager`
                - `HostFirewallSystem`
                - `HostFirmwareSystem`
                - `HostGraphicsManager`
                - `HostHealthStatusSystem`
                - `HostImageConfigManager`
                - `HostKernelModuleSystem`
                - `HostLocalAccountManager`
                - `HostLocalAuthentication`
                - `HostMemorySystem`
                - `HostNetworkSystem`
                - `HostNvdimmSystem`
                - `HostPatchManager`
                - `HostPciPassthruSystem`
                - `HostPowerSystem`
                - `HostProfile`
                - `HostProfileManager`
                - `HostServiceSystem`
                - `HostSnmpSystem`
                - `HostSpecificationManager`
                - `HostStorageSystem`
                - `HostSystem`
                - `HostVFlashManager`
                - `HostVMotionSystem`
                - `HostVStorageObjectManager`
                - `HostVirtualNicManager`
                - `HostVsanInternalSystem`
                - `HostVsanSystem`
                - `HttpNfcLease`
                - `InventoryView`
                - `IoFilterManager`
                - `IpPoolManager`
                - `IscsiManager`
                - `LicenseAssignmentManager`
                - `LicenseManager`
                - `ListView`
                - `LocalizationManager`
                - `ManagedEntity`
                - `ManagedObject`
                - `ManagedObjectView`
                - `MessageBusProxy`
                - `Network`
                - `OpaqueNetwork`
                - `OptionManager`
                - `OverheadMemoryManager`
                - `OvfManager`
                - `PerformanceManager`
                - `Profile`
                - `ProfileComplianceManager`
                - `ProfileManager`
                - `PropertyCollector`
                - `PropertyFilter`
                - `ResourcePlanningManager`
                - `ResourcePool`
                - `ScheduledTask`
                - `ScheduledTaskManager`
                - `SearchIndex`
                - `ServiceInstance`
                - `ServiceManager`
                - `SessionManager`
                - `SimpleCommand`
                - `SiteInfoManager`
                - `StoragePod`
                - `StorageQueryManager`
                - `StorageResourceManager`
                - `Task`
                - `TaskHistoryCollector`
                - `TaskManager`
                - `TenantTenantManager`
                - `UserDirectory`
                - `VStorageObjectManagerBase`
                - `VcenterVStorageObjectManager`
                - `View`
                - `ViewManager`
                - `VirtualApp`
                - `VirtualDiskManager`
                - `VirtualMachine`
                - `VirtualMachineCompatibilityChecker`
                - `VirtualMachineGuestCustomizationManager`
                - `VirtualMachineProvisioningChecker`
                - `VirtualMachineSnapshot`
                - `VirtualizationManager`
                - `VmwareDistributedVirtualSwitch`
                - `VsanUpgradeSystem`
            value (str): A unique identifier (within this vCenter Server instance) for a specific managed object such as
                `group-d1` or `vm-015` or `ServiceInstance`.
    """

    field_type_name: str
    type_: MoTypesEnum
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        type_ = MoTypesEnum(d.pop("type"))

        value = d.pop("value")

        managed_object_reference = cls(
            field_type_name=field_type_name,
            type_=type_,
            value=value,
        )

        managed_object_reference.additional_properties = d
        return managed_object_reference

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
