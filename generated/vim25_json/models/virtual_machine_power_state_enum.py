from enum import StrEnum


class VirtualMachinePowerStateEnum(StrEnum):
    POWEREDOFF = "poweredOff"
    POWEREDON = "poweredOn"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
