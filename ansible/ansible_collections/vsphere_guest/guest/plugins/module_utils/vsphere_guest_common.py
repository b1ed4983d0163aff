# Copyright: vsphere-guest contributors
# Apache License 2.0 (see the repository's LICENSE)
"""What the modules share: the connection and VM options of community.vmware (same names,
types, defaults, aliases and environment fallbacks), the client, the VM lookup by
`vm_id_type`, and errors as `fail_json` with the library's message and the vSphere fault."""

from __future__ import annotations

import hashlib
import logging
import os
import traceback

from ansible.module_utils.basic import env_fallback, missing_required_lib

try:
    from vim25_json.api.container_view import container_view_destroy_view
    from vim25_json.api.property_collector import (
        property_collector_continue_retrieve_properties_ex,
        property_collector_retrieve_properties_ex,
    )
    from vim25_json.api.search_index import (
        search_index_find_by_dns_name,
        search_index_find_by_inventory_path,
        search_index_find_by_uuid,
    )
    from vim25_json.api.service_instance import service_instance_retrieve_service_content
    from vim25_json.api.view_manager import view_manager_create_container_view
    from vim25_json.models import (
        ContinueRetrievePropertiesExRequestType,
        CreateContainerViewRequestType,
        FindByDnsNameRequestType,
        FindByInventoryPathRequestType,
        FindByUuidRequestType,
        ObjectSpec,
        PropertyFilterSpec,
        PropertySpec,
        RetrieveOptions,
        RetrievePropertiesExRequestType,
        TraversalSpec,
    )
    from vsphere_guest import Client, GuestCredentials, VmRef, VsphereGuestError, faults

    HAS_VSPHERE_GUEST = True
    IMPORT_ERROR = None
except ImportError:
    HAS_VSPHERE_GUEST = False
    IMPORT_ERROR = traceback.format_exc()

VM_ID_TYPES = ["inventory_path", "uuid", "instance_uuid", "dns_name", "vm_name"]
CA_ENV = "VSPHERE_CA"  # the CA bundle that verifies vCenter, as for the vsphere-guest command


def base_argument_spec():
    """community.vmware's connection options (vmware.vmware's base_argument_spec)."""
    return dict(
        hostname=dict(type="str", required=False, fallback=(env_fallback, ["VMWARE_HOST"])),
        username=dict(
            type="str",
            aliases=["user", "admin"],
            required=False,
            fallback=(env_fallback, ["VMWARE_USER"]),
        ),
        password=dict(
            type="str",
            aliases=["pass", "pwd"],
            required=False,
            no_log=True,
            fallback=(env_fallback, ["VMWARE_PASSWORD"]),
        ),
        port=dict(type="int", default=443, fallback=(env_fallback, ["VMWARE_PORT"])),
        validate_certs=dict(
            type="bool",
            required=False,
            default=True,
            fallback=(env_fallback, ["VMWARE_VALIDATE_CERTS"]),
        ),
        proxy_host=dict(
            type="str", required=False, default=None, fallback=(env_fallback, ["VMWARE_PROXY_HOST"])
        ),
        proxy_port=dict(
            type="int", required=False, default=None, fallback=(env_fallback, ["VMWARE_PROXY_PORT"])
        ),
    )


def vm_argument_spec():
    """The connection options and vmware_guest_file_operation's VM and guest login options."""
    spec = base_argument_spec()
    spec.update(
        datacenter=dict(type="str"),
        cluster=dict(type="str"),
        folder=dict(type="str"),
        vm_id=dict(type="str", required=True),
        vm_id_type=dict(default="vm_name", type="str", choices=VM_ID_TYPES),
        vm_username=dict(type="str", required=True),
        vm_password=dict(type="str", no_log=True, required=True),
        timeout=dict(type="int", default=100),
    )
    return spec


VM_REQUIRED_IF = [["vm_id_type", "inventory_path", ["folder"]]]


class ModuleFailure(Exception):
    """A failure to report with fail_json (raised where a helper cannot call it itself)."""

    def __init__(self, msg, **fields):
        Exception.__init__(self, msg)
        self.msg, self.fields = msg, fields


def require_library(module):
    if not HAS_VSPHERE_GUEST:
        module.fail_json(msg=missing_required_lib("vsphere-guest"), exception=IMPORT_ERROR)
    logging.getLogger("vsphere_guest").addHandler(logging.NullHandler())  # no stray stderr


def _missing(what, env):
    return (
        f"{what} parameter is missing. Please specify this parameter in task or export "
        f"environment variable like 'export {env}=...'"
    )


