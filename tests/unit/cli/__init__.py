"""Unit tests of the command line (cli/)."""
