"""CHANGELOG.md: semantic versions, the project's version is the newest section's."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import ROOT

SEMVER = r"\d+\.\d+\.\d+"


def test_sections_are_semantic_versions_newest_first() -> None:
    text = (ROOT / "CHANGELOG.md").read_text()
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    assert headings[0].startswith("Unreleased (")
    versions = [re.search(SEMVER, h).group(0) for h in headings]  # type: ignore[union-attr]
    keys = [tuple(map(int, v.split("."))) for v in versions]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    assert "0.1.0" in versions
    assert "field_type_name=" in text.split("## 0.1.0")[0]  # listed as a breaking change


def test_project_version_matches_the_newest_section() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    newest = re.search(r"^## Unreleased \((" + SEMVER + r")\)", (ROOT / "CHANGELOG.md").read_text(),
                       flags=re.M)  # fmt: skip
    assert newest is not None
    assert version in (newest.group(1), newest.group(1) + ".dev0")


def test_readme_states_supported_platforms() -> None:
    readme = (ROOT / "README.md").read_text()
    platforms = readme.split("\n## Platforms\n", 1)[1].split("\n## ", 1)[0]
    assert "Linux" in platforms and "Windows" in platforms
    assert "fsync" in platforms and "pty" in platforms
