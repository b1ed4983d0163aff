from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from attrs import define as _attrs_define

from ..models.invalid_state import InvalidState
from ..models.virtual_machine_power_state_enum import VirtualMachinePowerStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define(kw_only=True, repr=False)
class InvalidPowerState(InvalidState):
    """This exception is thrown if the
    power operation attempted could not be performed given
    the current power state of the virtual machine.

        Attributes:
            requested_state (VirtualMachinePowerStateEnum | Unset): The PowerState type defines a simple set of states for a virtual machine:
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
            existing_state (VirtualMachinePowerStateEnum): The PowerState type defines a simple set of states for a virtual machine:
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

    _vim_type: ClassVar[str] = "InvalidPowerState"
    _vim_tag: ClassVar[str | None] = "InvalidPowerState"
    _vim_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("requestedState", "requested_state", "VirtualMachinePowerState_enum", False),
        ("existingState", "existing_state", "VirtualMachinePowerState_enum", True),
    )

    requested_state: VirtualMachinePowerStateEnum | Unset = UNSET
    existing_state: VirtualMachinePowerStateEnum
