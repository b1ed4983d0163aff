"""Integration tests of the clients (clients/)."""
