"""The simulated vCenter's inventory: SearchIndex, ViewManager/ContainerView and the
PropertyCollector over the inventory tree (root folder, datacenter, folders, compute resources,
resource pools, hosts, VMs) and the managers govc reads properties of."""

from __future__ import annotations

from typing import Any

from ._answers import VOID, box, moref
from ._model import Host, SimFault, Vm, World


class Inventory:
    """Operation methods `op_<MoType>_<name>` of the inventory managed objects."""

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

    # --- PropertyCollector ------------------------------------------------------------------------

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

    def _properties(self, obj: dict[str, str], session: Any) -> dict[str, Any]:
        """Every property path the simulator knows for an object, with its value as vCenter
        answers it (boxed), or None when unset (left out of answers). Unknown object: a fault."""
        kind, value = obj["type"], obj["value"]
        if kind == "VirtualMachine":
            return self._vm_properties(self.world.vm(value))
        if kind == "HostSystem":
            host = self.world.hosts.get(value)
            if host is None:
                raise SimFault("ManagedObjectNotFound", f"no host {value}", obj=obj)
            return self._host_properties(host)
        if kind == "ContainerView":
            members = self.world.views.get(value)
            if members is None:
                raise SimFault("ManagedObjectNotFound", f"no view {value}", obj=obj)
            return {"view": _refs(members)}
        if kind == "SessionManager" and value == "SessionManager":
            return {"currentSession": session}
        if kind == "GuestOperationsManager" and value == "guestOperationsManager":
            return {
                "fileManager": moref("GuestFileManager", "guestOperationsFileManager"),
                "processManager": moref("GuestProcessManager", "guestOperationsProcessManager"),
                "authManager": moref("GuestAuthManager", "guestOperationsAuthManager"),
            }
        return self._entity_properties(kind, value)

    def _vm_properties(self, vm: Vm) -> dict[str, Any]:
        pool = self.world.resource_pool(vm.host)
        return {
            "name": box("string", vm.name),
            "parent": moref("Folder", vm.parent),
            "parentVApp": None,
            "resourcePool": moref("ResourcePool", pool) if pool else None,
            "runtime.host": moref("HostSystem", vm.host.moid),
            "runtime.powerState": box("VirtualMachinePowerState", vm.power_state),
            "runtime.connectionState": box("VirtualMachineConnectionState", "connected"),
            "config.instanceUuid": box("string", vm.instance_uuid),
            "config.uuid": box("string", vm.bios_uuid),
            "guest.ipAddress": box("string", vm.ip) if vm.ip else None,
            "guest.hostName": box("string", vm.dns_name) if vm.dns_name else None,
            "guest.guestFamily": box("string", "windowsGuest" if vm.windows else "linuxGuest"),
            "guest.toolsInstallType": box(
                "string", "guestToolsTypeMSI" if vm.windows else "guestToolsTypeOpenVMTools"
            ),
            "guest.toolsRunningStatus": box(
                "string", "guestToolsRunning" if vm.tools_running else "guestToolsNotRunning"
            ),
        }

    def _host_properties(self, host: Host) -> dict[str, Any]:
        signed = [b - 256 if b > 127 else b for b in host.cert_pem]
        vms = [("VirtualMachine", v.moid) for v in self.world.vms.values() if v.host is host]
        return {
            "name": box("string", host.name),
            "parent": moref("ComputeResource", host.parent) if host.parent else None,
            "vm": _refs(vms),
            "config.certificate": box("ArrayOfByte", signed) if host.cert_pem else None,
            "config.virtualNicManagerInfo.netConfig": _net_config(host),
            "runtime.connectionState": box("HostSystemConnectionState", "connected"),
            "runtime.powerState": box("HostSystemPowerState", "poweredOn"),
            "summary.config.sslThumbprint": (
                box("string", host.ssl_thumbprint) if host.ssl_thumbprint else None
            ),
        }

    def _entity_properties(self, kind: str, value: str) -> dict[str, Any]:
        w = self.world
        entity = w.entities.get(value)
        if entity is None or entity.type != kind:
            if kind in ENTITY_TYPES:
                raise SimFault(
                    "ManagedObjectNotFound",
                    f"The object 'vim.{kind}:{value}' has already been deleted "
                    "or has not been completely created",
                    obj=moref(kind, value),
                )
            raise SimFault("InvalidType", f"type {kind} not simulated", argument=kind)
        parent = w.entities.get(entity.parent or "")
        values: dict[str, Any] = {
            "name": box("string", entity.name),
            "parent": moref(parent.type, parent.moid) if parent else None,
        }
        children = w.children(entity.moid)
        if kind == "Folder":
            values["childEntity"] = _refs(children)
            values["childType"] = box("ArrayOfString", list(entity.child_type))
        elif kind == "Datacenter":
            for name in ("vm", "host", "datastore", "network"):
                values[f"{name}Folder"] = moref("Folder", w.dc_folders[name])
            values["datastore"] = _refs([])
            values["network"] = _refs([])
        elif kind == "ComputeResource":
            values["host"] = _refs([c for c in children if c[0] == "HostSystem"])
            pools = [moref(k, m) for k, m in children if k == "ResourcePool"]
            values["resourcePool"] = pools[0] if pools else None
            values["datastore"] = _refs([])
            values["network"] = _refs([])
        elif kind == "ResourcePool":
            owner = w.entities[entity.parent or ""]
            hosts = [h for h in w.hosts.values() if h.parent == owner.moid]
            values["owner"] = moref(owner.type, owner.moid)
            values["resourcePool"] = _refs([])
            values["vm"] = _refs(
                [("VirtualMachine", v.moid) for v in w.vms.values() if v.host in hosts]
            )
        return values

    def _property(self, obj: dict[str, str], path: str, session: Any = None) -> Any:
        values = self._properties(obj, session)
        if path not in values:
            raise SimFault("InvalidProperty", f"property {path} of {obj['type']}", name=path)
        return values[path]

    def op_PropertyCollector_RetrievePropertiesEx(self, moid: str, body: Any, session: Any) -> Any:
        """The objects each filter spec's objectSet selects, with its traversals (TraversalSpecs
        and named SelectionSpecs; a type matches its subtypes: ManagedEntity matches a Folder),
        and the properties its propSet names (`all`: every top-level one). Unset properties are
        left out and objects no PropertySpec applies to are not reported, as vCenter does;
        `options.maxObjects` pages the result (ContinueRetrievePropertiesEx with the token)."""
        if session is None:
            return None  # anonymous callers see nothing (the spec allows the call)
        objects: list[dict[str, Any]] = []
        for spec in body.get("specSet") or ():
            prop_specs = list(spec.get("propSet") or ())
            named: dict[str, dict[str, Any]] = {}
            _named_specs(spec.get("objectSet") or (), named)
            found: list[dict[str, str]] = []
            for obj_spec in spec.get("objectSet") or ():
                obj = {k: obj_spec["obj"][k] for k in ("type", "value")}
                self._properties(obj, session)  # exists?
                selections = obj_spec.get("selectSet") or []
                self._collect(obj, bool(obj_spec.get("skip")), selections, named, found, 0)
            for obj in found:
                content = self._content(obj, prop_specs, session)
                if content is not None:
                    objects.append(content)
        return self._page(objects, (body.get("options") or {}).get("maxObjects"))

    def _content(
        self, obj: dict[str, str], prop_specs: list[Any], session: Any
    ) -> dict[str, Any] | None:
        matching = [p for p in prop_specs if is_a(obj["type"], str(p.get("type")))]
        if not matching:
            return None
        values = self._properties(obj, session)
        paths: list[str] = []
        for prop_spec in matching:
            if prop_spec.get("all"):
                wanted = [p for p in values if "." not in p]
            else:
                wanted = list(prop_spec.get("pathSet") or ())
            paths += [p for p in wanted if p not in paths]
        props = []
        for path in paths:
            if path not in values:
                raise SimFault("InvalidProperty", f"property {path} of {obj['type']}", name=path)
            if values[path] is not None:
                props.append({"_typeName": "DynamicProperty", "name": path, "val": values[path]})
        content: dict[str, Any] = {
            "_typeName": "ObjectContent",
            "obj": moref(obj["type"], obj["value"]),
        }
        if props:
            content["propSet"] = props
        return content

    def _page(self, objects: list[dict[str, Any]], max_objects: Any) -> Any:
        if not objects:
            return None
        limit = int(max_objects or 0)
        result: dict[str, Any] = {"_typeName": "RetrieveResult"}
        if 0 < limit < len(objects):
            token = str(self.world.next_id())
            with self.world.lock:
                self.world.pages[token] = (objects[limit:], limit)
            result["token"] = token
            objects = objects[:limit]
        result["objects"] = objects
        return result

    def _traverse(self, obj: dict[str, str], path: str) -> list[dict[str, str]]:
        value = self._properties(obj, None).get(path)
        refs = value.get("_value") if isinstance(value, dict) else None
        if isinstance(value, dict) and value.get("_typeName") == "ManagedObjectReference":
            refs = [value]
        return [
            {"type": v["type"], "value": v["value"]}
            for v in refs or ()
            if isinstance(v, dict) and v.get("_typeName") == "ManagedObjectReference"
        ]

    def _collect(
        self,
        obj: dict[str, str],
        skip: bool,
        selections: list[Any],
        named: dict[str, dict[str, Any]],
        out: list[dict[str, str]],
        depth: int,
    ) -> None:
        if not skip and obj not in out:
            out.append(obj)
        if depth > MAX_TRAVERSAL_DEPTH:
            return
        for sel in selections:
            traversal = sel
            if sel.get("_typeName") != "TraversalSpec":
                traversal = named.get(str(sel.get("name")))
                if traversal is None:
                    raise SimFault(
                        "InvalidArgument",
                        f"undefined TraversalSpec name {sel.get('name')!r}",
                        invalidProperty="selectSet",
                    )
            if not is_a(obj["type"], str(traversal.get("type"))):
                continue
            for target in self._traverse(obj, str(traversal.get("path"))):
                more = traversal.get("selectSet") or []
                self._collect(target, bool(traversal.get("skip")), more, named, out, depth + 1)

    def op_PropertyCollector_ContinueRetrievePropertiesEx(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        with self.world.lock:
            page = self.world.pages.pop(str(body.get("token")), None)
        if page is None:
            raise SimFault("InvalidArgument", "unknown token", invalidProperty="token")
        rest, limit = page
        return self._page(rest, limit)

    def op_PropertyCollector_CancelRetrievePropertiesEx(
        self, moid: str, body: Any, session: Any
    ) -> Any:
        with self.world.lock:
            self.world.pages.pop(str(body.get("token")), None)
        return VOID


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
MAX_TRAVERSAL_DEPTH = 64  # SelectionSpecs may refer back to themselves (govc's traverseParent)


def is_a(kind: str, base: str) -> bool:
    """Whether managed object type `kind` is `base` or one of its subtypes."""
    while kind:
        if kind == base:
            return True
        kind = PARENT_TYPES.get(kind, "")
    return False


ENTITY_TYPES = {t for t in PARENT_TYPES if is_a(t, "ManagedEntity")}


def _refs(members: list[tuple[str, str]]) -> dict[str, Any]:
    return box("ArrayOfManagedObjectReference", [moref(k, m) for k, m in members])


def _named_specs(selections: Any, named: dict[str, dict[str, Any]]) -> None:
    """Every named TraversalSpec of a filter spec, however deeply nested: SelectionSpecs refer
    to them by name."""
    for item in selections or ():
        for sel in item.get("selectSet") or ():
            if sel.get("_typeName") != "TraversalSpec":
                continue
            name = sel.get("name")
            if name and name in named:
                continue
            if name:
                named[name] = sel
            _named_specs([sel], named)


def _net_config(host: Host) -> dict[str, Any]:
    """HostSystem config.virtualNicManagerInfo.netConfig: the management vmknics (one, vmk0,
    with the address the host's file service listens on, unless `host.management` says
    otherwise), as ESXi reports them: IPv4 in `ip.ipAddress`, IPv6 in `ip.ipV6Config` (govc
    swaps an unresolvable host name in a transfer URL for the management address)."""
    listening = host.endpoint.rsplit(":", 1)[0].strip("[]") if host.endpoint else "127.0.0.1"
    addresses = [listening] if host.management is None else host.management
    nics = [_vnic(f"vmk{i}", address) for i, address in enumerate(addresses)]
    config = {
        "_typeName": "VirtualNicManagerNetConfig",
        "nicType": "management",
        "multiSelectAllowed": True,
        "candidateVnic": nics,
        "selectedVnic": [nic["key"] for nic in nics],
    }
    vmotion = {  # a NicType that is not management: never a transfer address
        "_typeName": "VirtualNicManagerNetConfig",
        "nicType": "vmotion",
        "multiSelectAllowed": True,
        "candidateVnic": [_vnic("vmk9", "192.0.2.9", "vmotion")],
        "selectedVnic": ["vmotion.key-vim.host.VirtualNic-vmk9"],
    }
    return box("ArrayOfVirtualNicManagerNetConfig", [vmotion, config])


def _vnic(device: str, address: str, nic_type: str = "management") -> dict[str, Any]:
    ip: dict[str, Any] = {"_typeName": "HostIpConfig", "dhcp": False}
    if ":" in address:
        ip["ipAddress"] = ""
        ip["ipV6Config"] = {
            "_typeName": "HostIpConfigIpV6AddressConfiguration",
            "autoConfigurationEnabled": False,
            "dhcpV6Enabled": False,
            "ipV6Address": [
                {
                    "_typeName": "HostIpConfigIpV6Address",
                    "ipAddress": "fe80::250:56ff:fe01:2",
                    "prefixLength": 64,
                    "origin": "other",
                    "dadState": "preferred",
                },
                {
                    "_typeName": "HostIpConfigIpV6Address",
                    "ipAddress": address,
                    "prefixLength": 128,
                    "origin": "manual",
                    "dadState": "preferred",
                },
            ],
        }
    else:
        ip["ipAddress"] = address
        ip["subnetMask"] = "255.0.0.0"
    return {
        "_typeName": "HostVirtualNic",
        "device": device,
        "key": f"{nic_type}.key-vim.host.VirtualNic-{device}",
        "portgroup": "Management Network" if nic_type == "management" else "vMotion",
        "spec": {"_typeName": "HostVirtualNicSpec", "ip": ip, "mtu": 1500},
    }
