"""Integration tests of the simulator (testing/)."""
