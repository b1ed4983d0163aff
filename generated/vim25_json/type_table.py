"""Type table of the vSphere types in this client's spec subset.

Written by the generator from spec/; never edit by hand.
"""

from typing import Final, NamedTuple


class TypeInfo(NamedTuple):
    """One schema: its parent, its own fields (wire name -> type), fault or not."""

    parent: str | None
    fields: tuple[tuple[str, str], ...]
    is_fault: bool
    model: str | None
    """Class name in vim25_json.models, or None for a non-object schema (enum)."""


RELEASE: Final = "8.0.2.0"
"""The release this subset was cut from."""
RELEASES: Final = ("8.0.2.0", "8.0.1.0")
"""Releases a client of this subset may speak, newest first."""
BOXES: Final[dict[str, str]] = {
    "base64Binary": "PrimitiveBinary",
    "string": "PrimitiveString",
}
"""Wire `_typeName` of a boxed primitive -> its schema."""
TYPES: Final[dict[str, TypeInfo]] = {
    "AboutInfo": TypeInfo(
        "DataObject",
        (
            ("name", "string"),
            ("fullName", "string"),
            ("vendor", "string"),
            ("version", "string"),
            ("patchLevel", "string"),
            ("build", "string"),
            ("localeVersion", "string"),
            ("localeBuild", "string"),
            ("osType", "string"),
            ("productLineId", "string"),
            ("apiType", "string"),
            ("apiVersion", "string"),
            ("instanceUuid", "string"),
            ("licenseProductName", "string"),
            ("licenseProductVersion", "string"),
        ),
        False,
        "AboutInfo",
    ),
    "Any": TypeInfo(None, (("_typeName", "string"),), False, "VimAny"),
    "ArrayOfByte": TypeInfo("Any", (("_value", "integer[]"),), False, "ArrayOfByte"),
    "ArrayOfManagedObjectReference": TypeInfo(
        "Any", (("_value", "ManagedObjectReference[]"),), False, "ArrayOfManagedObjectReference"
    ),
    "ArrayOfString": TypeInfo("Any", (("_value", "string[]"),), False, "ArrayOfString"),
    "CancelRetrievePropertiesExRequestType": TypeInfo(
        None, (("token", "string"),), False, "CancelRetrievePropertiesExRequestType"
    ),
    "CannotAccessFile": TypeInfo("FileFault", (), True, "CannotAccessFile"),
    "ContinueRetrievePropertiesExRequestType": TypeInfo(
        None, (("token", "string"),), False, "ContinueRetrievePropertiesExRequestType"
    ),
    "CreateContainerViewRequestType": TypeInfo(
        None,
        (("container", "ManagedObjectReference"), ("type", "string[]"), ("recursive", "boolean")),
        False,
        "CreateContainerViewRequestType",
    ),
    "CreateTemporaryDirectoryInGuestRequestType": TypeInfo(
        None,
        (
            ("vm", "ManagedObjectReference"),
            ("auth", "GuestAuthentication"),
            ("prefix", "string"),
            ("suffix", "string"),
            ("directoryPath", "string"),
        ),
        False,
        "CreateTemporaryDirectoryInGuestRequestType",
    ),
    "DataObject": TypeInfo("Any", (), False, "DataObject"),
    "DeleteDirectoryInGuestRequestType": TypeInfo(
        None,
        (
            ("vm", "ManagedObjectReference"),
            ("auth", "GuestAuthentication"),
            ("directoryPath", "string"),
            ("recursive", "boolean"),
        ),
        False,
        "DeleteDirectoryInGuestRequestType",
    ),
    "DeleteFileInGuestRequestType": TypeInfo(
        None,
        (("vm", "ManagedObjectReference"), ("auth", "GuestAuthentication"), ("filePath", "string")),
        False,
        "DeleteFileInGuestRequestType",
    ),
    "DirectoryNotEmpty": TypeInfo("FileFault", (), True, "DirectoryNotEmpty"),
    "DynamicProperty": TypeInfo("DataObject", (("name", "string"), ("val", "Any")), False, "DynamicProperty"),
    "FileAlreadyExists": TypeInfo("FileFault", (), True, "FileAlreadyExists"),
    "FileFault": TypeInfo("VimFault", (("file", "string"),), True, "FileFault"),
    "FileNotFound": TypeInfo("FileFault", (), True, "FileNotFound"),
    "FileTooLarge": TypeInfo(
        "FileFault",
        (("datastore", "string"), ("fileSize", "integer:int64"), ("maxFileSize", "integer:int64")),
        True,
        "FileTooLarge",
    ),
    "FileTransferInformation": TypeInfo(
        "DataObject",
        (("attributes", "GuestFileAttributes"), ("size", "integer:int64"), ("url", "string")),
        False,
        "FileTransferInformation",
    ),
    "FindByDnsNameRequestType": TypeInfo(
        None,
        (("datacenter", "ManagedObjectReference"), ("dnsName", "string"), ("vmSearch", "boolean")),
        False,
        "FindByDnsNameRequestType",
    ),
    "FindByInventoryPathRequestType": TypeInfo(
        None, (("inventoryPath", "string"),), False, "FindByInventoryPathRequestType"
    ),
    "FindByIpRequestType": TypeInfo(
        None,
        (("datacenter", "ManagedObjectReference"), ("ip", "string"), ("vmSearch", "boolean")),
        False,
        "FindByIpRequestType",
    ),
    "FindByUuidRequestType": TypeInfo(
        None,
        (
            ("datacenter", "ManagedObjectReference"),
            ("uuid", "string"),
            ("vmSearch", "boolean"),
            ("instanceUuid", "boolean"),
        ),
        False,
        "FindByUuidRequestType",
    ),
    "FindChildRequestType": TypeInfo(
        None, (("entity", "ManagedObjectReference"), ("name", "string")), False, "FindChildRequestType"
    ),
    "GuestAuthentication": TypeInfo("DataObject", (("interactiveSession", "boolean"),), False, "GuestAuthentication"),
    "GuestComponentsOutOfDate": TypeInfo("GuestOperationsFault", (), True, "GuestComponentsOutOfDate"),
    "GuestFileAttributes": TypeInfo(
        "DataObject",
        (("modificationTime", "string:date-time"), ("accessTime", "string:date-time"), ("symlinkTarget", "string")),
        False,
        "GuestFileAttributes",
    ),
    "GuestFileInfo": TypeInfo(
        "DataObject",
        (("path", "string"), ("type", "string"), ("size", "integer:int64"), ("attributes", "GuestFileAttributes")),
        False,
        "GuestFileInfo",
    ),
    "GuestListFileInfo": TypeInfo(
        "DataObject", (("files", "GuestFileInfo[]"), ("remaining", "integer:int32")), False, "GuestListFileInfo"
    ),
    "GuestOperationsFault": TypeInfo("VimFault", (), True, "GuestOperationsFault"),
    "GuestOperationsUnavailable": TypeInfo("GuestOperationsFault", (), True, "GuestOperationsUnavailable"),
    "GuestPermissionDenied": TypeInfo("GuestOperationsFault", (), True, "GuestPermissionDenied"),
    "GuestPosixFileAttributes": TypeInfo(
        "GuestFileAttributes",
        (("ownerId", "integer:int32"), ("groupId", "integer:int32"), ("permissions", "integer:int64")),
        False,
        "GuestPosixFileAttributes",
    ),
    "GuestWindowsFileAttributes": TypeInfo(
        "GuestFileAttributes",
        (("hidden", "boolean"), ("readOnly", "boolean"), ("createTime", "string:date-time")),
        False,
        "GuestWindowsFileAttributes",
    ),
    "HostCommunication": TypeInfo("RuntimeFault", (), True, "HostCommunication"),
    "HostNotConnected": TypeInfo("HostCommunication", (), True, "HostNotConnected"),
    "HostNotReachable": TypeInfo("HostCommunication", (), True, "HostNotReachable"),
    "InitiateFileTransferFromGuestRequestType": TypeInfo(
        None,
        (("vm", "ManagedObjectReference"), ("auth", "GuestAuthentication"), ("guestFilePath", "string")),
        False,
        "InitiateFileTransferFromGuestRequestType",
    ),
    "InitiateFileTransferToGuestRequestType": TypeInfo(
        None,
        (
            ("vm", "ManagedObjectReference"),
            ("auth", "GuestAuthentication"),
            ("guestFilePath", "string"),
            ("fileAttributes", "GuestFileAttributes"),
            ("fileSize", "integer:int64"),
            ("overwrite", "boolean"),
        ),
        False,
        "InitiateFileTransferToGuestRequestType",
    ),
    "InvalidArgument": TypeInfo("RuntimeFault", (("invalidProperty", "string"),), True, "InvalidArgument"),
    "InvalidGuestLogin": TypeInfo("GuestOperationsFault", (), True, "InvalidGuestLogin"),
    "InvalidLocale": TypeInfo("VimFault", (), True, "InvalidLocale"),
    "InvalidLogin": TypeInfo("VimFault", (), True, "InvalidLogin"),
    "InvalidPowerState": TypeInfo(
        "InvalidState",
        (("requestedState", "VirtualMachinePowerState_enum"), ("existingState", "VirtualMachinePowerState_enum")),
        True,
        "InvalidPowerState",
    ),
    "InvalidProperty": TypeInfo("MethodFault", (("name", "string"),), True, "InvalidProperty"),
    "InvalidRequest": TypeInfo("RuntimeFault", (), True, "InvalidRequest"),
    "InvalidState": TypeInfo("VimFault", (), True, "InvalidState"),
    "InvalidType": TypeInfo("InvalidRequest", (("argument", "string"),), True, "InvalidType"),
    "KeyAnyValue": TypeInfo("DataObject", (("key", "string"), ("value", "Any")), False, "KeyAnyValue"),
    "ListFilesInGuestRequestType": TypeInfo(
        None,
        (
            ("vm", "ManagedObjectReference"),
            ("auth", "GuestAuthentication"),
            ("filePath", "string"),
            ("index", "integer:int32"),
            ("maxResults", "integer:int32"),
            ("matchPattern", "string"),
        ),
        False,
        "ListFilesInGuestRequestType",
    ),
    "LocalizableMessage": TypeInfo(
        "DataObject", (("key", "string"), ("arg", "KeyAnyValue[]"), ("message", "string")), False, "LocalizableMessage"
    ),
    "LoginRequestType": TypeInfo(
        None, (("userName", "string"), ("password", "string:password"), ("locale", "string")), False, "LoginRequestType"
    ),
    "MakeDirectoryInGuestRequestType": TypeInfo(
        None,
        (
            ("vm", "ManagedObjectReference"),
            ("auth", "GuestAuthentication"),
            ("directoryPath", "string"),
            ("createParentDirectories", "boolean"),
        ),
        False,
        "MakeDirectoryInGuestRequestType",
    ),
    "ManagedObjectNotFound": TypeInfo(
        "RuntimeFault", (("obj", "ManagedObjectReference"),), True, "ManagedObjectNotFound"
    ),
    "ManagedObjectReference": TypeInfo(
        "Any", (("type", "MoTypes_enum"), ("value", "string")), False, "ManagedObjectReference"
    ),
    "MethodFault": TypeInfo(
        "Any", (("faultCause", "MethodFault"), ("faultMessage", "LocalizableMessage[]")), True, "MethodFault"
    ),
    "MethodNotFound": TypeInfo(
        "InvalidRequest", (("receiver", "ManagedObjectReference"), ("method", "string")), True, "MethodNotFound"
    ),
    "MissingProperty": TypeInfo("DataObject", (("path", "string"), ("fault", "MethodFault")), False, "MissingProperty"),
    "MoTypes_enum": TypeInfo(None, (), False, None),
    "MoveFileInGuestRequestType": TypeInfo(
        None,
        (
            ("vm", "ManagedObjectReference"),
            ("auth", "GuestAuthentication"),
            ("srcFilePath", "string"),
            ("dstFilePath", "string"),
            ("overwrite", "boolean"),
        ),
        False,
        "MoveFileInGuestRequestType",
    ),
    "NamePasswordAuthentication": TypeInfo(
        "GuestAuthentication",
        (("username", "string"), ("password", "string:password")),
        False,
        "NamePasswordAuthentication",
    ),
    "NoDiskSpace": TypeInfo("FileFault", (("datastore", "string"),), True, "NoDiskSpace"),
    "NoPermission": TypeInfo(
        "SecurityError",
        (
            ("object", "ManagedObjectReference"),
            ("privilegeId", "string"),
            ("missingPrivileges", "NoPermissionEntityPrivileges[]"),
        ),
        True,
        "NoPermission",
    ),
    "NoPermissionEntityPrivileges": TypeInfo(
        "DataObject",
        (("entity", "ManagedObjectReference"), ("privilegeIds", "string[]")),
        False,
        "NoPermissionEntityPrivileges",
    ),
    "NotADirectory": TypeInfo("FileFault", (), True, "NotADirectory"),
    "NotAFile": TypeInfo("FileFault", (), True, "NotAFile"),
    "NotAuthenticated": TypeInfo("NoPermission", (), True, "NotAuthenticated"),
    "NotImplemented": TypeInfo("RuntimeFault", (), True, "NotImplemented_"),
    "NotSupported": TypeInfo("RuntimeFault", (), True, "NotSupported"),
    "ObjectContent": TypeInfo(
        "DataObject",
        (("obj", "ManagedObjectReference"), ("propSet", "DynamicProperty[]"), ("missingSet", "MissingProperty[]")),
        False,
        "ObjectContent",
    ),
    "ObjectSpec": TypeInfo(
        "DataObject",
        (("obj", "ManagedObjectReference"), ("skip", "boolean"), ("selectSet", "SelectionSpec[]")),
        False,
        "ObjectSpec",
    ),
    "OperationDisabledByGuest": TypeInfo("GuestOperationsFault", (), True, "OperationDisabledByGuest"),
    "OperationNotSupportedByGuest": TypeInfo("GuestOperationsFault", (), True, "OperationNotSupportedByGuest"),
    "PrimitiveBinary": TypeInfo("Any", (("_value", "string:byte"),), False, "PrimitiveBinary"),
    "PrimitiveString": TypeInfo("Any", (("_value", "string"),), False, "PrimitiveString"),
    "PropertyFilterSpec": TypeInfo(
        "DataObject",
        (("propSet", "PropertySpec[]"), ("objectSet", "ObjectSpec[]"), ("reportMissingObjectsInResults", "boolean")),
        False,
        "PropertyFilterSpec",
    ),
    "PropertySpec": TypeInfo(
        "DataObject", (("type", "string"), ("all", "boolean"), ("pathSet", "string[]")), False, "PropertySpec"
    ),
    "RequestCanceled": TypeInfo("RuntimeFault", (), True, "RequestCanceled"),
    "RetrieveOptions": TypeInfo("DataObject", (("maxObjects", "integer:int32"),), False, "RetrieveOptions"),
    "RetrievePropertiesExRequestType": TypeInfo(
        None,
        (("specSet", "PropertyFilterSpec[]"), ("options", "RetrieveOptions")),
        False,
        "RetrievePropertiesExRequestType",
    ),
    "RetrieveResult": TypeInfo(
        "DataObject", (("token", "string"), ("objects", "ObjectContent[]")), False, "RetrieveResult"
    ),
    "RuntimeFault": TypeInfo("MethodFault", (), True, "RuntimeFault"),
    "SecurityError": TypeInfo("RuntimeFault", (), True, "SecurityError"),
    "SelectionSpec": TypeInfo("DataObject", (("name", "string"),), False, "SelectionSpec"),
    "ServiceContent": TypeInfo(
        "DataObject",
        (
            ("rootFolder", "ManagedObjectReference"),
            ("propertyCollector", "ManagedObjectReference"),
            ("viewManager", "ManagedObjectReference"),
            ("about", "AboutInfo"),
            ("setting", "ManagedObjectReference"),
            ("userDirectory", "ManagedObjectReference"),
            ("sessionManager", "ManagedObjectReference"),
            ("authorizationManager", "ManagedObjectReference"),
            ("serviceManager", "ManagedObjectReference"),
            ("perfManager", "ManagedObjectReference"),
            ("scheduledTaskManager", "ManagedObjectReference"),
            ("alarmManager", "ManagedObjectReference"),
            ("eventManager", "ManagedObjectReference"),
            ("taskManager", "ManagedObjectReference"),
            ("extensionManager", "ManagedObjectReference"),
            ("customizationSpecManager", "ManagedObjectReference"),
            ("guestCustomizationManager", "ManagedObjectReference"),
            ("customFieldsManager", "ManagedObjectReference"),
            ("accountManager", "ManagedObjectReference"),
            ("diagnosticManager", "ManagedObjectReference"),
            ("licenseManager", "ManagedObjectReference"),
            ("searchIndex", "ManagedObjectReference"),
            ("fileManager", "ManagedObjectReference"),
            ("datastoreNamespaceManager", "ManagedObjectReference"),
            ("virtualDiskManager", "ManagedObjectReference"),
            ("virtualizationManager", "ManagedObjectReference"),
            ("snmpSystem", "ManagedObjectReference"),
            ("vmProvisioningChecker", "ManagedObjectReference"),
            ("vmCompatibilityChecker", "ManagedObjectReference"),
            ("ovfManager", "ManagedObjectReference"),
            ("ipPoolManager", "ManagedObjectReference"),
            ("dvSwitchManager", "ManagedObjectReference"),
            ("hostProfileManager", "ManagedObjectReference"),
            ("clusterProfileManager", "ManagedObjectReference"),
            ("complianceManager", "ManagedObjectReference"),
            ("localizationManager", "ManagedObjectReference"),
            ("storageResourceManager", "ManagedObjectReference"),
            ("guestOperationsManager", "ManagedObjectReference"),
            ("overheadMemoryManager", "ManagedObjectReference"),
            ("certificateManager", "ManagedObjectReference"),
            ("ioFilterManager", "ManagedObjectReference"),
            ("vStorageObjectManager", "ManagedObjectReference"),
            ("hostSpecManager", "ManagedObjectReference"),
            ("cryptoManager", "ManagedObjectReference"),
            ("healthUpdateManager", "ManagedObjectReference"),
            ("failoverClusterConfigurator", "ManagedObjectReference"),
            ("failoverClusterManager", "ManagedObjectReference"),
            ("tenantManager", "ManagedObjectReference"),
            ("siteInfoManager", "ManagedObjectReference"),
            ("storageQueryManager", "ManagedObjectReference"),
        ),
        False,
        "ServiceContent",
    ),
    "SessionIsActiveRequestType": TypeInfo(
        None, (("sessionID", "string"), ("userName", "string")), False, "SessionIsActiveRequestType"
    ),
    "SystemError": TypeInfo("RuntimeFault", (("reason", "string"),), True, "SystemError_"),
    "TaskInProgress": TypeInfo("VimFault", (("task", "ManagedObjectReference"),), True, "TaskInProgress"),
    "TooManyGuestLogons": TypeInfo("GuestOperationsFault", (), True, "TooManyGuestLogons"),
    "TraversalSpec": TypeInfo(
        "SelectionSpec",
        (("type", "string"), ("path", "string"), ("skip", "boolean"), ("selectSet", "SelectionSpec[]")),
        False,
        "TraversalSpec",
    ),
    "UserSession": TypeInfo(
        "DataObject",
        (
            ("key", "string"),
            ("userName", "string"),
            ("fullName", "string"),
            ("loginTime", "string:date-time"),
            ("lastActiveTime", "string:date-time"),
            ("locale", "string"),
            ("messageLocale", "string"),
            ("extensionSession", "boolean"),
            ("ipAddress", "string"),
            ("userAgent", "string"),
            ("callCount", "integer:int64"),
        ),
        False,
        "UserSession",
    ),
    "VimFault": TypeInfo("MethodFault", (), True, "VimFault"),
    "VirtualMachinePowerState_enum": TypeInfo(None, (), False, None),
}
