"""The two maintainer commands: regenerate (source -> spec/ + generated/) and check (drift).

Both build into a temporary folder first; regenerate then replaces spec/ and generated/ whole.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .change_report import compare
from .codegen import PACKAGE, RUNTIME, format_package, generate_package
from .normalize import normalize
from .selection import Selection, load_selection
from .spec_walk import JSON
from .subset import build_subset, dump_json
from .type_table import render

DOWNLOAD_HINT = (
    "Download the official 'VI JSON' OpenAPI document of release {release} "
    "(vi_json_openapi_specification_v{release}.json) from the Broadcom developer portal "
    "(developer.broadcom.com, vSphere Web Services API), save it as one of:\n{candidates}\n"
    "or pass it explicitly: nox -s regenerate -- --source PATH"
)


@dataclass(frozen=True)
class Repo:
    root: Path

    @property
    def spec(self) -> Path:
        return self.root / "spec"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    @property
    def selection_file(self) -> Path:
        return self.spec / "selection.toml"

    def subset_file(self, release: str) -> Path:
        return self.spec / f"vi-json-{release}.json"


def find_source(repo: Repo, selection: Selection, explicit: Path | None) -> Path | None:
    if explicit is not None:
        if not explicit.is_file():
            raise SystemExit(f"--source {explicit}: no such file")
        return explicit
    return next((p for p in selection.source_candidates(repo.root) if p.is_file()), None)


def _load(path: Path) -> JSON:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"cannot read {path} as JSON: {exc}") from None


def _manifest(subset_text: str, release: str, missing: dict[str, list[str]]) -> str:
    return dump_json(
        {
            "release": release,
            "subset": f"vi-json-{release}.json",
            "subset_sha256": hashlib.sha256(subset_text.encode()).hexdigest(),
            "faults_named_without_schema": missing,
        }
    )


def build_spec(source_doc: JSON, selection: Selection, out: Path) -> tuple[JSON, list[str]]:
    """Write the selection file, the subset and its manifest into out; return subset, notes."""
    release = str(source_doc.get("info", {}).get("version", selection.release))
    result = build_subset(source_doc, selection)
    text = result.dumps()
    out.mkdir(parents=True, exist_ok=True)
    (out / f"vi-json-{release}.json").write_text(text, encoding="utf-8")
    (out / "manifest.json").write_text(_manifest(text, release, result.missing_faults), "utf-8")
    notes = [
        f"fault {f} is named by {', '.join(ops)} but has no schema in the document"
        for f, ops in result.missing_faults.items()
    ]
    return result.document, notes


def build_generated(subset: JSON, selection: Selection, out: Path) -> None:
    package = generate_package(normalize(subset, selection), selection.class_names, out)
    table = package / "type_table.py"
    table.write_text(render(subset, selection), encoding="utf-8")
    for module in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(module, package / module.name)
    (package / "py.typed").write_text("", encoding="utf-8")
    format_package(out, [])


def _with_release(selection: Selection, release: str) -> Selection:
    from dataclasses import replace

    return replace(selection, release=release)


def regenerate(root: Path, source: Path | None) -> int:
    repo = Repo(root)
    selection = load_selection(repo.selection_file)
    found = find_source(repo, selection, source)
    if found is None:
        candidates = "\n".join(f"  {p}" for p in selection.source_candidates(repo.root))
        raise SystemExit(DOWNLOAD_HINT.format(release=selection.release, candidates=candidates))
    source_doc = _load(found)
    release = str(source_doc.get("info", {}).get("version", selection.release))
    old_file = repo.subset_file(selection.release)
    old = _load(old_file) if old_file.is_file() else None
    if release != selection.release:
        print(f"source is release {release}; the selection said {selection.release}: updating it")
        selection = _with_release(selection, release)
    with tempfile.TemporaryDirectory() as tmp:
        spec_out, gen_out = Path(tmp) / "spec", Path(tmp) / "generated"
        subset, notes = build_spec(source_doc, selection, spec_out)
        build_generated(subset, selection, gen_out)
        for stale in repo.spec.glob("vi-json-*.json"):
            stale.unlink()
        shutil.copy2(spec_out / f"vi-json-{release}.json", repo.spec)
        shutil.copy2(spec_out / "manifest.json", repo.spec)
        if repo.generated.exists():
            shutil.rmtree(repo.generated)
        shutil.copytree(gen_out, repo.generated)
    if release != load_selection(repo.selection_file).release:
        text = repo.selection_file.read_text(encoding="utf-8")
        text = re.sub(r'(?m)^release = ".*"$', f'release = "{release}"', text, count=1)
        repo.selection_file.write_text(text, encoding="utf-8")
    print(f"source: {found} (release {release})")
    print(_summary(subset))
    for note in notes:
        print(f"note: {note}")
    print("change report against the previous spec/:")
    print(compare(old, subset, selection).render() if old is not None else "  (no previous subset)")
    return 0


def _summary(subset: JSON) -> str:
    from .type_table import is_fault

    schemas = subset["components"]["schemas"]
    ops = sum(len(item) for item in subset["paths"].values())
    faults = sum(1 for n in schemas if is_fault(schemas, n))
    return f"subset: {ops} operations, {len(schemas)} schemas ({faults} faults)"


def _tree_diff(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed files)."""

    def files(base: Path) -> set[str]:
        if not base.exists():
            return set()
        return {
            str(p.relative_to(base))
            for p in base.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    exp, act = files(expected), files(actual)
    out = [f"missing: {p}" for p in sorted(exp - act)]
    out += [f"unexpected: {p}" for p in sorted(act - exp)]
    out += [
        f"differs: {p}"
        for p in sorted(exp & act)
        if not filecmp.cmp(expected / p, actual / p, shallow=False)
    ]
    return out


def check(root: Path, source: Path | None) -> int:
    repo = Repo(root)
    selection = load_selection(repo.selection_file)
    committed = repo.subset_file(selection.release)
    if not committed.is_file():
        print(f"FAIL: {committed} is missing: run nox -s regenerate")
        return 1
    subset = _load(committed)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        from_subset = Path(tmp) / "from-subset"
        reselected, _ = build_spec(subset, selection, from_subset)
        problems += [
            f"spec/{p}" for p in _tree_diff(from_subset, repo.spec) if "selection.toml" not in p
        ]
        gen_out = Path(tmp) / "generated"
        build_generated(reselected, selection, gen_out)
        problems += [f"generated/{p}" for p in _tree_diff(gen_out, repo.generated)]
        found = find_source(repo, selection, source)
        if found is not None:
            from_source = Path(tmp) / "from-source"
            build_spec(_load(found), selection, from_source)
            problems += [
                f"spec/{p} (against {found.name})"
                for p in _tree_diff(from_source, repo.spec)
                if "selection.toml" not in p
            ]
            print(f"re-derived spec/ from {found}")
        else:
            print("no official source file found: checked spec/ against itself only")
    if problems:
        print("FAIL: spec/ or generated/ differ from what the generator produces:")
        print("\n".join(f"  {p}" for p in dict.fromkeys(problems)))
        print("run `nox -s regenerate` (never edit spec/ or generated/ by hand)")
        return 1
    print(f"OK: spec/ and generated/{PACKAGE} match the generator's output")
    return 0
