from ..vmodl import OpenStrEnum


class MoTypesEnum(OpenStrEnum):
    """Possible values:
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


        Open to newer servers: a value this release does not list decodes as a pseudo member with
        `is_known` False and re-encodes unchanged.
    """

    ALARM = "Alarm"
    ALARMMANAGER = "AlarmManager"
    AUTHORIZATIONMANAGER = "AuthorizationManager"
    CERTIFICATEMANAGER = "CertificateManager"
    CLUSTERCOMPUTERESOURCE = "ClusterComputeResource"
    CLUSTEREVCMANAGER = "ClusterEVCManager"
    CLUSTERPROFILE = "ClusterProfile"
    CLUSTERPROFILEMANAGER = "ClusterProfileManager"
    COMPUTERESOURCE = "ComputeResource"
    CONTAINERVIEW = "ContainerView"
    CRYPTOMANAGER = "CryptoManager"
    CRYPTOMANAGERHOST = "CryptoManagerHost"
    CRYPTOMANAGERHOSTKMS = "CryptoManagerHostKMS"
    CRYPTOMANAGERKMIP = "CryptoManagerKmip"
    CUSTOMFIELDSMANAGER = "CustomFieldsManager"
    CUSTOMIZATIONSPECMANAGER = "CustomizationSpecManager"
    DATACENTER = "Datacenter"
    DATASTORE = "Datastore"
    DATASTORENAMESPACEMANAGER = "DatastoreNamespaceManager"
    DIAGNOSTICMANAGER = "DiagnosticManager"
    DISTRIBUTEDVIRTUALPORTGROUP = "DistributedVirtualPortgroup"
    DISTRIBUTEDVIRTUALSWITCH = "DistributedVirtualSwitch"
    DISTRIBUTEDVIRTUALSWITCHMANAGER = "DistributedVirtualSwitchManager"
    ENVIRONMENTBROWSER = "EnvironmentBrowser"
    EVENTHISTORYCOLLECTOR = "EventHistoryCollector"
    EVENTMANAGER = "EventManager"
    EXTENSIBLEMANAGEDOBJECT = "ExtensibleManagedObject"
    EXTENSIONMANAGER = "ExtensionManager"
    FAILOVERCLUSTERCONFIGURATOR = "FailoverClusterConfigurator"
    FAILOVERCLUSTERMANAGER = "FailoverClusterManager"
    FILEMANAGER = "FileManager"
    FOLDER = "Folder"
    GUESTALIASMANAGER = "GuestAliasManager"
    GUESTAUTHMANAGER = "GuestAuthManager"
    GUESTFILEMANAGER = "GuestFileManager"
    GUESTOPERATIONSMANAGER = "GuestOperationsManager"
    GUESTPROCESSMANAGER = "GuestProcessManager"
    GUESTWINDOWSREGISTRYMANAGER = "GuestWindowsRegistryManager"
    HEALTHUPDATEMANAGER = "HealthUpdateManager"
    HISTORYCOLLECTOR = "HistoryCollector"
    HOSTACCESSMANAGER = "HostAccessManager"
    HOSTACTIVEDIRECTORYAUTHENTICATION = "HostActiveDirectoryAuthentication"
    HOSTASSIGNABLEHARDWAREMANAGER = "HostAssignableHardwareManager"
    HOSTAUTHENTICATIONMANAGER = "HostAuthenticationManager"
    HOSTAUTHENTICATIONSTORE = "HostAuthenticationStore"
    HOSTAUTOSTARTMANAGER = "HostAutoStartManager"
    HOSTBOOTDEVICESYSTEM = "HostBootDeviceSystem"
    HOSTCACHECONFIGURATIONMANAGER = "HostCacheConfigurationManager"
    HOSTCERTIFICATEMANAGER = "HostCertificateManager"
    HOSTCPUSCHEDULERSYSTEM = "HostCpuSchedulerSystem"
    HOSTDATASTOREBROWSER = "HostDatastoreBrowser"
    HOSTDATASTORESYSTEM = "HostDatastoreSystem"
    HOSTDATETIMESYSTEM = "HostDateTimeSystem"
    HOSTDIAGNOSTICSYSTEM = "HostDiagnosticSystem"
    HOSTDIRECTORYSTORE = "HostDirectoryStore"
    HOSTESXAGENTHOSTMANAGER = "HostEsxAgentHostManager"
    HOSTFIREWALLSYSTEM = "HostFirewallSystem"
    HOSTFIRMWARESYSTEM = "HostFirmwareSystem"
    HOSTGRAPHICSMANAGER = "HostGraphicsManager"
    HOSTHEALTHSTATUSSYSTEM = "HostHealthStatusSystem"
    HOSTIMAGECONFIGMANAGER = "HostImageConfigManager"
    HOSTKERNELMODULESYSTEM = "HostKernelModuleSystem"
    HOSTLOCALACCOUNTMANAGER = "HostLocalAccountManager"
    HOSTLOCALAUTHENTICATION = "HostLocalAuthentication"
    HOSTMEMORYSYSTEM = "HostMemorySystem"
    HOSTNETWORKSYSTEM = "HostNetworkSystem"
    HOSTNVDIMMSYSTEM = "HostNvdimmSystem"
    HOSTPATCHMANAGER = "HostPatchManager"
    HOSTPCIPASSTHRUSYSTEM = "HostPciPassthruSystem"
    HOSTPOWERSYSTEM = "HostPowerSystem"
    HOSTPROFILE = "HostProfile"
    HOSTPROFILEMANAGER = "HostProfileManager"
    HOSTSERVICESYSTEM = "HostServiceSystem"
    HOSTSNMPSYSTEM = "HostSnmpSystem"
    HOSTSPECIFICATIONMANAGER = "HostSpecificationManager"
    HOSTSTORAGESYSTEM = "HostStorageSystem"
    HOSTSYSTEM = "HostSystem"
    HOSTVFLASHMANAGER = "HostVFlashManager"
    HOSTVIRTUALNICMANAGER = "HostVirtualNicManager"
    HOSTVMOTIONSYSTEM = "HostVMotionSystem"
    HOSTVSANINTERNALSYSTEM = "HostVsanInternalSystem"
    HOSTVSANSYSTEM = "HostVsanSystem"
    HOSTVSTORAGEOBJECTMANAGER = "HostVStorageObjectManager"
    HTTPNFCLEASE = "HttpNfcLease"
    INVENTORYVIEW = "InventoryView"
    IOFILTERMANAGER = "IoFilterManager"
    IPPOOLMANAGER = "IpPoolManager"
    ISCSIMANAGER = "IscsiManager"
    LICENSEASSIGNMENTMANAGER = "LicenseAssignmentManager"
    LICENSEMANAGER = "LicenseManager"
    LISTVIEW = "ListView"
    LOCALIZATIONMANAGER = "LocalizationManager"
    MANAGEDENTITY = "ManagedEntity"
    MANAGEDOBJECT = "ManagedObject"
    MANAGEDOBJECTVIEW = "ManagedObjectView"
    MESSAGEBUSPROXY = "MessageBusProxy"
    NETWORK = "Network"
    OPAQUENETWORK = "OpaqueNetwork"
    OPTIONMANAGER = "OptionManager"
    OVERHEADMEMORYMANAGER = "OverheadMemoryManager"
    OVFMANAGER = "OvfManager"
    PERFORMANCEMANAGER = "PerformanceManager"
    PROFILE = "Profile"
    PROFILECOMPLIANCEMANAGER = "ProfileComplianceManager"
    PROFILEMANAGER = "ProfileManager"
    PROPERTYCOLLECTOR = "PropertyCollector"
    PROPERTYFILTER = "PropertyFilter"
    RESOURCEPLANNINGMANAGER = "ResourcePlanningManager"
    RESOURCEPOOL = "ResourcePool"
    SCHEDULEDTASK = "ScheduledTask"
    SCHEDULEDTASKMANAGER = "ScheduledTaskManager"
    SEARCHINDEX = "SearchIndex"
    SERVICEINSTANCE = "ServiceInstance"
    SERVICEMANAGER = "ServiceManager"
    SESSIONMANAGER = "SessionManager"
    SIMPLECOMMAND = "SimpleCommand"
    SITEINFOMANAGER = "SiteInfoManager"
    STORAGEPOD = "StoragePod"
    STORAGEQUERYMANAGER = "StorageQueryManager"
    STORAGERESOURCEMANAGER = "StorageResourceManager"
    TASK = "Task"
    TASKHISTORYCOLLECTOR = "TaskHistoryCollector"
    TASKMANAGER = "TaskManager"
    TENANTTENANTMANAGER = "TenantTenantManager"
    USERDIRECTORY = "UserDirectory"
    VCENTERVSTORAGEOBJECTMANAGER = "VcenterVStorageObjectManager"
    VIEW = "View"
    VIEWMANAGER = "ViewManager"
    VIRTUALAPP = "VirtualApp"
    VIRTUALDISKMANAGER = "VirtualDiskManager"
    VIRTUALIZATIONMANAGER = "VirtualizationManager"
    VIRTUALMACHINE = "VirtualMachine"
    VIRTUALMACHINECOMPATIBILITYCHECKER = "VirtualMachineCompatibilityChecker"
    VIRTUALMACHINEGUESTCUSTOMIZATIONMANAGER = "VirtualMachineGuestCustomizationManager"
    VIRTUALMACHINEPROVISIONINGCHECKER = "VirtualMachineProvisioningChecker"
    VIRTUALMACHINESNAPSHOT = "VirtualMachineSnapshot"
    VMWAREDISTRIBUTEDVIRTUALSWITCH = "VmwareDistributedVirtualSwitch"
    VSANUPGRADESYSTEM = "VsanUpgradeSystem"
    VSTORAGEOBJECTMANAGERBASE = "VStorageObjectManagerBase"
