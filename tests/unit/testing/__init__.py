"""Unit tests of the simulator (testing/)."""
