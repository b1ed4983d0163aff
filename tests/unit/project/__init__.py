"""Unit tests of the project's files (README, CHANGELOG, noxfile, ./dev)."""
