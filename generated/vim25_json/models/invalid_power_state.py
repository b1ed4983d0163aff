from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.virtual_machine_power_state_enum import VirtualMachinePowerStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localizable_message import LocalizableMessage
    from ..models.method_fault import MethodFault


T = TypeVar("T", bound="InvalidPowerState")


@_attrs_define
class InvalidPowerState:
    """This exception is thrown if the
    power operation attempted could not be performed given
    the current power state of the virtual machine.

        Attributes:
            field_type_name (str): The type discriminator. Refers to the name of a valid data object type.
            existing_state (VirtualMachinePowerStateEnum): The PowerState type defines a simple set of states for a virtual
                machine:
                poweredOn, poweredOff, and suspended.

                This type does not model substates,
                such as when a task is running to change the virtual machine state.
                If the virtual machine is in a state with a task in progress, it
                transitions to a new state when the task completes. For example, a virtual
                machine continues to be in the poweredOn state while a suspend task
                is running, and changes to the suspended state once the task finishes.

                As a consequence of this approach, clients interested in monitoring
                the status of a virtual machine should typically track the
                *activeTask* data object in addition to the
                *powerState* object.

                Possible values:
                - `poweredOff`: The virtual machine is currently powered off.
                - `poweredOn`: The virtual machine is currently powered on.
                - `suspended`: The virtual machine is currently suspended.
            fault_cause (MethodFault | Unset): The base data object type for all the object model faults
                that an application might handle.
            fault_message (list[LocalizableMessage] | Unset): Message which has details about the error
                Message can also contain a key to message catalog which
                can be used to generate better localized messages.
            requested_state (VirtualMachinePowerStateEnum | Unset): The PowerState type defines a simple set of states for a
                virtual machine:
                poweredOn, poweredOff, and suspended.

                This type does not model substates,
                such as when a task is running to change the virtual machine state.
                If the virtual machine is in a state with a task in progress, it
                transitions to a new state when the task completes. For example, a virtual
                machine continues to be in the poweredOn state while a suspend task
                is running, and changes to the suspended state once the task finishes.

                As a consequence of this approach, clients interested in monitoring
                the status of a virtual machine should typically track the
                *activeTask* data object in addition to the
                *powerState* object.

                Possible values:
                - `poweredOff`: The virtual machine is currently powered off.
                - `poweredOn`: The virtual machine is currently powered on.
                - `suspended`: The virtual machine is currently suspended.
    """

    field_type_name: str
    existing_state: VirtualMachinePowerStateEnum
    fault_cause: MethodFault | Unset = UNSET
    fault_message: list[LocalizableMessage] | Unset = UNSET
    requested_state: VirtualMachinePowerStateEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type_name = self.field_type_name

        existing_state = self.existing_state.value

        fault_cause: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fault_cause, Unset):
            fault_cause = self.fault_cause.to_dict()

        fault_message: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fault_message, Unset):
            fault_message = []
            for fault_message_item_data in self.fault_message:
                fault_message_item = fault_message_item_data.to_dict()
                fault_message.append(fault_message_item)

        requested_state: str | Unset = UNSET
        if not isinstance(self.requested_state, Unset):
            requested_state = self.requested_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_typeName": field_type_name,
                "existingState": existing_state,
            }
        )
        if fault_cause is not UNSET:
            field_dict["faultCause"] = fault_cause
        if fault_message is not UNSET:
            field_dict["faultMessage"] = fault_message
        if requested_state is not UNSET:
            field_dict["requestedState"] = requested_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localizable_message import LocalizableMessage  # noqa: PLC0415
        from ..models.method_fault import MethodFault  # noqa: PLC0415

        d = dict(src_dict)
        field_type_name = d.pop("_typeName")

        existing_state = VirtualMachinePowerStateEnum(d.pop("existingState"))

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

        _requested_state = d.pop("requestedState", UNSET)
        requested_state: VirtualMachinePowerStateEnum | Unset
        if isinstance(_requested_state, Unset):
            requested_state = UNSET
        else:
            requested_state = VirtualMachinePowerStateEnum(_requested_state)

        invalid_power_state = cls(
            field_type_name=field_type_name,
            existing_state=existing_state,
            fault_cause=fault_cause,
            fault_message=fault_message,
            requested_state=requested_state,
        )

        invalid_power_state.additional_properties = d
        return invalid_power_state

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
