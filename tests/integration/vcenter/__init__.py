"""Integration tests of the API session (vcenter/)."""
