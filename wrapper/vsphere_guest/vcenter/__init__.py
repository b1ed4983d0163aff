"""The API session: release choice, login, faults, VM lookup, host pins, the effects of flows."""
