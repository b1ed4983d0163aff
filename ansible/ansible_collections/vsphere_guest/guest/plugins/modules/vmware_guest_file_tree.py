#!/usr/bin/python
# Copyright: vsphere-guest contributors
# Apache License 2.0 (see the repository's LICENSE)
"""Fetch a guest folder tree, or copy a local one into the guest (vsphere-guest's
download_tree / upload_tree)."""

from __future__ import annotations

DOCUMENTATION = r"""
module: vmware_guest_file_tree
short_description: Fetch or copy a whole folder tree to or from a VM
description:
  - Mirrors a guest folder into a local one (O(download_tree)) or a local folder into a guest
    one (O(upload_tree)), file by file through vsphere-guest (streamed, atomic, retried, the
    ESXi host pinned). The folder's B(contents) go into O(download_tree.dest) /
    O(upload_tree.dest), which is made when missing.
  - One file's failure does not stop the others; the task fails after all of them when any
    failed, listing each in RV(files).
  - In check mode the tree is listed and planned only (files to transfer are V(planned)).
version_added: 0.2.0
author:
  - vsphere-guest contributors (!UNKNOWN)
extends_documentation_fragment:
  - vsphere_guest.guest.connection
options:
  download_tree:
    description: Fetch a guest folder tree.
    type: dict
    suboptions:
      src: {description: The guest folder., type: str, required: true}
      dest: {description: The local folder that receives its contents., type: str, required: true}
      pattern:
        description: A glob on each file's path below O(download_tree.src) (C(*) crosses C(/)).
        type: str
      recursive: {description: Enter sub-folders., type: bool, default: true}
      skip_existing:
        description: Skip a local file that has the guest file's size and modification time.
        type: bool
        default: false
      overwrite:
        description: Replace other existing local files (else they fail).
        type: bool
        default: false
      preserve:
        description: Also set the guest's permission bits (modification times are always kept).
        type: bool
        default: false
  upload_tree:
    description: Copy a local folder tree into the guest.
    type: dict
    suboptions:
      src: {description: The local folder., type: str, required: true}
      dest: {description: The guest folder that receives its contents., type: str, required: true}
      pattern: {description: A glob on each file's path below O(upload_tree.src)., type: str}
      skip_existing:
        description: Skip (not fail) files that already exist in the guest, whatever their
          content. Not with O(upload_tree.overwrite).
        type: bool
        default: false
      overwrite:
        description: Replace existing guest files (else they fail).
        type: bool
        default: false
      preserve:
        description: Send each file's modification time and, on a POSIX guest, permission bits.
        type: bool
        default: false
  concurrency:
    description: Files transferred at once.
    type: int
    default: 4
"""

EXAMPLES = r"""
- name: Fetch /var/log of every VM of the group, one folder per VM
  vsphere_guest.guest.vmware_guest_file_tree:
    vm_id: "{{ inventory_hostname }}"
    vm_username: root
    vm_password: "{{ guest_password }}"
    download_tree:
      src: /var/log
      dest: "logs/{{ inventory_hostname }}"
      pattern: "*.log"
      skip_existing: true
  delegate_to: localhost
"""

RETURN = r"""
uuid: {description: The VM's BIOS UUID., returned: always, type: str}
counts:
  description: Files per outcome (V(ok), V(skipped), V(changed), V(failed), V(planned)).
  returned: always
  type: dict
files:
  description: Every file met, with C(relative), C(guest_path), C(local_path), C(size),
    C(status) and C(reason).
  returned: always
  type: list
  elements: dict
"""

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.vsphere_guest.guest.plugins.module_utils.vsphere_guest_common import (
    VM_REQUIRED_IF,
    ModuleFailure,
    credentials,
    run,
    vm_argument_spec,
)

CHANGED = ("ok", "changed", "planned")


def file_record(f, skip_existing_guest):
    status, reason = f.status, f.reason
    if skip_existing_guest and status == "failed" and type(f.error).__name__ == "DestinationExists":
        status, reason = "skipped", "exists in the guest"
    local = None if f.local_path is None else str(f.local_path)
    return dict(
        relative=f.relative,
        guest_path=f.guest_path,
        local_path=local,
        size=f.size,
        status=status,
        reason=reason,
    )


def transfer(module, client, vm, uuid):
    p, creds = module.params, credentials(module)
    common = dict(credentials=creds, concurrency=p["concurrency"], per_vm=p["concurrency"])
    if p["download_tree"]:
        d = p["download_tree"]
        result = client.download_tree(
            vm,
            d["src"],
            d["dest"],
            pattern=d["pattern"],
            recursive=d["recursive"],
            skip_existing=d["skip_existing"],
            overwrite=d["overwrite"],
            preserve_permissions=d["preserve"],
            dry_run=module.check_mode,
            **common,
        )
        skip_guest = False
    else:
        u = p["upload_tree"]
        if u["skip_existing"] and u["overwrite"]:
            raise ModuleFailure("upload_tree: skip_existing and overwrite contradict each other")
        result = client.upload_tree(
            vm,
            u["src"],
            u["dest"],
            pattern=u["pattern"],
            overwrite=u["overwrite"],
            preserve=u["preserve"],
            dry_run=module.check_mode,
            **common,
        )
        skip_guest = u["skip_existing"]
    files = [file_record(f, skip_guest) for f in result.files]
    counts = {}
    for f in files:
        counts[f["status"]] = counts.get(f["status"], 0) + 1
    changed = any(f["status"] in CHANGED for f in files)
    failed = [f for f in files if f["status"] == "failed"]
    if failed:
        first = f"{failed[0]['relative']}: {failed[0]['reason']}"
        raise ModuleFailure(
            f"{len(failed)} of {len(files)} files failed (first: {first})",
            changed=changed,
            uuid=uuid,
            counts=counts,
            files=files,
        )
    return dict(changed=changed, uuid=uuid, counts=counts, files=files)


def main():
    spec = vm_argument_spec()
    spec.update(
        download_tree=dict(
            type="dict",
            options=dict(
                src=dict(type="str", required=True),
                dest=dict(type="str", required=True),
                pattern=dict(type="str"),
                recursive=dict(type="bool", default=True),
                skip_existing=dict(type="bool", default=False),
                overwrite=dict(type="bool", default=False),
                preserve=dict(type="bool", default=False),
            ),
        ),
        upload_tree=dict(
            type="dict",
            options=dict(
                src=dict(type="str", required=True),
                dest=dict(type="str", required=True),
                pattern=dict(type="str"),
                skip_existing=dict(type="bool", default=False),
                overwrite=dict(type="bool", default=False),
                preserve=dict(type="bool", default=False),
            ),
        ),
        concurrency=dict(type="int", default=4),
    )
    module = AnsibleModule(
        argument_spec=spec,
        supports_check_mode=True,
        required_if=VM_REQUIRED_IF,
        mutually_exclusive=[["download_tree", "upload_tree"]],
        required_one_of=[["download_tree", "upload_tree"]],
    )
    run(module, lambda client, vm, uuid: transfer(module, client, vm, uuid))


if __name__ == "__main__":
    main()
