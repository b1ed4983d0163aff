"""Every workflow of the project as a nox session.

`nox -l` lists them; `nox` alone runs the full check (tests, lint, types, check_generated,
user_install, fuzz, ansible).
Sessions run on the interpreter nox itself runs on, which must be Python 3.11 or newer (the
ansible session: Python 3.12 or newer, see python_at_least).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

MIN_PYTHON = (3, 11)


def require_python(version: tuple[int, ...] = tuple(sys.version_info)) -> None:
    """Refuse (non-zero exit, one clear line) to run sessions on a Python older than 3.11.

    Sessions are not pinned to one version: a pin makes nox *skip* every session, and exit 0,
    on a machine that has another Python only.
    """
    if tuple(version[:2]) < MIN_PYTHON:
        found, needed = ".".join(map(str, version[:3])), ".".join(map(str, MIN_PYTHON))
        raise SystemExit(
            f"nox is running on Python {found} ({sys.executable}); vsphere-guest's sessions "
            f"need Python {needed} or newer. Use ./dev (it picks python3), or install nox "
            f"with a newer Python, e.g. python3.11 -m pip install nox"
        )


require_python()

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = [
    "tests", "lint", "types", "check_generated", "user_install", "fuzz", "ansible",
]  # fmt: skip
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True  # `nox -p 3.13` without 3.13: fail, not skip

# None: the interpreter nox runs on (checked above), so sessions never skip for want of one.
PYTHON = None
NOX = "nox==2026.10.20"
# Pinned: generated/ is byte-for-byte what these versions produce.
GENERATOR_TOOLS = ["openapi-python-client==0.29.1", "ruff==0.17.6"]
# Writes the sync twins of _async modules (generator/sync_twin.py); unasync imports setuptools.
SYNC_TWIN_TOOLS = ["unasync==0.6.0", "tokenize-rt==6.2.0", "setuptools==84.2.1", "ruff==0.17.6"]
LINT_TOOLS = ["ruff==0.17.6", "import-linter==2.16"]
TEST_TOOLS = [
    "pytest==9.2.0",
    "pytest-recording==0.14.1",
    "pytest-timeout==2.4.0",
    "vcrpy==9.4.2",
    "jsonschema==4.26.0",
    "trustme==1.2.1",
    "hypothesis==6.170.17",
]
# The fuzz run's peer: schemathesis generates requests from spec/ (tests/fuzz/).
FUZZ_TOOLS = ["schemathesis==4.32.5", "jsonschema==4.26.0", "trustme==1.2.1"]
FUZZ_SEEDS = ("1", "2")
# ansible-core 2.20+ needs Python 3.12+ on the controller: the ansible session finds one.
ANSIBLE_TOOLS = ["ansible-core==2.21.5", "pytest==9.2.0", "pytest-timeout==2.4.0"]
BENCH_TOOLS = ["requests==2.34.2", "pyvmomi==9.1.1.0"]
SOURCES = ["wrapper", "generator", "tests", "bench", "ansible", "noxfile.py", "dev"]
BREAKING_EXIT = 3  # generator release-notes: a breaking change (generator/release_notes.py)
# Checks the maintainers' workflow files (.github/workflows) when Go is on PATH.
ACTIONLINT = "github.com/rhysd/actionlint/cmd/actionlint@v1.7.12"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Unit, cassette and simulator integration tests (cassettes replay with no network)."""
    session.install("-e", ".[simulator]", *TEST_TOOLS, *GENERATOR_TOOLS, *SYNC_TWIN_TOOLS, NOX)
    # Cassettes replay offline; only loopback (the simulator, test TLS servers) is reachable.
    session.run(
        "pytest",
        "--record-mode=none",
        "--block-network",
        "--allowed-hosts=127.0.0.1,::1,localhost",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff lint + format check (generated/ has its own config; check_generated covers it), and
    the import contracts of the layers (pyproject.toml [tool.importlinter], ARCHITECTURE.md)."""
    session.install(*LINT_TOOLS)
    session.run("ruff", "check", *SOURCES)
    session.run("ruff", "format", "--check", *SOURCES)
    session.run("lint-imports", "--no-cache", env={"PYTHONPATH": "wrapper:generated"})
    actionlint(session)


def actionlint(session: nox.Session) -> None:
    """actionlint v1.7.12 on .github/workflows, built with `go install` into .ci/bin (about
    40 s the first time, 1 s after); without Go it says so and does not run."""
    go = shutil.which("go")
    if go is None:
        session.log("actionlint NOT run: go is not on PATH (install Go to check .github/)")
        return
    gobin = Path(".ci/bin").resolve()
    session.run(go, "install", ACTIONLINT, env={"GOBIN": str(gobin)}, external=True)
    session.run(str(gobin / "actionlint"), "-no-color", external=True)


@nox.session(python=PYTHON)
def types(session: nox.Session) -> None:
    """mypy: strict on wrapper/ and generator/, plain on generated/."""
    session.install(
        "-e", ".[simulator]", "mypy==2.4.1", "types-jsonschema", *GENERATOR_TOOLS, *TEST_TOOLS
    )
    session.run("mypy", "--strict", "-p", "vsphere_guest", "-p", "generator")
    session.run("mypy", "-p", "vim25_json")


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Fail when spec/ or generated/ differ from what the generator produces, or a sync twin
    (clients/_sync, trees/_sync) from what its _async source gives."""
    session.install(*GENERATOR_TOOLS, *SYNC_TWIN_TOOLS)
    session.run("python", "-m", "generator", "check", *session.posargs)
    session.run("python", "-m", "generator.sync_twin", "check")


@nox.session(python=PYTHON)
def unasync(session: nox.Session) -> None:
    """Write the sync twins (clients/_sync, trees/_sync) from their _async sources."""
    session.install(*SYNC_TWIN_TOOLS)
    session.run("python", "-m", "generator.sync_twin", "write")


# A user's project: its own pytest.ini (so the repository's pytest config is not used), a test
# that does not use the fixture and checks the plugin is loaded and cheap, and one that does.
USER_PROJECT = {
    "pytest.ini": "[pytest]\n",
    "test_plain.py": """\
import sys


def test_plain():
    assert "vsphere_guest.testing.pytest_plugin" in sys.modules  # the plugin is loaded
    heavy = {"trustme", "cryptography", "httpx", "vim25_json", "vsphere_guest.testing._simulator"}
    assert not heavy & set(sys.modules), sorted(heavy & set(sys.modules))
""",
    "test_fixture.py": """\
from vsphere_guest import Client, GuestCredentials


def test_simulator(vsphere_simulator, tmp_path):
    from vsphere_guest.testing import GuestLogin, Host, Simulator, Vm

    sim = vsphere_simulator
    assert isinstance(sim, Simulator) and isinstance(sim.guest, GuestLogin)
    vm = sim.vm("web-01")
    assert isinstance(vm, Vm) and isinstance(vm.host, Host)
    guest = GuestCredentials(sim.guest.username, sim.guest.password)
    with Client(sim.server, username=sim.username, password=sim.password,
                verify=str(sim.ca_file)) as client:
        result = client.download("web-01", "/var/log/app.log", tmp_path, credentials=guest)
    assert result.size > 0 and (tmp_path / "app.log").stat().st_size == result.size
""",
}
EXTRA_MESSAGE = 'pip install "vsphere-guest[simulator]"'


@nox.session(python=PYTHON)
def user_install(session: nox.Session) -> None:
    """The wheel as an app meets it: fresh venvs with pytest, without and with [simulator].

    Without the extra, pytest runs a project's tests (the plugin loads nothing heavy) and the
    fixture fails with the pip command to run; with the extra the fixture gives a simulator.
    """
    session.install("uv==0.13.9")
    tmp = Path(session.create_tmp()).resolve()
    for old in tmp.glob("dist/*.whl"):
        old.unlink()
    session.run("uv", "build", "--wheel", "--out-dir", str(tmp / "dist"), ".")
    (wheel,) = tmp.glob("dist/*.whl")
    project = tmp / "project"
    project.mkdir(exist_ok=True)
    for name, text in USER_PROJECT.items():
        (project / name).write_text(text)

    def pytest_in(venv: str, requirement: str, test: str, code: int) -> str:
        python = tmp / venv / "bin" / "python"
        session.run("uv", "venv", "--clear", "--python", sys.executable, str(tmp / venv))
        session.run("uv", "pip", "install", "--python", str(python), requirement, TEST_TOOLS[0])
        with session.chdir(project):
            out = session.run(
                str(python), "-m", "pytest", "-p", "no:cacheprovider", test,
                silent=True, success_codes=[code], external=True,
            )  # fmt: skip
        assert isinstance(out, str)
        print(out)
        return out

    bare, extra = f"{wheel}", f"{wheel}[simulator]"
    if "1 passed" not in pytest_in("bare", bare, "test_plain.py", 0):
        session.error("without [simulator]: a test not using the fixture did not pass")
    out = pytest_in("bare", bare, "test_fixture.py", 1)
    if EXTRA_MESSAGE not in out or "1 error" not in out:
        session.error(f"without [simulator]: the fixture's failure does not say {EXTRA_MESSAGE}")
    if "1 passed" not in pytest_in("extra", extra, "test_plain.py", 0):
        session.error("with [simulator]: a test not using the fixture did not pass")
    if "1 passed" not in pytest_in("extra", extra, "test_fixture.py", 0):
        session.error("with [simulator]: the test using vsphere_simulator did not pass")


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """schemathesis against the simulator's vCenter from spec/ (tests/fuzz/run_schemathesis.py):
    every spec-valid request gets a spec-valid answer, every invalid one a vSphere fault, every
    call without a session NotAuthenticated. 40 examples per operation on seeds 1 and 2 (2 to 3
    minutes on 2 CPUs; a default session, so CI runs it); `nox -s fuzz -- OPTIONS` runs once with
    schemathesis run OPTIONS instead (e.g. `-- -n 200 --seed 7`). One worker: schemathesis'
    workers are threads, and CPython 3.11.7 and older can fail building ASTs in two threads at
    once ("SystemError: AST constructor recursion depth mismatch", CPython gh-106905)."""
    session.install("-e", ".[simulator]", *FUZZ_TOOLS)
    script = "tests/fuzz/run_schemathesis.py"
    if session.posargs:
        session.run("python", script, *session.posargs)
        return
    for seed in FUZZ_SEEDS:
        session.run("python", script, "-n", "40", "--seed", seed, "--no-shrink", "-w", "1")


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """A real download from a simulated VM through the whole stack (the README's first command)."""
    session.install("-e", ".[simulator]")
    session.run("vsphere-guest", "demo", *session.posargs)


@nox.session(python=PYTHON)
def record(session: nox.Session) -> None:
    """Re-record the cassettes: from the simulator, or a real vCenter when VSPHERE_SERVER is set.
    The simulator speaks spec/selection.toml's release (VSPHERE_SIM_RELEASE)."""
    session.install("-e", ".[simulator]", *TEST_TOOLS)
    release = os.environ.get("VSPHERE_SIM_RELEASE") or _selection_release()
    session.run(
        "pytest", "tests/cassette/test_api_exchanges.py", "--record-mode=all", *session.posargs,
        env={"VSPHERE_SIM_RELEASE": release},
    )  # fmt: skip
    session.run("pytest", "tests/cassette/test_no_secrets.py", "--record-mode=none")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Throughput, memory, per-file overhead, concurrency and import time against peers."""
    session.install("-e", ".[simulator]", *BENCH_TOOLS)
    session.run("python", "-m", "bench", *session.posargs)


@nox.session(python=PYTHON)
def regenerate(session: nox.Session) -> None:
    """Official document -> spec/ subset -> generated/, with a change report.

    Pass another document with `nox -s regenerate -- --source FILE`.
    """
    session.install(*GENERATOR_TOOLS)
    session.run("python", "-m", "generator", "regenerate", *session.posargs)


def _version_of_folder(python: Path) -> tuple[int, ...]:
    """(3, 13, 0) for ~/.pyenv/versions/3.13.0/bin/python3 (0s for parts that are no number)."""
    return tuple(int(p) if p.isdigit() else 0 for p in python.parents[1].name.split("."))


def python_at_least(minimum: tuple[int, int]) -> str:
    """An interpreter of `minimum` or newer: nox's own, else python3.N on PATH that runs (a
    pyenv shim of a version not selected does not), else pyenv's versions folder. None found:
    the version range itself, which nox reports as a missing interpreter (an error here)."""
    if sys.version_info[:2] >= minimum:
        return sys.executable
    wanted = [f"python3.{n}" for n in range(minimum[1] + 3, minimum[1] - 1, -1)]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = [shutil.which(name) for name in wanted]
    versions = pyenv.glob("3.*/bin/python3")
    found += [str(p) for p in sorted(versions, key=_version_of_folder, reverse=True)]
    check = f"import sys; sys.exit(sys.version_info[:2] < {minimum!r})"
    for candidate in filter(None, found):
        try:
            if subprocess.run([candidate, "-c", check], capture_output=True).returncode == 0:
                return candidate
        except OSError:
            continue
    return f">={minimum[0]}.{minimum[1]}"


COLLECTION = "ansible/ansible_collections/vsphere_guest/guest"
# The pip version ansible-test 2.21.5 bootstraps its sanity venvs with (ansible/sanity/get_pip.py
# stands in for its bootstrap script). Each test with requirements makes a venv (about 10 s on
# a fresh machine): `nox -s ansible` keeps validate-modules and import and leaves these to
# `nox -s ansible_sanity`. ruff lints ansible/ (`nox -s lint`), the playbooks load
# meta/runtime.yml (action_groups) and the docs (validate-modules); there is no action plugin.
ANSIBLE_TEST_PIP = "25.2"
SANITY_LEFT_OUT = [
    "pylint", "pep8", "yamllint", "changelog", "ansible-doc", "runtime-metadata",
    "action-plugin-docs",
]  # fmt: skip


@nox.session(python=python_at_least((3, 12)))
def ansible(session: nox.Session) -> None:
    """The Ansible collection (ansible/) with real ansible-core 2.21 (Python 3.12+, found by
    python_at_least): playbooks on localhost against the simulator (ansible/tests/), then
    ansible-test sanity without SANITY_LEFT_OUT (`nox -s ansible -- PYTEST_ARGS`: pytest only)."""
    session.install("-e", ".[simulator]", *ANSIBLE_TOOLS)
    session.run("pytest", "-p", "no:cacheprovider", "ansible/tests", *session.posargs)
    if not session.posargs:
        sanity(session, *(f"--skip-test={name}" for name in SANITY_LEFT_OUT))


@nox.session(python=python_at_least((3, 12)))
def ansible_sanity(session: nox.Session) -> None:
    """Every ansible-test sanity test of the collection (about 100 s on a fresh machine)."""
    session.install(ANSIBLE_TOOLS[0])
    sanity(session, *session.posargs)


def sanity(session: nox.Session, *args: str) -> None:
    """ansible-test sanity offline: its HOME (venvs, caches) in the session's folder, holding
    the pip bootstrap stand-in; on the session's Python."""
    home = Path(session.create_tmp()).resolve() / "ansible-test-home"
    cache = home / ".ansible" / "test" / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    standin = (Path("ansible") / "sanity" / "get_pip.py").read_text()
    (cache / f"get_pip_{ANSIBLE_TEST_PIP.replace('.', '_')}.py").write_text(standin)
    version = session.run("python", "-c", "import sys; print('%d.%d' % sys.version_info[:2])",
                          silent=True)  # fmt: skip
    assert isinstance(version, str)
    with session.chdir(COLLECTION):
        session.run(
            "ansible-test", "sanity", "--python", version.strip(), *args, env={"HOME": str(home)}
        )