def connect(module):
    """A Client for the module's connection options (not yet logged in)."""
    p = module.params
    for name, env in (("hostname", "VMWARE_HOST"), ("username", "VMWARE_USER")):
        if not p[name]:
            module.fail_json(msg=_missing(name.capitalize(), env))
    if not p["password"]:
        module.fail_json(msg=_missing("Password", "VMWARE_PASSWORD"))
    host = p["hostname"]
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # a bare IPv6 address
    verify = False
    if p["validate_certs"]:
        verify = os.environ.get(CA_ENV) or True
    else:
        module.warn(
            "validate_certs is false: vCenter's certificate is NOT verified. ESXi hosts stay "
            "pinned to the certificate vCenter reports for them."
        )
    kwargs = dict(username=p["username"], password=p["password"], verify=verify)
    kwargs["timeout"] = p["timeout"] if p.get("timeout") else 100
    if p["proxy_host"]:
        if not p["proxy_port"]:
            module.fail_json(msg="proxy_port is required when proxy_host is set")
        proxy = p["proxy_host"]
        if ":" in proxy and not proxy.startswith("["):
            proxy = f"[{proxy}]"  # a bare IPv6 address
        kwargs["proxy"] = f"http://{proxy}:{p['proxy_port']}"
    try:
        return Client(f"{host}:{p['port']}", **kwargs)
    except TypeError as exc:
        if "proxy" in kwargs and "proxy" in str(exc):
            module.fail_json(msg="this vsphere-guest has no proxy support (Client(proxy=))")
        raise


def credentials(module):
    return GuestCredentials(module.params["vm_username"], module.params["vm_password"])


def _entities(client, content, container, kind, props):
    """(moref, {property: value}) of every `kind` below `container` (a container view)."""
    body = CreateContainerViewRequestType(container=container, recursive=True, type_=[kind])
    view = client.call(
        view_manager_create_container_view, mo_id=content.view_manager.value, body=body
    )
    try:
        traverse = TraversalSpec(type_="ContainerView", path="view", skip=False)
        spec = PropertyFilterSpec(
            object_set=[ObjectSpec(obj=view, skip=True, select_set=[traverse])],
            prop_set=[PropertySpec(type_=kind, path_set=list(props))],
        )
        return _retrieve(client, content, spec)
    finally:
        client.call(container_view_destroy_view, mo_id=view.value)


def _retrieve(client, content, spec):
    collector = content.property_collector.value
    body = RetrievePropertiesExRequestType(spec_set=[spec], options=RetrieveOptions())
    result = client.call(property_collector_retrieve_properties_ex, mo_id=collector, body=body)
    found = []
    while result is not None:
        for obj in result.objects:
            values = {p.name: getattr(p.val, "value", p.val) for p in (obj.prop_set or [])}
            found.append((obj.obj, values))
        token = result.token if isinstance(result.token, str) else None
        if not token:
            break
        more = ContinueRetrievePropertiesExRequestType(token=token)
        result = client.call(
            property_collector_continue_retrieve_properties_ex, mo_id=collector, body=more
        )
    return found


def _vm_uuid(client, content, vm):
    spec = PropertyFilterSpec(
        object_set=[ObjectSpec(obj=vm, skip=False)],
        prop_set=[PropertySpec(type_="VirtualMachine", path_set=["name", "config.uuid"])],
    )
    found = _retrieve(client, content, spec)
    values = found[0][1] if found else {}
    return values.get("name"), values.get("config.uuid")


def _is(ref, kind):
    return ref is not None and getattr(ref.type_, "value", ref.type_) == kind


