#!/usr/bin/python
# Copyright: vsphere-guest contributors
# Apache License 2.0 (see the repository's LICENSE)
"""A drop-in for community.vmware.vmware_guest_file_operation over vsphere-guest."""

from __future__ import annotations

DOCUMENTATION = r"""
module: vmware_guest_file_operation
short_description: Copy a file into a VM, fetch one from it, create or delete a guest folder
description:
  - Compatible with C(community.vmware.vmware_guest_file_operation) (same options, defaults,
    environment variables and return values), so changing the module name is the migration.
  - Transfers go through vCenter's guest operations and the ESXi host's one-time URL, streamed
    (flat memory, any size), fetched to a temporary file renamed into place, copied to a
    temporary guest name moved into place; the ESXi host's certificate is pinned from vCenter.
  - Supports check mode (nothing is transferred, written or created).
version_added: 0.2.0
author:
  - vsphere-guest contributors (!UNKNOWN)
extends_documentation_fragment:
  - vsphere_guest.guest.connection
options:
  directory:
    description:
      - Create or delete a guest folder, or make a temporary one (V(mktemp) returns it in RV(dir)).
    type: dict
    suboptions:
      operation:
        description: What to do.
        type: str
        required: true
        choices: [create, delete, mktemp]
      path:
        description: The folder (required for V(create) and V(delete)).
        type: str
      prefix:
        description: The temporary folder's name prefix (required for V(mktemp)).
        type: str
      suffix:
        description: The temporary folder's name suffix (required for V(mktemp)).
        type: str
      recurse:
        description: V(create) makes missing parents; V(delete) removes what the folder holds.
        type: bool
        default: false
  copy:
    description:
      - Copy a local file into the guest.
    type: dict
    suboptions:
      src:
        description: The local file.
        type: str
        required: true
      dest:
        description: The guest file (its folder must exist); ending with C(/) or C(\), a folder
          that receives the file under its own name.
        type: str
        required: true
      overwrite:
        description:
          - Replace an existing guest file. Without it an existing file is left alone
            (C(changed=false)).
        type: bool
        default: false
      checksum:
        description:
          - With O(copy.overwrite), compare first (size, then SHA-256 of the guest file read
            back) and send nothing when identical (C(changed=false)). V(false) always sends.
        type: bool
        default: true
  fetch:
    description:
      - Fetch a guest file to the node that runs the module.
    type: dict
    suboptions:
      src:
        description:
          - The guest file (not a folder; see M(vsphere_guest.guest.vmware_guest_file_tree)).
        type: str
        required: true
      dest:
        description: The local file (its folder must exist); an existing folder receives the
          file under its own name.
        type: str
        required: true
      checksum:
        description:
          - When O(fetch.dest) exists with the guest file's size, compare SHA-256 and write
            nothing when identical (C(changed=false)). V(false) always fetches.
        type: bool
        default: true
notes:
  - In check mode a copy or fetch is decided by listing (existence and size), and files of equal
    size are reported as changed, since comparing their content would mean a transfer.
"""

EXAMPLES = r"""
- name: Fetch a log (the same task as with community.vmware, another module name)
  vsphere_guest.guest.vmware_guest_file_operation:
    hostname: "{{ vcenter_hostname }}"
    username: "{{ vcenter_username }}"
    password: "{{ vcenter_password }}"
    datacenter: DC0
    vm_id: web-01
    vm_username: root
    vm_password: "{{ guest_password }}"
    fetch:
      src: /var/log/syslog
      dest: /tmp/web-01-syslog
  delegate_to: localhost

- name: Copy a script, replacing it only when its content differs
  vsphere_guest.guest.vmware_guest_file_operation:
    vm_id: web-01
    vm_username: root
    vm_password: "{{ guest_password }}"
    copy:
      src: files/fix.sh
      dest: /tmp/fix.sh
      overwrite: true
  delegate_to: localhost
"""

RETURN = r"""
uuid:
  description: The VM's BIOS UUID.
  returned: when the VM was found
  type: str
msg:
  description: Why nothing changed (an existing file or folder, identical content).
  returned: sometimes
  type: str
dir:
  description: The temporary folder V(mktemp) made.
  returned: directory.operation is mktemp, not in check mode
  type: str
size:
  description: The bytes copied or fetched (or compared).
  returned: copy and fetch
  type: int
dest:
  description: The local file a fetch wrote (or compared), with its C(mode), C(owner)... as
    Ansible adds them for a path.
  returned: fetch
  type: str
guest_path:
  description: The guest file a copy wrote (or compared).
  returned: copy
  type: str
fault:
  description: The vSphere fault type behind a failure (C(InvalidGuestLogin), C(FileNotFound)...).
  returned: on failure by a vSphere fault
  type: str
error:
  description: The vsphere-guest exception class behind a failure (C(VCenterTLSError)...).
  returned: on failure by the library
  type: str
"""

import os

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.vsphere_guest.guest.plugins.module_utils.vsphere_guest_common import (
    VM_REQUIRED_IF,
    ModuleFailure,
    credentials,
    guest_entry,
    run,
    sha256_of_file,
    sha256_of_guest_file,
    vm_argument_spec,
)


