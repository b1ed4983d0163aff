"""`vsphere-guest simulator` (options, inventory banner, SIGTERM) and `vsphere-guest demo`."""

from __future__ import annotations

import gzip
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from vsphere_guest import Client, GuestCredentials
from vsphere_guest.cli import EXIT_OK, EXIT_USAGE


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Running:
    def __init__(self, *argv: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "vsphere_guest", "simulator", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert self.proc.stdout is not None
        self.banner: list[str] = []
        for line in self.proc.stdout:
            self.banner.append(line.rstrip("\n"))
            if line.startswith("  vsphere-guest download"):
                break
        else:
            raise AssertionError(f"no banner: {self.banner} {self.proc.stderr}")
        self.text = "\n".join(self.banner)
        self.server = self.banner[0].split("https://")[1].split()[0]
        self.ca = Path(self.field("CA certificate"))

    def field(self, name: str) -> str:
        (line,) = [line for line in self.banner if line.strip().startswith(name + ":")]
        return line.split(":", 1)[1].strip()

    def stop(self, sig: int = signal.SIGTERM) -> int:
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout=20)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        return code


@pytest.fixture
def running() -> Iterator[list[Running]]:
    started: list[Running] = []
    yield started
    for r in started:
        if r.proc.poll() is None:
            r.stop(signal.SIGKILL)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_simulator_cleans_up_on_sigterm_as_on_ctrl_c(running: list[Running], sig: int) -> None:
    sim = Running()
    running.append(sim)
    root = sim.ca.parent
    assert root.is_dir()
    assert sim.stop(sig) == EXIT_OK
    assert not root.exists()


def test_simulator_banner_shows_the_inventory(running: list[Running]) -> None:
    sim = Running()
    running.append(sim)
    text = sim.text
    assert "vCenter login:    administrator@vsphere.local / sim-password" in text
    assert "guest login:      root / guest-password" in text
    for path in ("DC0/vm/prod/web-01", "DC0/vm/win-01", "DC0/vm/stopped-01", "DC0/vm/a/dup"):
        assert path in text
    assert "poweredOff" in text and "no VMware Tools" in text and "10.0.0.11" in text
    assert "/var/log/app.log  (1152 bytes)" in text and "C:\\Logs\\app.log" in text
    assert f"export VSPHERE_CA={sim.ca}" in text
    sim.stop()


