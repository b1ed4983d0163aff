"""The two ways VMware's documents write a reference with sibling keys, for tests that feed
the generator or the simulator a document written the other way."""

from __future__ import annotations

from typing import Any


def as_one_member_all_of(node: Any) -> Any:
    """9.x style: every $ref with sibling keys written as a one-member allOf."""
    if isinstance(node, list):
        return [as_one_member_all_of(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: as_one_member_all_of(v) for k, v in node.items()}
    if "$ref" in out and len(out) > 1:
        out["allOf"] = [{"$ref": out.pop("$ref")}]
    return out
