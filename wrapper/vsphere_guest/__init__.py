"""vsphere-guest."""