def _selection_release() -> str:
    import tomllib

    return str(tomllib.loads(Path("spec/selection.toml").read_text())["release"])


def _releases() -> list[str]:
    """type_table.RELEASES of generated/ (the new release first, then the fallbacks)."""
    import ast

    tree = ast.parse(Path("generated/vim25_json/type_table.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "RELEASES" for t in targets):
                assert node.value is not None
                return list(ast.literal_eval(node.value))
    raise SystemExit("generated/vim25_json/type_table.py has no RELEASES")


@nox.session(python=PYTHON)
def release(session: nox.Session) -> None:
    """A new vSphere release as a pull request: `nox -s release -- --source DOC`.

    Regenerates from DOC, re-records the cassettes against the simulator, runs the full check
    (lint, types, check_generated, user_install once; the tests at every release of
    type_table.RELEASES, the simulator speaking each) and writes release/PR.md. Fails (after
    writing it) when a change is breaking or a check failed; release/labels.txt says which.
    `-- --source DOC --releases 9.1.0.0,8.0.1.0` runs the tests at those releases only.
    """
    import argparse

    parser = argparse.ArgumentParser(prog="nox -s release --")
    parser.add_argument("--source", required=True)
    parser.add_argument("--releases", help="comma-separated; default: every release")
    args = parser.parse_args(session.posargs)
    session.install(*GENERATOR_TOOLS)
    out = Path("release")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    (old,) = Path("spec").glob("vi-json-*.json")
    shutil.copy(old, out / "old-subset.json")
    session.run("python", "-m", "generator", "regenerate", "--source", args.source)
    nox_cmd = [sys.executable, "-m", "nox", "-f", str(Path(__file__).resolve())]
    results: list[dict[str, object]] = []

    def step(name: str, release: str, cmd: list[str], junit: str | None = None) -> None:
        env = {**os.environ, **({"VSPHERE_SIM_RELEASE": release} if release else {})}
        session.log(f"release step: {name} {release}".rstrip())
        code = subprocess.run(cmd, env=env, check=False).returncode
        results.append({"step": name, "release": release, "exit": code, "junit": junit})

    step("record cassettes", _selection_release(), [*nox_cmd, "-s", "record"])
    for check in ("lint", "types", "check_generated", "user_install"):
        step(check, "", [*nox_cmd, "-s", check])
    wanted = args.releases.split(",") if args.releases else _releases()
    for version in wanted:
        junit = f"release/junit-{version}.xml"
        step("tests", version, [*nox_cmd, "-s", "tests", "--", f"--junitxml={junit}"], junit)
    (out / "results.json").write_text(json.dumps(results, indent=1))
    notes = [str(Path(session.bin) / "python"), "-m", "generator", "release-notes"]
    notes += ["--old", str(out / "old-subset.json"), "--source", args.source]
    code = subprocess.run(notes, check=False).returncode
    if code not in (0, BREAKING_EXIT):
        session.error(f"release-notes failed (exit {code})")
    labels = ["breaking"] if code == BREAKING_EXIT else []
    labels += ["checks-failed"] if any(r["exit"] for r in results) else []
    (out / "labels.txt").write_text("".join(f"{label}\n" for label in labels))
    if labels:
        session.error(f"release/PR.md written; labels: {', '.join(labels)}")
