"""Integration tests of folders and fleets (trees/)."""
