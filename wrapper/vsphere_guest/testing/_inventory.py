"""The simulated vCenter's inventory finders: SearchIndex and ViewManager/ContainerView over the
inventory tree, and the managed object types of that tree (a type includes its subtypes)."""

from __future__ import annotations

from typing import Any

from ._answers import VOID, moref
from ._entities import Vm
from ._model import World


class Inventory:
    """Operation methods `op_<MoType>_<name>` of SearchIndex, ViewManager and ContainerView."""

    world: World
    instance_uuid: str

    def _vm_result(self, vm: Vm | None) -> Any:
        return moref("VirtualMachine", vm.moid) if vm else None

    def op_SearchIndex_FindByInventoryPath(self, moid: str, body: Any, session: Any) -> Any:
        """Any managed entity by its path (DC0, DC0/vm/prod, DC0/vm/prod/web-01...)."""
        path = str(body.get("inventoryPath", "")).strip("/")
        for kind, value in self._all_entities():
            if value != self.world.ROOT_FOLDER and self.world.entity_path(kind, value) == path:
                return moref(kind, value)
        return None

    def op_SearchIndex_FindByUuid(self, moid: str, body: Any, session: Any) -> Any:
        wanted = str(body.get("uuid", "")).lower().replace("-", "")
        instance = bool(body.get("instanceUuid"))
        for vm in self.world.vms.values():
            have = vm.instance_uuid if instance else vm.bios_uuid
            if have.replace("-", "") == wanted:
                return self._vm_result(vm)
        return None

    def op_SearchIndex_FindByDnsName(self, moid: str, body: Any, session: Any) -> Any:
        name = str(body.get("dnsName", "")).lower()
        return self._vm_result(
            next(
                (
                    v
                    for v in self.world.vms.values()
                    if (v.dns_name or "").lower() == name and v.tools_running
                ),
                None,
            )
        )

    def op_SearchIndex_FindByIp(self, moid: str, body: Any, session: Any) -> Any:
        ip = str(body.get("ip", ""))
        return self._vm_result(
            next((v for v in self.world.vms.values() if v.ip == ip and v.tools_running), None)
        )

    def op_SearchIndex_FindChild(self, moid: str, body: Any, session: Any) -> Any:
        name = body.get("name")
        parent = str(body.get("entity", {}).get("value", ""))
        for kind, value in self.world.children(parent):
            if self._name(kind, value) == name:
                return moref(kind, value)
        return None

    def op_ViewManager_CreateContainerView(self, moid: str, body: Any, session: Any) -> Any:
        """A view of the entities under `container` (its children, or all descendants when
        `recursive`) whose type is one of `type` (subtypes included; none given: all)."""
        container = body.get("container") or {}
        types = body.get("type") or ["ManagedEntity"]
        found: list[tuple[str, str]] = []
        pending = self.world.children(str(container.get("value", "")))
        while pending:
            kind, value = pending.pop(0)
            if any(is_a(kind, str(t)) for t in types):
                found.append((kind, value))
            if body.get("recursive"):
                pending += self.world.children(value)
        view_id = f"session[{self.instance_uuid}]{self.world.next_id()}"
        with self.world.lock:
            self.world.views[view_id] = found
        return moref("ContainerView", view_id)

    def op_ContainerView_DestroyView(self, moid: str, body: Any, session: Any) -> Any:
        with self.world.lock:
            self.world.views.pop(moid, None)
        return VOID

    def _all_entities(self) -> list[tuple[str, str]]:
        w = self.world
        return (
            [(e.type, e.moid) for e in w.entities.values()]
            + [("HostSystem", h) for h in w.hosts]
            + [("VirtualMachine", v) for v in w.vms]
        )

    def _name(self, kind: str, value: str) -> str:
        if kind == "VirtualMachine":
            return self.world.vms[value].name
        if kind == "HostSystem":
            return self.world.hosts[value].name
        return self.world.entities[value].name


# Managed object types of the simulator's inventory and their parents in the VMODL hierarchy:
# a PropertySpec or TraversalSpec of a type applies to its subtypes.
PARENT_TYPES = {
    "Folder": "ManagedEntity",
    "Datacenter": "ManagedEntity",
    "VirtualMachine": "ManagedEntity",
    "HostSystem": "ManagedEntity",
    "ComputeResource": "ManagedEntity",
    "ClusterComputeResource": "ComputeResource",
    "ResourcePool": "ManagedEntity",
    "VirtualApp": "ResourcePool",
    "Datastore": "ManagedEntity",
    "Network": "ManagedEntity",
    "DistributedVirtualSwitch": "ManagedEntity",
    "ContainerView": "ManagedObjectView",
    "ManagedObjectView": "View",
}


def is_a(kind: str, base: str) -> bool:
    """Whether managed object type `kind` is `base` or one of its subtypes."""
    while kind:
        if kind == base:
            return True
        kind = PARENT_TYPES.get(kind, "")
    return False


ENTITY_TYPES = {t for t in PARENT_TYPES if is_a(t, "ManagedEntity")}
