"""Client and AsyncClient: their shared settings and core, and how each performs I/O."""
