"""The simulated vCenter's inventory: SearchIndex, ViewManager/ContainerView and the
PropertyCollector (traversals, properties of VMs and hosts), over the World."""

from __future__ import annotations

from typing import Any

from ._answers import VOID, box, moref
from ._model import SimFault, Vm, World


class Inventory:
    """Operation methods `op_<MoType>_<name>` of the inventory managed objects."""

    world: World
    instance_uuid: str

    def _vm_result(self, vm: Vm | None) -> Any:
        return moref("VirtualMachine", vm.moid) if vm else None

    def op_SearchIndex_FindByInventoryPath(self, moid: str, body: Any, session: Any) -> Any:
        path = str(body.get("inventoryPath", "")).strip("/")
        return self._vm_result(
            next((v for v in self.world.vms.values() if self.world.inventory_path(v) == path), None)
        )

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
        folder = body.get("entity", {}).get("value", "")
        return self._vm_result(
            next(
                (
                    v
                    for v in self.world.vms.values()
                    if v.name == name and f"group-v-{v.folder}" == folder
                ),
                None,
            )
        )

    def op_ViewManager_CreateContainerView(self, moid: str, body: Any, session: Any) -> Any:
        types = body.get("type") or ["VirtualMachine"]
        view_id = f"session[{self.instance_uuid}]{self.world.next_id()}"
        members = list(self.world.vms) if "VirtualMachine" in types else []
        with self.world.lock:
            self.world.views[view_id] = members
        return moref("ContainerView", view_id)

    def op_ContainerView_DestroyView(self, moid: str, body: Any, session: Any) -> Any:
        with self.world.lock:
            self.world.views.pop(moid, None)
        return VOID

    # --- PropertyCollector ------------------------------------------------------------------------

    def _property(self, obj: dict[str, str], path: str) -> Any:
        kind, value = obj["type"], obj["value"]
        if kind == "VirtualMachine":
            vm = self.world.vm(value)
            values: dict[str, Any] = {
                "name": box("string", vm.name),
                "runtime.host": moref("HostSystem", vm.host.moid),
                "runtime.powerState": box("VirtualMachinePowerState", vm.power_state),
                "config.instanceUuid": box("string", vm.instance_uuid),
                "config.uuid": box("string", vm.bios_uuid),
                "guest.ipAddress": box("string", vm.ip) if vm.ip else None,
                "guest.hostName": box("string", vm.dns_name) if vm.dns_name else None,
            }
        elif kind == "HostSystem":
            host = self.world.hosts.get(value)
            if host is None:
                raise SimFault("ManagedObjectNotFound", f"no host {value}", obj=obj)
            signed = [b - 256 if b > 127 else b for b in host.cert_pem]
            values = {
                "name": box("string", host.name),
                "config.certificate": box("ArrayOfByte", signed) if host.cert_pem else None,
            }
        elif kind == "ContainerView":
            members = self.world.views.get(value)
            if members is None:
                raise SimFault("ManagedObjectNotFound", f"no view {value}", obj=obj)
            values = {
                "view": box(
                    "ArrayOfManagedObjectReference", [moref("VirtualMachine", m) for m in members]
                )
            }
        else:
            raise SimFault("InvalidType", f"type {kind} not simulated", argument=kind)
        if path not in values:
            raise SimFault("InvalidProperty", f"property {path} of {kind}", name=path)
        return values[path]

    def _traverse(self, obj: dict[str, str], path: str) -> list[dict[str, str]]:
        value = self._property(obj, path)
        if isinstance(value, dict) and value.get("_typeName") == "ManagedObjectReference":
            return [value]
        if isinstance(value, dict) and isinstance(value.get("_value"), list):
            return list(value["_value"])
        return []

    def _collect(
        self, obj: dict[str, str], skip: bool, selections: list[Any], out: list[dict[str, str]]
    ) -> None:
        if not skip and obj not in out:
            out.append(obj)
        for sel in selections or ():
            if sel.get("_typeName") != "TraversalSpec" or sel.get("type") != obj["type"]:
                continue
            for target in self._traverse(obj, sel["path"]):
                self._collect(target, bool(sel.get("skip")), sel.get("selectSet") or [], out)

    def op_PropertyCollector_RetrievePropertiesEx(self, moid: str, body: Any, session: Any) -> Any:
        if session is None:
            return None  # anonymous callers see nothing (the spec allows the call)
        objects: list[dict[str, Any]] = []
        for spec in body.get("specSet") or ():
            found: list[dict[str, str]] = []
            for obj_spec in spec.get("objectSet") or ():
                obj = {k: obj_spec["obj"][k] for k in ("type", "value")}
                self._property(obj, "view" if obj["type"] == "ContainerView" else "name")  # exists?
                self._collect(
                    obj, bool(obj_spec.get("skip")), obj_spec.get("selectSet") or [], found
                )
            for obj in found:
                props = []
                for prop_spec in spec.get("propSet") or ():
                    if prop_spec.get("type") != obj["type"]:
                        continue
                    for path in prop_spec.get("pathSet") or ():
                        val = self._property(obj, path)
                        if val is not None:
                            props.append({"_typeName": "DynamicProperty", "name": path, "val": val})
                objects.append(
                    {
                        "_typeName": "ObjectContent",
                        "obj": moref(obj["type"], obj["value"]),
                        "propSet": props,
                    }
                )
        if not objects:
            return None
        return {"_typeName": "RetrieveResult", "objects": objects}

    def op_PropertyCollector_ContinueRetrievePropertiesEx(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        raise SimFault("InvalidArgument", "unknown token", invalidProperty="token")

    def op_PropertyCollector_CancelRetrievePropertiesEx(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        return VOID

    # --- GuestFileManager -------------------------------------------------------------------------
