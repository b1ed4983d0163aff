"""Regenerate workflow: official VI JSON document -> spec/ subset -> normalized copy -> generated/.

Run as `python -m generator regenerate|check` (the nox sessions do).
"""
