"""The drop-in's argument spec against community.vmware.vmware_guest_file_operation's (its
main() with vmware.vmware's base_argument_spec, written out here as data): every upstream
option is there with the same type, default, aliases, choices, required, no_log and
environment fallback, and the same mutual exclusions."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from .conftest import ANSIBLE_DIR

sys.path.insert(0, str(ANSIBLE_DIR))  # ansible_collections.* as Ansible imports it
from ansible_collections.vsphere_guest.guest.plugins.module_utils import (
    vsphere_guest_common as common,
)
from ansible_collections.vsphere_guest.guest.plugins.modules import (
    vmware_guest_file_operation as module,
)

ENV = {
    "hostname": "VMWARE_HOST",
    "username": "VMWARE_USER",
    "password": "VMWARE_PASSWORD",
    "port": "VMWARE_PORT",
    "validate_certs": "VMWARE_VALIDATE_CERTS",
    "proxy_host": "VMWARE_PROXY_HOST",
    "proxy_port": "VMWARE_PROXY_PORT",
}
UPSTREAM: dict[str, dict[str, Any]] = {
    "hostname": dict(type="str"),
    "username": dict(type="str", aliases=["user", "admin"]),
    "password": dict(type="str", aliases=["pass", "pwd"], no_log=True),
    "port": dict(type="int", default=443),
    "validate_certs": dict(type="bool", default=True),
    "proxy_host": dict(type="str"),
    "proxy_port": dict(type="int"),
    "datacenter": dict(type="str"),
    "cluster": dict(type="str"),
    "folder": dict(type="str"),
    "vm_id": dict(type="str", required=True),
    "vm_id_type": dict(
        type="str",
        default="vm_name",
        choices=["inventory_path", "uuid", "instance_uuid", "dns_name", "vm_name"],
    ),
    "vm_username": dict(type="str", required=True),
    "vm_password": dict(type="str", required=True, no_log=True),
    "timeout": dict(type="int", default=100),
    "directory": dict(
        type="dict",
        options=dict(
            operation=dict(type="str", required=True, choices=["create", "delete", "mktemp"]),
            path=dict(type="str"),
            prefix=dict(type="str"),
            suffix=dict(type="str"),
            recurse=dict(type="bool", default=False),
        ),
    ),
    "copy": dict(
        type="dict",
        options=dict(
            src=dict(type="str", required=True),
            dest=dict(type="str", required=True),
            overwrite=dict(type="bool", default=False),
        ),
    ),
    "fetch": dict(
        type="dict",
        options=dict(src=dict(type="str", required=True), dest=dict(type="str", required=True)),
    ),
}
FIELDS = ("type", "default", "aliases", "choices", "required", "no_log")


def same(ours: dict[str, Any], theirs: dict[str, Any], where: str) -> None:
    for field in FIELDS:
        mine, upstream = ours.get(field), theirs.get(field)
        if field in ("aliases", "choices") and mine is not None:
            mine, upstream = sorted(mine), sorted(upstream or [])
        if field in ("required", "no_log"):  # False and absent mean the same
            mine, upstream = bool(mine), bool(upstream)
        assert mine == upstream, f"{where}.{field}: {mine!r} != {upstream!r}"
    for name, sub in theirs.get("options", {}).items():
        same(ours["options"][name], sub, f"{where}.{name}")


@pytest.mark.parametrize("name", sorted(UPSTREAM))
def test_every_upstream_option_is_the_same(name: str) -> None:
    spec = module.argument_spec()
    assert name in spec
    same(spec[name], UPSTREAM[name], name)
    if name in ENV:
        assert spec[name]["fallback"][1] == [ENV[name]]


def test_additions_are_optional_and_the_rules_are_upstreams() -> None:
    spec = module.argument_spec()
    assert set(spec) == set(UPSTREAM)  # no new top-level option
    added = {
        f"{top}.{sub}"
        for top in ("copy", "fetch", "directory")
        for sub in set(spec[top]["options"]) - set(UPSTREAM[top]["options"])
    }
    assert added == {"copy.checksum", "fetch.checksum"}
    assert not any(spec[a.split(".")[0]]["options"][a.split(".")[1]].get("required") for a in added)
    assert module.MUTUALLY_EXCLUSIVE == [["directory", "copy", "fetch"]]
    assert module.REQUIRED_ONE_OF == [["directory", "copy", "fetch"]]
    assert common.VM_REQUIRED_IF == [["vm_id_type", "inventory_path", ["folder"]]]
