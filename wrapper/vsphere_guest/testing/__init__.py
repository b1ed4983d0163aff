"""An embedded vCenter + ESXi simulator speaking the VI JSON API, for demos and tests.

`with Simulator() as sim: ...` starts it on free loopback ports; the `vsphere_simulator` pytest
fixture (this package's pytest plugin) does the same per test; `vsphere-guest simulator` runs it
in the foreground. Needs the `simulator` extra (trustme).

Names are imported on first use (PEP 562): the pytest plugin lives in this package and pytest
loads it in every session of every project that installed vsphere-guest, so importing the
package must cost nothing (and must work without the extra).
"""

from importlib import import_module

TYPE_CHECKING = False  # not typing's: importing typing would cost more than this module
if TYPE_CHECKING:
    from typing import Any

    from ._model import Host, Vm
    from ._simulator import GuestLogin, Simulator

SIMULATOR_EXTRA = 'pip install "vsphere-guest[simulator]"'
_WHERE = {
    "GuestLogin": "._simulator",
    "Host": "._model",
    "Simulator": "._simulator",
    "Vm": "._model",
}
__all__ = ["GuestLogin", "Host", "Simulator", "Vm"]


def __getattr__(name: str) -> "Any":
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = import_module(where, __name__)
    except ModuleNotFoundError as exc:
        if exc.name != "trustme":
            raise
        raise ModuleNotFoundError(
            f"vsphere_guest.testing.{name} needs the simulator extra (trustme): {SIMULATOR_EXTRA}",
            name=exc.name,
        ) from exc
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
