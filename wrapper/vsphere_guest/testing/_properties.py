"""What the simulated vCenter reports as each managed object's properties (VMs, hosts, folders,
datacenter, compute resources, pools, views, managers), boxed as vCenter answers them."""

from __future__ import annotations

from typing import Any

from ._answers import box, moref
from ._entities import Host, Vm
from ._faults import SimFault
from ._inventory import ENTITY_TYPES
from ._model import World


class ObjectProperties:
    """The property paths and values of every managed object, for the PropertyCollector."""

    world: World

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


def _refs(members: list[tuple[str, str]]) -> dict[str, Any]:
    return box("ArrayOfManagedObjectReference", [moref(k, m) for k, m in members])


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
