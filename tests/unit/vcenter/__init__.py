"""Unit tests of the API session (vcenter/)."""
