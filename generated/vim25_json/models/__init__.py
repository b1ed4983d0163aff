"""Contains all the data models used in inputs/outputs.

Each model module is imported on first use (PEP 562), so importing one model does not import all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .about_info import AboutInfo
    from .array_of_byte import ArrayOfByte
    from .array_of_managed_object_reference import ArrayOfManagedObjectReference
    from .array_of_string import ArrayOfString
    from .cancel_retrieve_properties_ex_request_type import CancelRetrievePropertiesExRequestType
    from .cannot_access_file import CannotAccessFile
    from .change_file_attributes_in_guest_request_type import ChangeFileAttributesInGuestRequestType
    from .continue_retrieve_properties_ex_request_type import ContinueRetrievePropertiesExRequestType
    from .create_container_view_request_type import CreateContainerViewRequestType
    from .create_temporary_directory_in_guest_request_type import CreateTemporaryDirectoryInGuestRequestType
    from .create_temporary_file_in_guest_request_type import CreateTemporaryFileInGuestRequestType
    from .data_object import DataObject
    from .delete_directory_in_guest_request_type import DeleteDirectoryInGuestRequestType
    from .delete_file_in_guest_request_type import DeleteFileInGuestRequestType
    from .directory_not_empty import DirectoryNotEmpty
    from .dynamic_property import DynamicProperty
    from .file_already_exists import FileAlreadyExists
    from .file_fault import FileFault
    from .file_not_found import FileNotFound
    from .file_too_large import FileTooLarge
    from .file_transfer_information import FileTransferInformation
    from .find_by_dns_name_request_type import FindByDnsNameRequestType
    from .find_by_inventory_path_request_type import FindByInventoryPathRequestType
    from .find_by_ip_request_type import FindByIpRequestType
    from .find_by_uuid_request_type import FindByUuidRequestType
    from .find_child_request_type import FindChildRequestType
    from .guest_authentication import GuestAuthentication
    from .guest_components_out_of_date import GuestComponentsOutOfDate
    from .guest_file_attributes import GuestFileAttributes
    from .guest_file_info import GuestFileInfo
    from .guest_list_file_info import GuestListFileInfo
    from .guest_operations_fault import GuestOperationsFault
    from .guest_operations_unavailable import GuestOperationsUnavailable
    from .guest_permission_denied import GuestPermissionDenied
    from .guest_posix_file_attributes import GuestPosixFileAttributes
    from .guest_windows_file_attributes import GuestWindowsFileAttributes
    from .host_communication import HostCommunication
    from .host_not_connected import HostNotConnected
    from .host_not_reachable import HostNotReachable
    from .initiate_file_transfer_from_guest_request_type import InitiateFileTransferFromGuestRequestType
    from .initiate_file_transfer_to_guest_request_type import InitiateFileTransferToGuestRequestType
    from .invalid_argument import InvalidArgument
    from .invalid_guest_login import InvalidGuestLogin
    from .invalid_locale import InvalidLocale
    from .invalid_login import InvalidLogin
    from .invalid_power_state import InvalidPowerState
    from .invalid_property import InvalidProperty
    from .invalid_request import InvalidRequest
    from .invalid_state import InvalidState
    from .invalid_type import InvalidType
    from .key_any_value import KeyAnyValue
    from .list_files_in_guest_request_type import ListFilesInGuestRequestType
    from .localizable_message import LocalizableMessage
    from .login_request_type import LoginRequestType
    from .make_directory_in_guest_request_type import MakeDirectoryInGuestRequestType
    from .managed_object_not_found import ManagedObjectNotFound
    from .managed_object_reference import ManagedObjectReference
    from .method_fault import MethodFault
    from .method_not_found import MethodNotFound
    from .missing_property import MissingProperty
    from .mo_types_enum import MoTypesEnum
    from .move_directory_in_guest_request_type import MoveDirectoryInGuestRequestType
    from .move_file_in_guest_request_type import MoveFileInGuestRequestType
    from .name_password_authentication import NamePasswordAuthentication
    from .no_disk_space import NoDiskSpace
    from .no_permission import NoPermission
    from .no_permission_entity_privileges import NoPermissionEntityPrivileges
    from .not_a_directory import NotADirectory
    from .not_a_file import NotAFile
    from .not_authenticated import NotAuthenticated
    from .not_implemented import NotImplemented_
    from .not_supported import NotSupported
    from .object_content import ObjectContent
    from .object_spec import ObjectSpec
    from .operation_disabled_by_guest import OperationDisabledByGuest
    from .operation_not_supported_by_guest import OperationNotSupportedByGuest
    from .primitive_binary import PrimitiveBinary
    from .primitive_string import PrimitiveString
    from .property_filter_spec import PropertyFilterSpec
    from .property_spec import PropertySpec
    from .request_canceled import RequestCanceled
    from .retrieve_options import RetrieveOptions
    from .retrieve_properties_ex_request_type import RetrievePropertiesExRequestType
    from .retrieve_result import RetrieveResult
    from .runtime_fault import RuntimeFault
    from .security_error import SecurityError
    from .selection_spec import SelectionSpec
    from .service_content import ServiceContent
    from .session_is_active_request_type import SessionIsActiveRequestType
    from .system_error import SystemError_
    from .task_in_progress import TaskInProgress
    from .too_many_guest_logons import TooManyGuestLogons
    from .traversal_spec import TraversalSpec
    from .user_session import UserSession
    from .vim_any import VimAny
    from .vim_fault import VimFault
    from .virtual_machine_power_state_enum import VirtualMachinePowerStateEnum

_MODULES = {
    "AboutInfo": ".about_info",
    "ArrayOfByte": ".array_of_byte",
    "ArrayOfManagedObjectReference": ".array_of_managed_object_reference",
    "ArrayOfString": ".array_of_string",
    "CancelRetrievePropertiesExRequestType": ".cancel_retrieve_properties_ex_request_type",
    "CannotAccessFile": ".cannot_access_file",
    "ChangeFileAttributesInGuestRequestType": ".change_file_attributes_in_guest_request_type",
    "ContinueRetrievePropertiesExRequestType": ".continue_retrieve_properties_ex_request_type",
    "CreateContainerViewRequestType": ".create_container_view_request_type",
    "CreateTemporaryDirectoryInGuestRequestType": ".create_temporary_directory_in_guest_request_type",
    "CreateTemporaryFileInGuestRequestType": ".create_temporary_file_in_guest_request_type",
    "DataObject": ".data_object",
    "DeleteDirectoryInGuestRequestType": ".delete_directory_in_guest_request_type",
    "DeleteFileInGuestRequestType": ".delete_file_in_guest_request_type",
    "DirectoryNotEmpty": ".directory_not_empty",
    "DynamicProperty": ".dynamic_property",
    "FileAlreadyExists": ".file_already_exists",
    "FileFault": ".file_fault",
    "FileNotFound": ".file_not_found",
    "FileTooLarge": ".file_too_large",
    "FileTransferInformation": ".file_transfer_information",
    "FindByDnsNameRequestType": ".find_by_dns_name_request_type",
    "FindByInventoryPathRequestType": ".find_by_inventory_path_request_type",
    "FindByIpRequestType": ".find_by_ip_request_type",
    "FindByUuidRequestType": ".find_by_uuid_request_type",
    "FindChildRequestType": ".find_child_request_type",
    "GuestAuthentication": ".guest_authentication",
    "GuestComponentsOutOfDate": ".guest_components_out_of_date",
    "GuestFileAttributes": ".guest_file_attributes",
    "GuestFileInfo": ".guest_file_info",
    "GuestListFileInfo": ".guest_list_file_info",
    "GuestOperationsFault": ".guest_operations_fault",
    "GuestOperationsUnavailable": ".guest_operations_unavailable",
    "GuestPermissionDenied": ".guest_permission_denied",
    "GuestPosixFileAttributes": ".guest_posix_file_attributes",
    "GuestWindowsFileAttributes": ".guest_windows_file_attributes",
    "HostCommunication": ".host_communication",
    "HostNotConnected": ".host_not_connected",
    "HostNotReachable": ".host_not_reachable",
    "InitiateFileTransferFromGuestRequestType": ".initiate_file_transfer_from_guest_request_type",
    "InitiateFileTransferToGuestRequestType": ".initiate_file_transfer_to_guest_request_type",
    "InvalidArgument": ".invalid_argument",
    "InvalidGuestLogin": ".invalid_guest_login",
    "InvalidLocale": ".invalid_locale",
    "InvalidLogin": ".invalid_login",
    "InvalidPowerState": ".invalid_power_state",
    "InvalidProperty": ".invalid_property",
    "InvalidRequest": ".invalid_request",
    "InvalidState": ".invalid_state",
    "InvalidType": ".invalid_type",
    "KeyAnyValue": ".key_any_value",
    "ListFilesInGuestRequestType": ".list_files_in_guest_request_type",
    "LocalizableMessage": ".localizable_message",
    "LoginRequestType": ".login_request_type",
    "MakeDirectoryInGuestRequestType": ".make_directory_in_guest_request_type",
    "ManagedObjectNotFound": ".managed_object_not_found",
    "ManagedObjectReference": ".managed_object_reference",
    "MethodFault": ".method_fault",
    "MethodNotFound": ".method_not_found",
    "MissingProperty": ".missing_property",
    "MoTypesEnum": ".mo_types_enum",
    "MoveDirectoryInGuestRequestType": ".move_directory_in_guest_request_type",
    "MoveFileInGuestRequestType": ".move_file_in_guest_request_type",
    "NamePasswordAuthentication": ".name_password_authentication",
    "NoDiskSpace": ".no_disk_space",
    "NoPermission": ".no_permission",
    "NoPermissionEntityPrivileges": ".no_permission_entity_privileges",
    "NotADirectory": ".not_a_directory",
    "NotAFile": ".not_a_file",
    "NotAuthenticated": ".not_authenticated",
    "NotImplemented_": ".not_implemented",
    "NotSupported": ".not_supported",
    "ObjectContent": ".object_content",
    "ObjectSpec": ".object_spec",
    "OperationDisabledByGuest": ".operation_disabled_by_guest",
    "OperationNotSupportedByGuest": ".operation_not_supported_by_guest",
    "PrimitiveBinary": ".primitive_binary",
    "PrimitiveString": ".primitive_string",
    "PropertyFilterSpec": ".property_filter_spec",
    "PropertySpec": ".property_spec",
    "RequestCanceled": ".request_canceled",
    "RetrieveOptions": ".retrieve_options",
    "RetrievePropertiesExRequestType": ".retrieve_properties_ex_request_type",
    "RetrieveResult": ".retrieve_result",
    "RuntimeFault": ".runtime_fault",
    "SecurityError": ".security_error",
    "SelectionSpec": ".selection_spec",
    "ServiceContent": ".service_content",
    "SessionIsActiveRequestType": ".session_is_active_request_type",
    "SystemError_": ".system_error",
    "TaskInProgress": ".task_in_progress",
    "TooManyGuestLogons": ".too_many_guest_logons",
    "TraversalSpec": ".traversal_spec",
    "UserSession": ".user_session",
    "VimAny": ".vim_any",
    "VimFault": ".vim_fault",
    "VirtualMachinePowerStateEnum": ".virtual_machine_power_state_enum",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AboutInfo",
    "ArrayOfByte",
    "ArrayOfManagedObjectReference",
    "ArrayOfString",
    "CancelRetrievePropertiesExRequestType",
    "CannotAccessFile",
    "ChangeFileAttributesInGuestRequestType",
    "ContinueRetrievePropertiesExRequestType",
    "CreateContainerViewRequestType",
    "CreateTemporaryDirectoryInGuestRequestType",
    "CreateTemporaryFileInGuestRequestType",
    "DataObject",
    "DeleteDirectoryInGuestRequestType",
    "DeleteFileInGuestRequestType",
    "DirectoryNotEmpty",
    "DynamicProperty",
    "FileAlreadyExists",
    "FileFault",
    "FileNotFound",
    "FileTooLarge",
    "FileTransferInformation",
    "FindByDnsNameRequestType",
    "FindByInventoryPathRequestType",
    "FindByIpRequestType",
    "FindByUuidRequestType",
    "FindChildRequestType",
    "GuestAuthentication",
    "GuestComponentsOutOfDate",
    "GuestFileAttributes",
    "GuestFileInfo",
    "GuestListFileInfo",
    "GuestOperationsFault",
    "GuestOperationsUnavailable",
    "GuestPermissionDenied",
    "GuestPosixFileAttributes",
    "GuestWindowsFileAttributes",
    "HostCommunication",
    "HostNotConnected",
    "HostNotReachable",
    "InitiateFileTransferFromGuestRequestType",
    "InitiateFileTransferToGuestRequestType",
    "InvalidArgument",
    "InvalidGuestLogin",
    "InvalidLocale",
    "InvalidLogin",
    "InvalidPowerState",
    "InvalidProperty",
    "InvalidRequest",
    "InvalidState",
    "InvalidType",
    "KeyAnyValue",
    "ListFilesInGuestRequestType",
    "LocalizableMessage",
    "LoginRequestType",
    "MakeDirectoryInGuestRequestType",
    "ManagedObjectNotFound",
    "ManagedObjectReference",
    "MethodFault",
    "MethodNotFound",
    "MissingProperty",
    "MoTypesEnum",
    "MoveDirectoryInGuestRequestType",
    "MoveFileInGuestRequestType",
    "NamePasswordAuthentication",
    "NoDiskSpace",
    "NoPermission",
    "NoPermissionEntityPrivileges",
    "NotADirectory",
    "NotAFile",
    "NotAuthenticated",
    "NotImplemented_",
    "NotSupported",
    "ObjectContent",
    "ObjectSpec",
    "OperationDisabledByGuest",
    "OperationNotSupportedByGuest",
    "PrimitiveBinary",
    "PrimitiveString",
    "PropertyFilterSpec",
    "PropertySpec",
    "RequestCanceled",
    "RetrieveOptions",
    "RetrievePropertiesExRequestType",
    "RetrieveResult",
    "RuntimeFault",
    "SecurityError",
    "SelectionSpec",
    "ServiceContent",
    "SessionIsActiveRequestType",
    "SystemError_",
    "TaskInProgress",
    "TooManyGuestLogons",
    "TraversalSpec",
    "UserSession",
    "VimAny",
    "VimFault",
    "VirtualMachinePowerStateEnum",
)
