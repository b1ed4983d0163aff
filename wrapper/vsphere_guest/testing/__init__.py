"""An embedded vCenter + ESXi simulator speaking the VI JSON API, for demos and tests.

`with Simulator() as sim: ...` starts it on free loopback ports; the `vsphere_simulator` pytest
fixture (this package's pytest plugin) does the same per test; `vsphere-guest simulator` runs it
in the foreground. Needs the `simulator` extra (trustme).
"""

from ._model import Host, Vm
from ._simulator import GuestLogin, Simulator

__all__ = ["GuestLogin", "Host", "Simulator", "Vm"]
