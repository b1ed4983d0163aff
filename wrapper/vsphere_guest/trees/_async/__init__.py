"""The tree drivers, written once: _async/ is the source, _sync/ is generated from it."""
