"""Many files: folder downloads and uploads, collect over many VMs, their limits and outcomes."""
