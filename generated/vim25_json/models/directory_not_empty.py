from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localizable_message import LocalizableMessage
    from ..models.method_fault import MethodFault


T = TypeVar("T", bound="DirectoryNotEmpty")


@_attrs_define
class DirectoryNotEmpty:
    """This fault is thrown when an operation fails because the specified
    directory is not empty.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            file (str): The file in question.
            fault_cause (MethodFault | Unset): The base data object type for all the object model faults
                that an application might handle.
            fault_message (list[LocalizableMessage] | Unset): Message which has details about the error
                Message can also contain a key to message catalog which
                can be used to generate better localized messages.
    """

    field_type_name: str
    file: str
    fault_cause: MethodFault | Unset = UNSET
    fault_message: list[LocalizableMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        file = self.file

        fault_cause: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fault_cause, Unset):
            fault_cause = self.fault_cause.to_dict()

        fault_message: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fault_message, Unset):
            fault_message = []
            for fault_message_item_data in self.fault_message:
                fault_message_item = fault_message_item_data.to_dict()
                fault_message.append(fault_message_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "file": file,
            }
        )
        if fault_cause is not UNSET:
            field_dict["faultCause"] = fault_cause
        if fault_message is not UNSET:
            field_dict["faultMessage"] = fault_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localizable_message import LocalizableMessage  # noqa: PLC0415
        from ..models.method_fault import MethodFault  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        file = d.pop("file")

        _fault_cause = d.pop("faultCause", UNSET)
        fault_cause: MethodFault | Unset
        if isinstance(_fault_cause, Unset):
            fault_cause = UNSET
        else:
            fault_cause = MethodFault.from_dict(_fault_cause)

        _fault_message = d.pop("faultMessage", UNSET)
        fault_message: list[LocalizableMessage] | Unset = UNSET
        if _fault_message is not UNSET:
            fault_message = []
            for fault_message_item_data in _fault_message:
                fault_message_item = LocalizableMessage.from_dict(fault_message_item_data)

                fault_message.append(fault_message_item)

        directory_not_empty = cls(
            field_type_name=field_type_name,
            file=file,
            fault_cause=fault_cause,
            fault_message=fault_message,
        )

        directory_not_empty.additional_properties = d
        return directory_not_empty

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