def test_the_readme_syslog_examples_work_against_the_simulator_command(
    running: list[Running], tmp_path: Path
) -> None:
    """`vsphere-guest simulator` as a user starts it holds the files the README's examples read
    (`download ... /var/log/syslog - | gzip` used to fail with FileNotFound)."""
    sim = Running()
    running.append(sim)
    assert "/var/log/syslog  (" in sim.text
    login, password = sim.field("vCenter login").split(" / ")
    guest_login, guest_password = sim.field("guest login").split("  ")[0].split(" / ")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("VSPHERE_")},
        "VSPHERE_SERVER": sim.server,
        "VSPHERE_USER": login,
        "VSPHERE_PASSWORD": password,
        "VSPHERE_CA": str(sim.ca),
        "VSPHERE_GUEST_USER": guest_login,
        "VSPHERE_GUEST_PASSWORD": guest_password,
    }
    command = f"{sys.executable} -m vsphere_guest download DC0/vm/prod/web-01 /var/log/syslog -"
    done = subprocess.run(
        ["bash", "-c", f"set -eo pipefail; {command} | gzip > syslog.gz"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"web-01" in gzip.decompress((tmp_path / "syslog.gz").read_bytes())
    assert sim.stop() == EXIT_OK


def test_simulator_port_root_and_files(running: list[Running], tmp_path: Path) -> None:
    port = free_port()
    local = tmp_path / "notes.txt"
    local.write_bytes(b"my own file\n")
    root = tmp_path / "simroot"
    sim = Running("--port", str(port), "--root", str(root), "--file", f"/srv/notes.txt={local}")
    running.append(sim)
    assert sim.server == f"127.0.0.1:{port}"
    assert "/srv/notes.txt  (12 bytes)" in sim.text and "kept on exit" in sim.text
    assert sim.ca == root / "vcenter-ca.pem"
    with Client(
        sim.server, username="administrator@vsphere.local", password="sim-password", verify=sim.ca
    ) as client:
        result = client.download(
            "web-01",
            "/srv/notes.txt",
            tmp_path / "out.txt",
            credentials=GuestCredentials("root", "guest-password"),
        )
    assert result.path is not None and result.path.read_bytes() == b"my own file\n"
    assert sim.stop() == EXIT_OK
    assert sim.ca.exists()  # --root is kept
    # ... and can be used again.
    again = Running("--root", str(root))
    running.append(again)
    assert "/srv/notes.txt  (12 bytes)" in again.text
    assert again.stop() == EXIT_OK


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--file", "/srv/x"], "--file /srv/x: write GUEST_PATH=LOCAL_FILE"),
        (["--file", "/srv/x=/nonexistent"], "/nonexistent: no such file"),
        (["--port", "70000"], "--port 70000: not a port number"),
    ],
)
def test_simulator_usage_errors(argv: list[str], message: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vsphere_guest", "simulator", *argv],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == EXIT_USAGE and message in result.stderr


def test_simulator_port_in_use() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "vsphere_guest", "simulator", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert result.returncode == EXIT_USAGE
    assert f"--port {port}: already in use" in result.stderr


def run_demo(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vsphere_guest", "demo", "--size-mib", "1", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_demo_removes_its_temporary_folder() -> None:
    result = run_demo()
    assert result.returncode == EXIT_OK, result.stderr
    assert "sha256 matches" in result.stdout
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("removed the demo folder ")]
    folder = Path(line.split()[4])
    assert folder.name.startswith("vsphere-guest-demo-") and not folder.exists()


def test_demo_into_a_folder_keeps_the_file(tmp_path: Path) -> None:
    result = run_demo(str(tmp_path))
    assert result.returncode == EXIT_OK, result.stderr
    assert (tmp_path / "app.log").stat().st_size > 1024 * 1024
    assert "removed" not in result.stdout


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{missing}"], "{missing}: no such folder"),
        (["{file}"], "{file}: not a folder"),
        (["--size-mib", "-1"], "--size-mib -1: not a size (a whole number of MiB, 0 or more)"),
    ],
)
def test_demo_usage_errors_before_anything_starts(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22 item 8: a missing FOLDER became a file named FOLDER, an existing file was
    overwritten, and a negative size was taken; each is a usage error, with nothing started."""
    from vsphere_guest.cli import main

    names = {"missing": str(tmp_path / "missing"), "file": str(tmp_path / "file")}
    (tmp_path / "file").write_bytes(b"keep me")
    assert main(["demo", *(a.format(**names) for a in argv)]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert message.format(**names) in err and "simulated vCenter" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]
    assert (tmp_path / "file").read_bytes() == b"keep me"


@pytest.mark.parametrize("command", ["demo", "simulator"])
def test_without_the_simulator_extra_says_which_to_install(command: str) -> None:
    code = (
        "import sys; sys.modules['trustme'] = None\n"
        f"from vsphere_guest.cli import entry; entry([{command!r}])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == EXIT_USAGE
    assert 'pip install "vsphere-guest[simulator]"' in result.stderr
    assert "Traceback" not in result.stderr


def test_simulator_url_form_name_says_how_to_reach_the_hosts(
    running: list[Running], tmp_path: Path
) -> None:
    """`--url-form name`: transfer URLs name the hosts (esxi-01.sim, in no DNS); the banner
    gives the --esxi-address options that reach them, and they work."""
    sim = Running("--url-form", "name")
    running.append(sim)
    (line,) = [x for x in sim.banner if "--esxi-address esxi-01.sim=" in x]
    flags = line.split("vsphere-guest download", 1)[1].split()[:4]  # the two --esxi-address
    assert flags[0] == "--esxi-address" and flags[2] == "--esxi-address", line
    env = {**os.environ, "VSPHERE_SERVER": sim.server, "VSPHERE_CA": str(sim.ca),
           "VSPHERE_USER": "administrator@vsphere.local", "VSPHERE_PASSWORD": "sim-password",
           "VSPHERE_GUEST_USER": "root", "VSPHERE_GUEST_PASSWORD": "guest-password"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "vsphere_guest", "download", *flags, "web-01", "/var/log/app.log",
         str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    assert (tmp_path / "app.log").stat().st_size == 1152
    sim.stop()


def test_simulator_url_form_must_be_known() -> None:
    from vsphere_guest.cli import simulator
    from vsphere_guest.testing import _model

    assert simulator.URL_FORMS == _model.URL_FORMS
    done = subprocess.run(
        [sys.executable, "-m", "vsphere_guest", "simulator", "--url-form", "dns"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == EXIT_USAGE and "invalid choice: 'dns'" in done.stderr


def _sim_folders(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("vsphere-sim-"))


def test_a_simulator_leaves_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 22 item 14: test runs left /tmp/vsphere-sim-* behind. Started and stopped, started
    on a busy port (its start fails), or refused (an unknown url_form): no folder is left."""
    import tempfile

    from vsphere_guest.testing import Simulator

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with Simulator() as sim:
        assert _sim_folders(tmp_path) == [sim.root.name]
    assert _sim_folders(tmp_path) == []
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(OSError), Simulator(port=busy.getsockname()[1]):
            pass
    assert _sim_folders(tmp_path) == []
    with pytest.raises(ValueError, match="url_form"):
        Simulator(url_form="nonsense")
    assert _sim_folders(tmp_path) == []


def test_simulator_port_in_use_leaves_no_temporary_folder(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        result = subprocess.run(
            [sys.executable, "-m", "vsphere_guest", "simulator", "--port", port],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
            env={**os.environ, "TMPDIR": str(tmp_path)},
        )
    assert result.returncode == EXIT_USAGE, result.stderr
    assert _sim_folders(tmp_path) == []
