"""`python -m vsphere_guest` runs the vsphere-guest command."""

from .cli import entry

entry()
