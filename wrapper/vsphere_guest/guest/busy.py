"""Busy guests: a guest at its limit of concurrent guest operations (TooManyGuestLogons) or
whose agent does not answer (GuestOperationsUnavailable) is waited for, with backoff and
jitter, a bounded number of times; a VM that reports its VMware Tools not running is not (one
property read when the fault comes: waiting would not start them)."""

from __future__ import annotations

import logging
import random

from .. import faults
from ..errors import VsphereGuestError
from ..types import VmRef
from ..vcenter.effects import Flow
from ..vcenter.inventory import vm_property
from .context import FlowContext

BUSY_FAULTS = (faults.TooManyGuestLogons, faults.GuestOperationsUnavailable)
BUSY_RETRIES = 5
TOOLS_STATUS = "guest.toolsRunningStatus"
TOOLS_NOT_RUNNING = "guestToolsNotRunning"
logger = logging.getLogger("vsphere_guest")


def busy_wait(
    core: FlowContext,
    vm: VmRef,
    guest_path: str,
    exc: BaseException,
    attempt: int,
    retries: int = BUSY_RETRIES,
) -> Flow[float | None]:
    """Seconds to wait before try `attempt` + 1 after `exc`, or None to give up: `exc` is no
    busy fault, `retries` waits were spent, or the VM's Tools are not running."""
    if not isinstance(exc, BUSY_FAULTS) or attempt > retries:
        return None
    name = vm.name or vm.moid
    if isinstance(exc, faults.GuestOperationsUnavailable) and (yield from _tools_stopped(core, vm)):
        logger.warning(
            'VM %s: VMware Tools are not running (%s is %s); "%s" is not tried again',
            name,
            TOOLS_STATUS,
            TOOLS_NOT_RUNNING,
            guest_path,
        )
        return None
    delay = core.policy.delay(attempt) * (0.5 + random.random())
    logger.warning(
        "VM %s busy (%s) at %s; retry %d of %d in %.2fs",
        name,
        getattr(exc, "type_name", type(exc).__name__),
        guest_path,
        attempt,
        retries,
        delay,
    )
    return delay


def _tools_stopped(core: FlowContext, vm: VmRef) -> Flow[bool]:
    """True when the VM says its Tools are not running; a read that fails says nothing."""
    try:
        status = yield from vm_property(core.session, vm, TOOLS_STATUS)
    except VsphereGuestError as exc:
        logger.debug("%s of VM %s not read: %s", TOOLS_STATUS, vm.name or vm.moid, exc)
        return False
    return status == TOOLS_NOT_RUNNING
