"""Inventory lookups over the session: find_vm (path, name, UUID, DNS name, IP, moref id) and
the ESXi host certificate of a VM, fetched in one PropertyCollector round trip and cached.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import re
import ssl
from dataclasses import dataclass
from typing import Any

from vim25_json.api.container_view import container_view_destroy_view
from vim25_json.api.property_collector import property_collector_retrieve_properties_ex
from vim25_json.api.search_index import (
    search_index_find_by_dns_name,
    search_index_find_by_inventory_path,
    search_index_find_by_ip,
    search_index_find_by_uuid,
)
from vim25_json.api.view_manager import view_manager_create_container_view
from vim25_json.models import (
    CreateContainerViewRequestType,
    FindByDnsNameRequestType,
    FindByInventoryPathRequestType,
    FindByIpRequestType,
    FindByUuidRequestType,
    ManagedObjectReference,
    MoTypesEnum,
    ObjectSpec,
    PropertyFilterSpec,
    PropertySpec,
    RetrieveOptions,
    RetrievePropertiesExRequestType,
    SelectionSpec,
    TraversalSpec,
)

from .. import faults
from ..dataplane.tls import pem_from_wire, pinned_certificate
from ..errors import AmbiguousVm, HostCertificateError, InvalidAnswer, VmNotFound, advise, fill
from ..types import VmRef
from .effects import Flow, clean_up
from .session import Session, require_moref

logger = logging.getLogger("vsphere_guest")

MOREF_ID = re.compile(r"^vm-\d+$")
UUID = re.compile(
    r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"
)


def moref(type_name: str, value: str) -> ManagedObjectReference:
    return ManagedObjectReference(type_=MoTypesEnum(type_name), value=value)


def vm_moref(vm: VmRef) -> ManagedObjectReference:
    return moref("VirtualMachine", vm.moid)


def _vm_ref(result: object, name: str | None = None) -> VmRef | None:
    if isinstance(result, ManagedObjectReference) and result.type_ == MoTypesEnum.VIRTUALMACHINE:
        return VmRef(result.value, name)
    return None


def retrieve(session: Session, spec: PropertyFilterSpec) -> Flow[list[dict[str, Any]]]:
    """RetrievePropertiesEx as raw ObjectContent dicts (values stay as the wire sends them)."""
    content = yield from session.ready()
    body = RetrievePropertiesExRequestType(spec_set=[spec], options=RetrieveOptions())
    response = yield from session.send(
        property_collector_retrieve_properties_ex, mo_id=content.property_collector.value, body=body
    )
    if not response.content.strip():
        return []
    data = _retrieve_result(response)
    objects: list[dict[str, Any]] = list(data.get("objects") or [])
    if data.get("token"):
        # More than one page is not expected for the small queries made here; say so loudly.
        logger.warning("PropertyCollector result was paged; only the first page was read")
    return objects


def _retrieve_result(response: Any) -> dict[str, Any]:
    """The RetrieveResult as JSON, its shape checked (objects with an obj reference, properties
    with a name); values are left as the wire sends them (certificates come in several
    encodings, see pem_from_wire). InvalidAnswer if it does not fit."""
    status = response.status_code
    try:
        data = response.json()
    except ValueError:
        raise InvalidAnswer(status, "RetrievePropertiesEx answer is not JSON") from None
    objects = data.get("objects") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(objects or [], list):
        raise InvalidAnswer(status, "RetrievePropertiesEx answer is not a RetrieveResult")
    for i, obj in enumerate(objects or []):
        ref = obj.get("obj") if isinstance(obj, dict) else None
        if not isinstance(ref, dict) or not all(
            isinstance(ref.get(k), str) for k in ("type", "value")
        ):
            raise InvalidAnswer(status, f"RetrievePropertiesEx objects[{i}] has no obj reference")
        prop_set = obj.get("propSet") or []
        if not isinstance(prop_set, list) or not all(
            isinstance(p, dict) and isinstance(p.get("name"), str) for p in prop_set
        ):
            raise InvalidAnswer(status, f"RetrievePropertiesEx objects[{i}] has a bad propSet")
    return data


def props(obj: dict[str, Any]) -> dict[str, Any]:
    """propSet of an ObjectContent as name -> value, boxed primitives unboxed."""
    out: dict[str, Any] = {}
    for prop in obj.get("propSet") or ():
        value = prop.get("val")
        if isinstance(value, dict) and "_value" in value and set(value) <= {"_typeName", "_value"}:
            value = value["_value"]
        out[prop["name"]] = value
    return out


def _spec(objects: list[ObjectSpec], *prop_specs: PropertySpec) -> PropertyFilterSpec:
    return PropertyFilterSpec(prop_set=list(prop_specs), object_set=objects)


def _prop_spec(type_name: str, *paths: str) -> PropertySpec:
    return PropertySpec(type_=type_name, path_set=list(paths))


def inventory_paths(session: Session, moids: list[str]) -> Flow[dict[str, str]]:
    """Inventory paths (`DC0/vm/prod/web-01`) of VMs, from one RetrievePropertiesEx that walks
    `parent` up to the root folder (whose own name, Datacenters, is not part of a path)."""
    up = TraversalSpec(
        name="traverseParent",
        type_="ManagedEntity",
        path="parent",
        skip=False,
        select_set=[SelectionSpec(name="traverseParent")],
    )
    objects = yield from retrieve(
        session,
        _spec(
            [
                ObjectSpec(obj=moref("VirtualMachine", m), skip=False, select_set=[up])
                for m in moids
            ],
            _prop_spec("ManagedEntity", "name", "parent"),
        ),
    )
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    for obj in objects:
        values = props(obj)
        key = obj["obj"]["value"]
        names[key] = str(values.get("name", key))
        parent = values.get("parent")
        if isinstance(parent, dict) and isinstance(parent.get("value"), str):
            parents[key] = parent["value"]
    paths: dict[str, str] = {}
    for moid in moids:
        chain: list[str] = []
        at = moid
        while at in parents and len(chain) < 64:  # the root folder has no parent: not shown
            chain.append(names.get(at, at))
            at = parents[at]
        paths[moid] = "/".join(reversed(chain))
    return paths


def vm_name(session: Session, moid: str) -> Flow[str]:
    objects = yield from retrieve(
        session,
        _spec(
            [ObjectSpec(obj=moref("VirtualMachine", moid))],
            _prop_spec("VirtualMachine", "name"),
        ),
    )
    for obj in objects:
        return str(props(obj).get("name", moid))
    raise VmNotFound(f"no VM with moref id {moid!r}")


def vm_property(session: Session, vm: VmRef, path: str) -> Flow[object]:
    """One property of a VM (`guest.toolsRunningStatus`), unboxed; None when it is unset."""
    spec = _spec([ObjectSpec(obj=vm_moref(vm))], _prop_spec("VirtualMachine", path))
    objects = yield from retrieve(session, spec)
    return next((props(obj).get(path) for obj in objects), None)


def vms_named(session: Session, name: str) -> Flow[list[VmRef]]:
    """Every VM whose name is exactly `name` (a container view over the root folder)."""
    content = yield from session.ready()
    view_body = CreateContainerViewRequestType(
        container=content.root_folder, recursive=True, type_=["VirtualMachine"]
    )
    manager = require_moref(content.view_manager, "viewManager")
    view = yield from session.call(
        view_manager_create_container_view, mo_id=manager.value, body=view_body
    )
    if not isinstance(view, ManagedObjectReference):
        raise VmNotFound("the server did not create a container view")
    destroy = session.call(container_view_destroy_view, mo_id=view.value)
    try:
        traverse = TraversalSpec(type_="ContainerView", path="view", skip=False)
        objects = yield from retrieve(
            session,
            _spec(
                [
                    ObjectSpec(
                        obj=view,
                        skip=True,
                        select_set=[traverse],
                    )
                ],
                _prop_spec("VirtualMachine", "name"),
            ),
        )
    except BaseException as exc:  # an interrupt too: see clean_up
        yield from clean_up(exc, destroy, f"container view {view.value} on vCenter")
        raise
    yield from destroy
    return [VmRef(obj["obj"]["value"], name) for obj in objects if props(obj).get("name") == name]


def _looks_like_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def find_vm(session: Session, ref: str) -> Flow[VmRef]:
    """Resolve a VM reference; see Client.find_vm for the accepted forms."""
    content = yield from session.ready()
    index = require_moref(content.search_index, "searchIndex")
    text = ref.strip()
    if not text:
        raise VmNotFound("empty VM reference")
    if MOREF_ID.match(text):
        try:
            name = yield from vm_name(session, text)
        except faults.fault_class("ManagedObjectNotFound") as exc:
            raise VmNotFound(f"no VM with moref id {text!r}") from exc
        return VmRef(text, name)
    if UUID.match(text):
        for instance in (True, False):
            body = FindByUuidRequestType(uuid=text, vm_search=True, instance_uuid=instance)
            found = _vm_ref(
                (yield from session.call(search_index_find_by_uuid, mo_id=index.value, body=body))
            )
            if found:
                return found
        raise VmNotFound(f"no VM with instance or BIOS UUID {text}")
    if _looks_like_ip(text):
        body_ip = FindByIpRequestType(ip=text, vm_search=True)
        found = _vm_ref(
            (yield from session.call(search_index_find_by_ip, mo_id=index.value, body=body_ip))
        )
        if found:
            return found
        raise VmNotFound(f"no VM reports the IP address {text} (VMware Tools must be running)")
    if "/" in text:
        body_path = FindByInventoryPathRequestType(inventory_path=text)
        found = _vm_ref(
            (
                yield from session.call(
                    search_index_find_by_inventory_path, mo_id=index.value, body=body_path
                )
            ),
            text.rsplit("/", 1)[-1],
        )
        if found:
            return found
        raise VmNotFound(f"no VM at inventory path {text!r} (expected DC/vm/folder/name)")
    named = yield from vms_named(session, text)
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        matches = sorted(vm.moid for vm in named)
        raise AmbiguousVm(text, matches, (yield from inventory_paths(session, matches)))
    body_dns = FindByDnsNameRequestType(dns_name=text, vm_search=True)
    found = _vm_ref(
        (yield from session.call(search_index_find_by_dns_name, mo_id=index.value, body=body_dns))
    )
    if found:
        return found
    raise VmNotFound(f"no VM named {text!r} and none with that DNS name")


HOST_VERIFY = {"host_verify": "pass host_verify="}  # the library's advice in its errors


@dataclass(frozen=True)
class HostPin:
    """The ESXi host a VM runs on, its certificate (DER) and the TLS context pinned to it, and
    one address per management vmknic (tried when the host's name does not resolve)."""

    host: str
    name: str | None
    context: ssl.SSLContext
    fingerprint: str
    der: bytes
    management: tuple[str, ...] = ()


NET_CONFIG = "config.virtualNicManagerInfo.netConfig"


def management_addresses(net_config: object) -> tuple[str, ...]:
    """One address per selected vmknic of the `management` NicType, from a raw
    `VirtualNicManagerNetConfig[]` (a type outside the spec subset, read as the wire sends it):
    `spec.ip.ipAddress` when it is an address, else the first IPv6 address of
    `spec.ip.ipV6Config` that is not link-local (which would need a scope). Anything that does
    not fit is skipped, never an error: this is a fallback."""
    found: list[str] = []
    for config in net_config if isinstance(net_config, list) else ():
        if not isinstance(config, dict) or config.get("nicType") != "management":
            continue
        selected = config.get("selectedVnic") or []
        for nic in config.get("candidateVnic") or ():
            if isinstance(nic, dict) and nic.get("key") in selected:
                address = _vnic_address(nic)
                if address is not None:
                    found.append(address)
    return tuple(found)


def _vnic_address(nic: dict[str, Any]) -> str | None:
    spec = nic.get("spec")
    ip = spec.get("ip") if isinstance(spec, dict) else None
    if not isinstance(ip, dict):
        return None
    v6 = ip.get("ipV6Config")
    v6_addresses = v6.get("ipV6Address") if isinstance(v6, dict) else None
    candidates = [ip.get("ipAddress")] + [
        a.get("ipAddress") for a in v6_addresses or () if isinstance(a, dict)
    ]
    for text in candidates:
        if isinstance(text, str):
            try:
                address = ipaddress.ip_address(text)
            except ValueError:
                continue
            if not (address.is_link_local or address.is_unspecified):
                return str(address)
    return None


def host_pin(session: Session, vm: VmRef) -> Flow[HostPin]:
    """vm -> runtime.host -> config.certificate (and the management vmknics) in one
    RetrievePropertiesEx (a TraversalSpec)."""
    to_host = TraversalSpec(type_="VirtualMachine", path="runtime.host", skip=False)
    objects = yield from retrieve(
        session,
        _spec(
            [
                ObjectSpec(
                    obj=vm_moref(vm),
                    skip=False,
                    select_set=[to_host],
                )
            ],
            _prop_spec("VirtualMachine", "runtime.host"),
            _prop_spec("HostSystem", "config.certificate", "name", NET_CONFIG),
        ),
    )
    hosts = {o["obj"]["value"]: props(o) for o in objects if o["obj"].get("type") == "HostSystem"}
    vm_props = next((props(o) for o in objects if o["obj"].get("value") == vm.moid), {})
    host_ref = vm_props.get("runtime.host")
    host_id = host_ref.get("value") if isinstance(host_ref, dict) else None
    if host_id is None or host_id not in hosts:
        template = f"cannot tell which ESXi host runs VM {vm.moid}; {{host_verify}} to choose trust"
        raise advise(HostCertificateError(fill(template, HOST_VERIFY)), template, HOST_VERIFY)
    host = hosts[host_id]
    cert = host.get("config.certificate")
    if cert is None:
        template = (
            f"vCenter did not return the certificate of ESXi host {host.get('name', host_id)}; "
            "refusing to send the transfer token to an unverified peer ({host_verify} to trust "
            "a CA file or context instead)"
        )
        raise advise(HostCertificateError(fill(template, HOST_VERIFY)), template, HOST_VERIFY)
    try:
        der, context = pinned_certificate(pem_from_wire(cert))
    except (ValueError, ssl.SSLError) as exc:
        raise HostCertificateError(
            f"ESXi host {host.get('name', host_id)} certificate is unusable: {exc}"
        ) from exc
    fingerprint = hashlib.sha256(der).hexdigest()
    management = management_addresses(host.get(NET_CONFIG))
    return HostPin(host_id, host.get("name"), context, fingerprint, der, management)
