"""Unit tests of folders and fleets (trees/)."""
