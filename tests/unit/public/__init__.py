"""Unit tests of the public errors, faults, types and names."""
