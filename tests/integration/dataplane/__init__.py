"""Integration tests of the data plane (dataplane/)."""
