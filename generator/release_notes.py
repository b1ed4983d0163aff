"""release/PR.md: the pull request a new vSphere release becomes (`nox -s release`).

It holds the classified change report (breaking with what an app must change, additive,
documentation-only), the result of every check run (per release, from `results.json` written by
the nox session), the version bump the change implies and a drafted CHANGELOG entry.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .breaking import Change, Classified

SHOWN = 40  # per section; the rest is counted
PR_FILE = "release/PR.md"  # the pull request's body (.github/workflows/release.yml reads it)


@dataclass(frozen=True)
class StepResult:
    """One command the release session ran: a check (lint, types...) or the tests at a release."""

    step: str
    release: str
    exit: int
    junit: str | None = None

    def summary(self, root: Path) -> str:
        status = "passed" if self.exit == 0 else f"FAILED (exit {self.exit})"
        counts = _junit_counts(root / self.junit) if self.junit else None
        return f"| {self.step} | {self.release or '-'} | {status} | {counts or '-'} |"


def _junit_counts(path: Path) -> str | None:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return None
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    total = {k: sum(int(s.get(k, "0")) for s in suites) for k in ("tests", "failures", "errors")}
    skipped = sum(int(s.get("skipped", "0")) for s in suites)
    seconds = sum(float(s.get("time", "0")) for s in suites)
    passed = total["tests"] - total["failures"] - total["errors"] - skipped
    return (
        f"{passed} passed, {total['failures']} failed, {total['errors']} errors, "
        f"{skipped} skipped in {seconds:.0f} s"
    )


def load_results(path: Path) -> list[StepResult]:
    if not path.is_file():
        return []
    return [StepResult(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", version)[:3])


def versions(changelog: str) -> tuple[str | None, str | None]:
    """(the latest released version, the version the Unreleased heading names) in CHANGELOG.md."""
    unreleased = re.search(r"(?m)^## Unreleased \((\d+\.\d+\.\d+)\)", changelog)
    released = re.search(r"(?m)^## (\d+\.\d+\.\d+) \(", changelog)
    return (released.group(1) if released else None, unreleased.group(1) if unreleased else None)


def next_version(released: str, bump: str) -> str:
    """semver; before 1.0.0 a breaking change is a minor bump (CHANGELOG.md's rule)."""
    major, minor, patch = _key(released)
    if bump == "major" and major == 0:
        bump = "minor"
    if bump == "major":
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if bump == "minor" else f"{major}.{minor}.{patch + 1}"


def _version_section(classified: Classified, changelog: str) -> list[str]:
    released, unreleased = versions(changelog)
    lines = [f"The change alone is a **{classified.bump}** change under semver."]
    if released is None:
        return lines
    target = next_version(released, classified.bump)
    lines.append(f"Latest release {released}: the next version is at least **{target}**.")
    if unreleased and _key(unreleased) >= _key(target):
        lines.append(f"CHANGELOG's `## Unreleased ({unreleased})` already covers it.")
    else:
        lines.append(f"Rename CHANGELOG's Unreleased heading to `## Unreleased ({target})`.")
    return lines


def _items(changes: list[Change], advice: bool = False) -> list[str]:
    lines = []
    for change in changes[:SHOWN]:
        lines.append(f"- {change.line()}")
        if advice and change.advice:
            lines.append(f"  - app change: {change.advice}")
    if len(changes) > SHOWN:
        lines.append(f"- ...and {len(changes) - SHOWN} more")
    return lines or ["- none"]


def _verdict(results: list[StepResult], failed: list[StepResult]) -> str:
    if not results:
        return "No check ran (no release/results.json): run `nox -s release` for them."
    return "All checks passed." if not failed else f"{len(failed)} check(s) FAILED: review first."


def changelog_entry(classified: Classified, source: str) -> list[str]:
    new = classified.new_release
    lines = ["### Breaking", ""] if classified.breaking else []
    for change in classified.breaking:
        lines.append(f"- VI JSON {new}: {change.line()}: {change.advice}.")
    heading = "### Added" if classified.additive else "### Changed"
    lines += ["", heading, ""] if classified.breaking else [heading, ""]
    lines.append(
        f"- `vim25_json` regenerated from the VI JSON document of release {new} "
        f"(`{source}`, was {classified.old_release}): "
        f"{len(classified.breaking)} breaking, {len(classified.additive)} additive, "
        f"{len(classified.documentation)} documentation-only change(s)."
    )
    lines += [f"  - {change.line()}" for change in classified.additive[:SHOWN]]
    return lines


def render(
    classified: Classified, results: list[StepResult], root: Path, source: str, changelog: str
) -> str:
    old, new = classified.old_release, classified.new_release
    verdict = "BREAKING" if classified.breaking else "not breaking"
    failed = [r for r in results if r.exit != 0]
    lines = [
        f"# vim25_json: VI JSON {old} -> {new} ({verdict})",
        "",
        f"Regenerated by `nox -s release -- --source {source}`: spec/ and generated/ rewritten,",
        "cassettes re-recorded against the simulator, every check run at each release below.",
        "",
        f"## Breaking ({len(classified.breaking)})",
        "",
        *_items(classified.breaking, advice=True),
        "",
        f"## Additive ({len(classified.additive)})",
        "",
        *_items(classified.additive),
        "",
        f"## Documentation-only ({len(classified.documentation)})",
        "",
        *_items(classified.documentation),
        "",
        "## Checks per release",
        "",
        "| check | release | result | tests |",
        "|---|---|---|---|",
        *(r.summary(root) for r in results),
        "",
        _verdict(results, failed),
        "",
        "## Version",
        "",
        *_version_section(classified, changelog),
        "",
        "## CHANGELOG entry (draft, for `## Unreleased`)",
        "",
        "```markdown",
        *changelog_entry(classified, source),
        "```",
    ]
    return "\n".join(lines) + "\n"


def write_notes(root: Path, old_file: Path, source: str, results: Path, out: Path) -> int:
    """Write out (PR.md) comparing old_file with the committed subset; 3 when breaking."""
    from dataclasses import replace

    from .breaking import classify
    from .selection import load_selection
    from .type_table import releases
    from .workflow import Repo, _load

    repo = Repo(root)
    selection = load_selection(repo.selection_file)
    old, new = _load(old_file), _load(repo.subset_file(selection.release))
    old_release = str(old.get("info", {}).get("version", selection.release))
    lists = (releases(old, replace(selection, release=old_release)), releases(new, selection))
    classified = classify(old, new, lists)
    changelog = root / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else ""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(classified, load_results(results), root, source, text), "utf-8")
    print(f"wrote {out}: {len(classified.breaking)} breaking, {len(classified.additive)} additive")
    return BREAKING_EXIT if classified.breaking else 0


BREAKING_EXIT = 3
