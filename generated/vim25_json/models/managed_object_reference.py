from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define

from ..models.mo_types_enum import MoTypesEnum
from ..models.vim_any import VimAny


@_attrs_define(kw_only=True, repr=False)
class ManagedObjectReference(VimAny):
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
            value (str): A unique identifier (within this vCenter Server instance) for a specific managed object such as `group-d1` or
                `vm-015` or `ServiceInstance`.
    """

    _vim_type: ClassVar[str] = "ManagedObjectReference"
    _vim_tag: ClassVar[str | None] = "ManagedObjectReference"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("type", "type_", "MoTypes_enum", True),
        ("value", "value", "string", True),
    )

    type_: MoTypesEnum
    value: str
