"""The selection file (spec/selection.toml): which operations and schemas to keep, and overrides.

It is the one hand-edited file under spec/; everything else there is written by the generator.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Selection:
    release: str
    operations: tuple[str, ...]
    sources: tuple[str, ...] = ()
    fallback_releases: tuple[str, ...] = ()
    extra_schemas: tuple[str, ...] = ()
    class_names: dict[str, str] = field(default_factory=dict)
    secret_fields: tuple[str, ...] = ()
    """`Schema.field` entries that carry a secret the spec does not mark `format: password`."""

    def source_candidates(self, root: Path) -> list[Path]:
        """Default locations of the official document for this release, in order."""
        return [(root / s.format(release=self.release)).resolve() for s in self.sources]


def load_selection(path: Path) -> Selection:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    overrides = data.get("overrides", {})
    try:
        return Selection(
            release=str(data["release"]),
            operations=tuple(data["operations"]),
            sources=tuple(data.get("sources", ())),
            fallback_releases=tuple(data.get("fallback_releases", ())),
            extra_schemas=tuple(overrides.get("extra_schemas", ())),
            class_names=dict(overrides.get("class_names", {})),
            secret_fields=tuple(overrides.get("secret_fields", ())),
        )
    except KeyError as exc:
        raise SystemExit(f"{path}: missing required key {exc}") from None
