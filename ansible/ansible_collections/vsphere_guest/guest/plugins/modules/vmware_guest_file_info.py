#!/usr/bin/python
# Copyright: vsphere-guest contributors
# Apache License 2.0 (see the repository's LICENSE)
"""Guest file facts: whether a guest path exists, what it is, and a folder's entries."""

from __future__ import annotations

DOCUMENTATION = r"""
module: vmware_guest_file_info
short_description: Facts about a guest file or folder, for register and when
description:
  - Tells whether O(path) exists in the guest, its type and size, and for a folder its
    entries (ListFilesInGuest, all pages; with O(recursive), every entry below it).
  - A missing path is not an error (RV(exists) is V(false)). Changes nothing.
version_added: 0.2.0
author:
  - vsphere-guest contributors (!UNKNOWN)
extends_documentation_fragment:
  - vsphere_guest.guest.connection
options:
  path:
    description: The guest file or folder.
    type: str
    required: true
  pattern:
    description: A glob on the entries' names (with O(recursive), on their relative paths).
    type: str
  recursive:
    description: List every entry below the folder (links never followed).
    type: bool
    default: false
"""

EXAMPLES = r"""
- name: Is there a core dump?
  vsphere_guest.guest.vmware_guest_file_info:
    vm_id: web-01
    vm_username: root
    vm_password: "{{ guest_password }}"
    path: /var/crash
    pattern: "core.*"
  register: crash
  delegate_to: localhost

- name: Fetch the newest one
  vsphere_guest.guest.vmware_guest_file_operation:
    vm_id: web-01
    vm_username: root
    vm_password: "{{ guest_password }}"
    fetch:
      src: "/var/crash/{{ (crash.files | sort(attribute='modified') | last).path }}"
      dest: /tmp/core
  when: crash.exists and crash.files | length > 0
  delegate_to: localhost
"""

RETURN = r"""
uuid: {description: The VM's BIOS UUID., returned: always, type: str}
exists: {description: Whether O(path) exists., returned: always, type: bool}
type:
  description: V(file), V(directory) or V(symlink).
  returned: when it exists
  type: str
size: {description: The size in bytes., returned: when it exists, type: int}
files:
  description: A folder's entries, each with C(path) (the name, or the path relative to
    O(path) when recursive), C(type), C(size), C(modified), C(accessed) (ISO 8601),
    C(permissions) (octal text such as C(0644)), C(owner_id), C(group_id),
    C(symlink_target), and on Windows guests C(hidden) and C(read_only).
  returned: always (empty unless a folder)
  type: list
  elements: dict
"""

import fnmatch

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.vsphere_guest.guest.plugins.module_utils.vsphere_guest_common import (
    VM_REQUIRED_IF,
    credentials,
    guest_entry,
    run,
    vm_argument_spec,
)


def describe(entry, path=None):
    def iso(value):
        return None if value is None else value.isoformat()

    perm = entry.permissions
    record = dict(
        path=path or entry.path,
        type=entry.type,
        size=entry.size,
        modified=iso(entry.modified),
        accessed=iso(entry.accessed),
        permissions=None if perm is None else f"{perm:04o}",
        owner_id=entry.owner_id,
        group_id=entry.group_id,
        symlink_target=entry.symlink_target,
    )
    if entry.hidden is not None:
        record.update(hidden=entry.hidden, read_only=entry.read_only)
    return record


def facts(module, client, vm, uuid):
    p, creds = module.params, credentials(module)
    path = p["path"]
    root = path.rstrip("/\\") in ("", "C:") or path.endswith(":\\")
    entry = None if root else guest_entry(client, vm, path, creds)
    result = dict(changed=False, uuid=uuid, exists=root or entry is not None, files=[])
    if not result["exists"]:
        return result
    result.update(type="directory" if root else entry.type, size=0 if root else entry.size)
    if result["type"] != "directory":
        return result
    if p["recursive"]:
        listed = client.list_tree(vm, path, credentials=creds)
        records = [describe(e.entry, e.relative) for e in listed]
        if p["pattern"]:
            records = [r for r in records if fnmatch.fnmatchcase(r["path"], p["pattern"])]
    else:
        entries = client.list_files(vm, path, credentials=creds, pattern=p["pattern"])
        records = [describe(e) for e in entries]
    result["files"] = records
    return result


def main():
    spec = vm_argument_spec()
    spec.update(
        path=dict(type="str", required=True),
        pattern=dict(type="str"),
        recursive=dict(type="bool", default=False),
    )
    module = AnsibleModule(argument_spec=spec, supports_check_mode=True, required_if=VM_REQUIRED_IF)
    run(module, lambda client, vm, uuid: facts(module, client, vm, uuid))


if __name__ == "__main__":
    main()
