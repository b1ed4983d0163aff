"""Run openapi-python-client (pinned) and ruff on a normalized document, into a folder.

The generated package gets its own ruff config, so the bytes never depend on configs outside it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .spec_walk import JSON

PACKAGE = "vim25_json"
TEMPLATES = Path(__file__).parent / "templates"  # overrides of openapi-python-client templates
RUNTIME = Path(__file__).parent / "runtime"  # each *.py copied verbatim into the package
OPENAPI_PYTHON_CLIENT = "0.29.1"
UNUSED_FILES = ("client.py", "errors.py")  # written by openapi-python-client, removed
RUFF_CONFIG = """\
# Written by the generator: the generated package's own ruff config (output must not depend on
# any config outside generated/).
line-length = 120
target-version = "py311"

[lint]
select = ["F", "I", "UP"]
"""


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed; run through nox (nox -s regenerate)")
    return found


def check_tool_versions() -> None:
    from importlib.metadata import version

    have = version("openapi-python-client")
    if have != OPENAPI_PYTHON_CLIENT:
        raise SystemExit(
            f"openapi-python-client {have} is installed; the generated code is pinned to "
            f"{OPENAPI_PYTHON_CLIENT}: run through nox, which installs the pinned tools"
        )


def generate_package(normalized: JSON, class_names: dict[str, str], out_root: Path) -> Path:
    """Write out_root/vim25_json (and out_root/ruff.toml); return the package folder."""
    check_tool_versions()
    out_root.mkdir(parents=True, exist_ok=True)
    ruff_toml = out_root / "ruff.toml"
    ruff_toml.write_text(RUFF_CONFIG, encoding="utf-8")
    package = out_root / PACKAGE
    with tempfile.TemporaryDirectory() as tmp:
        spec_file = Path(tmp) / "normalized.json"
        spec_file.write_text(json.dumps(normalized, indent=1), encoding="utf-8")
        config = {
            "project_name_override": "vim25-json",
            "package_name_override": PACKAGE,
            "class_overrides": {
                name: {"class_name": cls, "module_name": _snake(cls)}
                for name, cls in sorted(class_names.items())
            },
            "post_hooks": [],
        }
        config_file = Path(tmp) / "config.json"
        config_file.write_text(json.dumps(config), encoding="utf-8")
        generated = Path(tmp) / "out"
        cmd = [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec_file),
            "--config",
            str(config_file),
            "--meta",
            "none",
            "--custom-template-path",
            str(TEMPLATES),
            "--output-path",
            str(generated),
            "--fail-on-warning",
        ]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)
        if result.returncode != 0:
            raise SystemExit(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}")
        # The endpoint modules send nothing (our endpoint template: build_request and
        # parse_answer only), so openapi-python-client's HTTP client and its UnexpectedStatus
        # error, which it writes whatever the templates say, have no user.
        for unused in UNUSED_FILES:
            (generated / unused).unlink()
        if package.exists():
            shutil.rmtree(package)
        shutil.copytree(generated, package)
    return package


def format_package(out_root: Path, extra_files: list[Path]) -> None:
    """ruff fix + format with the package's own config, after every file is written."""
    ruff = _tool("ruff")
    config = str(out_root / "ruff.toml")
    targets = [str(out_root / PACKAGE), *map(str, extra_files)]
    for args in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        subprocess.run(
            [ruff, *args, "--config", config, "--no-cache", *targets], check=True, cwd=out_root
        )


def class_and_module(schema: str, overrides: dict[str, str]) -> tuple[str, str]:
    """The class and module names openapi-python-client gives a schema's model."""
    from openapi_python_client.strings import ClassName, PythonIdentifier

    cls = overrides.get(schema) or str(ClassName(schema, ""))
    module = _snake(cls) if schema in overrides else str(PythonIdentifier(cls, ""))
    return cls, module


def attribute_name(wire: str) -> str:
    """The model attribute of a wire field (a box's `_value` is `value`)."""
    from openapi_python_client.strings import PythonIdentifier

    return "value" if wire == "_value" else str(PythonIdentifier(wire, ""))


def operation_module(operation_id: str) -> str:
    """The module openapi-python-client writes an operation to (its endpoint name)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, ""))


def _snake(name: str) -> str:
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