def find_vm(module, client):
    """(VmRef, BIOS UUID) of the VM that vm_id / vm_id_type name, scoped by datacenter and
    cluster as community.vmware does; several VMs matching a name is an error, never a guess."""
    p = module.params
    content = client.call(service_instance_retrieve_service_content, mo_id="ServiceInstance")
    index = content.search_index.value
    datacenter = None
    if p["datacenter"]:
        body = FindByInventoryPathRequestType(inventory_path=p["datacenter"])
        datacenter = client.call(search_index_find_by_inventory_path, mo_id=index, body=body)
        if not _is(datacenter, "Datacenter"):
            raise ModuleFailure(f"Unable to find {p['datacenter']} datacenter")
    cluster = None
    if p["cluster"]:
        scope = datacenter or content.root_folder
        named = [
            ref
            for ref, v in _entities(client, content, scope, "ClusterComputeResource", ["name"])
            if v.get("name") == p["cluster"]
        ]
        if not named:
            raise ModuleFailure(f"Unable to find {p['cluster']} cluster")
        cluster = named[0]
    kind, vm_id = p["vm_id_type"], p["vm_id"]
    vm = None
    if kind in ("uuid", "instance_uuid"):
        body = FindByUuidRequestType(uuid=vm_id, vm_search=True, instance_uuid=kind != "uuid")
        if datacenter is not None:
            body.datacenter = datacenter
        vm = client.call(search_index_find_by_uuid, mo_id=index, body=body)
    elif kind == "dns_name":
        body = FindByDnsNameRequestType(dns_name=vm_id, vm_search=True)
        if datacenter is not None:
            body.datacenter = datacenter
        vm = client.call(search_index_find_by_dns_name, mo_id=index, body=body)
    elif kind == "inventory_path":
        folder = p["folder"].strip("/")
        paths = [f"{folder}/{vm_id}"] + ([f"{folder}/vm/{vm_id}"] if "/" not in folder else [])
        for path in paths:
            body = FindByInventoryPathRequestType(inventory_path=path)
            vm = client.call(search_index_find_by_inventory_path, mo_id=index, body=body)
            if _is(vm, "VirtualMachine"):
                break
    else:
        scope = cluster or datacenter or content.root_folder
        found = _entities(client, content, scope, "VirtualMachine", ["name", "config.uuid"])
        named = [(ref, v) for ref, v in found if v.get("name") == vm_id]
        if len(named) > 1:
            ids = ", ".join(sorted(pair[0].value for pair in named))
            raise ModuleFailure(
                f"{len(named)} virtual machines are named {vm_id} ({ids}): narrow the search "
                "with datacenter or cluster, or use vm_id_type uuid or inventory_path"
            )
        if named:
            ref, values = named[0]
            return VmRef(ref.value, vm_id), values.get("config.uuid")
    if not _is(vm, "VirtualMachine"):
        raise ModuleFailure("Unable to find virtual machine.")
    name, uuid = _vm_uuid(client, content, vm)
    return VmRef(vm.value, name), uuid


def error_result(exc):
    """fail_json's msg and fields for an exception: the library's message and, for a vSphere
    fault, its type name (`fault`). Never a traceback."""
    if isinstance(exc, ModuleFailure):
        return exc.msg, dict(exc.fields)
    fields = {}
    if isinstance(exc, faults.MethodFault):
        fields["fault"] = exc.type_name
    if isinstance(exc, VsphereGuestError):
        fields["error"] = type(exc).__name__
        advice = {
            "overwrite": "set overwrite: true",
            "parents": "use ansible.builtin.file with state: directory",
        }
        return exc.advised(advice), fields
    fields["error"] = type(exc).__name__
    return f"{type(exc).__name__}: {exc}", fields


def fault_name(exc):
    return exc.type_name if isinstance(exc, faults.MethodFault) else None


def sha256_of_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_of_guest_file(client, vm, guest_path, creds):
    """The guest file's size and SHA-256, streamed (nothing written locally)."""
    digest = hashlib.sha256()
    size = 0
    with client.open_download(vm, guest_path, credentials=creds) as stream:
        for chunk in stream:
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def guest_entry(client, vm, guest_path, creds):
    """The GuestFile of `guest_path` (from a listing of its folder), or None when missing."""
    path = guest_path.rstrip("/\\") or guest_path
    sep = "\\" if "\\" in path and "/" not in path else "/"
    folder, name = path.rsplit(sep, 1) if sep in path else ("", path)
    if not name:
        return None
    folder = folder or sep
    if sep == "\\" and folder.endswith(":"):
        folder += "\\"
    try:
        entries = client.list_files(vm, folder, credentials=creds)
    except faults.fault_class("FileNotFound"):
        return None
    return next((e for e in entries if e.path == name), None)


def run(module, action):
    """Connect, find the VM, run `action(client, vm, uuid)` (a dict for exit_json), and turn
    every error into fail_json (with `uuid` once the VM is known)."""
    require_library(module)
    uuid = None
    try:
        with connect(module) as client:
            vm, uuid = find_vm(module, client)
            result = action(client, vm, uuid)
    except Exception as exc:  # every error is a fail_json, never a traceback
        msg, fields = error_result(exc)
        if uuid is not None:
            fields.setdefault("uuid", uuid)
        module.fail_json(msg=msg, **fields)
    module.exit_json(**result)
