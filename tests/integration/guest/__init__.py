"""Integration tests of single guest operations (guest/)."""
