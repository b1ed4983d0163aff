"""Unit tests of the data plane (dataplane/)."""