def directory(module, client, vm, uuid):
    d = module.params["directory"]
    creds, path = credentials(module), d["path"]
    result = dict(changed=True, uuid=uuid)
    if d["operation"] == "mktemp":
        if not module.check_mode:
            result["dir"] = client.mktemp(
                vm, credentials=creds, directory=True, prefix=d["prefix"], suffix=d["suffix"]
            )
        return result
    entry = guest_entry(client, vm, path, creds)
    if d["operation"] == "create":
        if entry is not None:
            if entry.type != "directory":
                raise ModuleFailure(f"Guest path {path} exists and is not a directory", uuid=uuid)
            return dict(result, changed=False, msg=f"Guest directory {path} already exist")
        if not module.check_mode:
            client.mkdir(vm, path, credentials=creds, parents=d["recurse"])
        return result
    if entry is None:
        return dict(result, changed=False, msg=f"Guest directory {path} not exists")
    if entry.type != "directory":
        raise ModuleFailure(f"Guest path {path} is not a directory", uuid=uuid)
    if not module.check_mode:
        client.rmdir(vm, path, credentials=creds, recursive=d["recurse"])
    return result


def copy(module, client, vm, uuid):
    c = module.params["copy"]
    src, dest, creds = c["src"], c["dest"], credentials(module)
    if not os.path.exists(src):
        raise ModuleFailure(f"Source {src} not found")
    if not os.access(src, os.R_OK):
        raise ModuleFailure(f"Source {src} not readable")
    if os.path.isdir(src):
        raise ModuleFailure(f"copy does not support copy of directory: {src}")
    target = dest + os.path.basename(src) if dest.endswith(("/", "\\")) else dest
    size = os.path.getsize(src)
    result = dict(changed=True, uuid=uuid, guest_path=target, size=size)
    entry = guest_entry(client, vm, target, creds)
    if entry is not None:
        if entry.type == "directory":
            raise ModuleFailure(f"Guest path {target} is a directory", uuid=uuid)
        if not c["overwrite"]:
            return dict(result, changed=False, msg=f"Guest file {target} already exists")
        if c["checksum"] and entry.size == size:
            if module.check_mode:
                return dict(result, msg="same size; content not compared in check mode")
            if sha256_of_guest_file(client, vm, target, creds)[1] == sha256_of_file(src):
                return dict(result, changed=False, msg=f"Guest file {target} is identical")
    if not module.check_mode:
        client.upload(vm, src, target, credentials=creds, overwrite=c["overwrite"])
    return result


def fetch(module, client, vm, uuid):
    f = module.params["fetch"]
    src, dest, creds = f["src"], f["dest"], credentials(module)
    if os.path.isdir(dest):
        dest = os.path.join(dest, src.replace("\\", "/").rsplit("/", 1)[-1])
    result = dict(changed=True, uuid=uuid, dest=dest)
    if module.check_mode or (f["checksum"] and os.path.isfile(dest)):
        entry = guest_entry(client, vm, src, creds)
        if entry is None:
            raise ModuleFailure(f"Guest file {src} does not exist", uuid=uuid, fault="FileNotFound")
        if entry.type != "file":
            raise ModuleFailure(f"Guest path {src} is a {entry.type}, not a file", uuid=uuid)
        result["size"] = entry.size
        same_size = os.path.isfile(dest) and os.path.getsize(dest) == entry.size
        if module.check_mode and same_size:
            return dict(result, msg="same size; content not compared in check mode")
        if module.check_mode:
            return result
        if f["checksum"] and same_size:
            size, digest = sha256_of_guest_file(client, vm, src, creds)
            if size == entry.size and digest == sha256_of_file(dest):
                return dict(result, changed=False, msg=f"{dest} is identical")
    done = client.download(vm, src, dest, credentials=creds, overwrite=True)
    return dict(result, size=done.size, dest=str(done.path))


MUTUALLY_EXCLUSIVE = [["directory", "copy", "fetch"]]
REQUIRED_ONE_OF = [["directory", "copy", "fetch"]]


def argument_spec():
    spec = vm_argument_spec()
    spec.update(
        directory=dict(
            type="dict",
            default=None,
            options=dict(
                operation=dict(required=True, type="str", choices=["create", "delete", "mktemp"]),
                path=dict(required=False, type="str"),
                prefix=dict(required=False, type="str"),
                suffix=dict(required=False, type="str"),
                recurse=dict(required=False, type="bool", default=False),
            ),
        ),
        copy=dict(
            type="dict",
            default=None,
            options=dict(
                src=dict(required=True, type="str"),
                dest=dict(required=True, type="str"),
                overwrite=dict(required=False, type="bool", default=False),
                checksum=dict(required=False, type="bool", default=True),
            ),
        ),
        fetch=dict(
            type="dict",
            default=None,
            options=dict(
                src=dict(required=True, type="str"),
                dest=dict(required=True, type="str"),
                checksum=dict(required=False, type="bool", default=True),
            ),
        ),
    )
    return spec


def main():
    module = AnsibleModule(
        argument_spec=argument_spec(),
        supports_check_mode=True,
        required_if=VM_REQUIRED_IF,
        mutually_exclusive=MUTUALLY_EXCLUSIVE,
        required_one_of=REQUIRED_ONE_OF,
    )
    d = module.params["directory"]
    if d and d["operation"] in ("create", "delete") and not d["path"]:
        module.fail_json(msg='directory.path is required when operation is "create" or "delete"')
    if d and d["operation"] == "mktemp" and not (d["prefix"] and d["suffix"]):
        module.fail_json(
            msg='directory.prefix and directory.suffix are required when operation is "mktemp"'
        )
    action = directory if d else copy if module.params["copy"] else fetch
    run(module, lambda client, vm, uuid: action(module, client, vm, uuid))


if __name__ == "__main__":
    main()
