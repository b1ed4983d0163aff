# Copyright: vsphere-guest contributors
# Apache License 2.0 (see the repository's LICENSE)
"""The connection, VM and guest login options every module of the collection takes."""

from __future__ import annotations


class ModuleDocFragment:
    DOCUMENTATION = r"""
options:
  hostname:
    description:
      - The hostname or IP address of the vCenter server.
      - If not set, the environment variable E(VMWARE_HOST) is used.
    type: str
  username:
    description:
      - The vCenter user. If not set, E(VMWARE_USER) is used.
    type: str
    aliases: [admin, user]
  password:
    description:
      - The vCenter password. If not set, E(VMWARE_PASSWORD) is used.
    type: str
    aliases: [pass, pwd]
  port:
    description:
      - vCenter's port. If not set, E(VMWARE_PORT) is used.
      - Transfers go to the ESXi host's own port from its transfer URL; unlike
        community.vmware, no C(443) in the URL is rewritten to this port.
    type: int
    default: 443
  validate_certs:
    description:
      - Verify vCenter's certificate. If not set, E(VMWARE_VALIDATE_CERTS) is used.
      - With V(true), vCenter is verified with the system trust store, or with the CA bundle
        (PEM) that the environment variable E(VSPHERE_CA) names on the node that runs the
        module (the same variable as the vsphere-guest command).
      - With V(false), vCenter is not verified (a warning says so). ESXi hosts, which receive
        the one-time transfer URLs, are B(always) pinned to the certificate vCenter reports
        for them, whatever this option says.
    type: bool
    default: true
  proxy_host:
    description:
      - An HTTP CONNECT proxy for vCenter and the transfers (C(http://proxy_host:proxy_port));
        it sees TLS only.
        If not set, E(VMWARE_PROXY_HOST) is used. Needs a vsphere-guest with proxy support.
    type: str
  proxy_port:
    description:
      - The proxy's port (required with O(proxy_host)). If not set, E(VMWARE_PROXY_PORT) is used.
    type: int
  datacenter:
    description:
      - The datacenter holding the VM; limits the search to it (and must exist).
    type: str
  cluster:
    description:
      - The cluster holding the VM; limits a search by name to it (and must exist).
    type: str
  folder:
    description:
      - The VM folder, as an inventory path (V(DC0/vm/prod)); required and used only with
        O(vm_id_type=inventory_path). A datacenter alone (V(DC0)) means its VM folder.
    type: str
  vm_id:
    description:
      - The VM, as O(vm_id_type) says.
    type: str
    required: true
  vm_id_type:
    description:
      - How O(vm_id) names the VM. V(uuid) is the BIOS UUID.
      - Several VMs matching V(vm_name) is an error listing them (community.vmware takes the
        first one).
    type: str
    default: vm_name
    choices: [uuid, instance_uuid, dns_name, inventory_path, vm_name]
  vm_username:
    description:
      - The guest operating system user.
    type: str
    required: true
  vm_password:
    description:
      - The guest operating system user's password.
    type: str
    required: true
  timeout:
    description:
      - Seconds to wait for vCenter or the ESXi host at each step (vsphere-guest's C(timeout)).
        A transfer that keeps moving is never cut by it.
    type: int
    default: 100
notes:
  - Runs where the task runs, usually delegated to localhost; that Python needs vsphere-guest
    (installed from a checkout, as it is not on PyPI).
  - Passwords are C(no_log) and never part of a message; transfer URLs carry a one-time token
    that is never logged.
requirements:
  - python >= 3.11
  - vsphere-guest
"""
