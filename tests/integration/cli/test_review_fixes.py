"""Defects a newcomer found by trying the command line and the library with wrong inputs."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import BadArgumentType, Client, GuestCredentials
from vsphere_guest.cli import EXIT_FAULT, EXIT_OK, EXIT_TRANSFER, EXIT_USAGE, main
from vsphere_guest.testing import Simulator


@pytest.mark.parametrize(
    "argv",
    [
        ["download", "web-01", "/etc/hostname", "{tmp}/x", "--dry-run"],
        ["download", "web-01", "/etc/hostname", "{tmp}/x", "--pattern", "*"],
        ["download", "web-01", "/etc/hostname", "{tmp}/x", "--skip-existing"],
        ["download", "web-01", "/etc/hostname", "{tmp}/x", "-j", "2"],
        ["upload", "web-01", "{tmp}/src", "/tmp/x", "--dry-run"],
        ["upload", "web-01", "{tmp}/src", "/tmp/x", "--preserve"],
    ],
)
def test_folder_options_without_r_are_usage_errors(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    (tmp_path / "src").write_bytes(b"s")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main([*argv, *ca]) == EXIT_USAGE
    assert "only with -r" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    assert not sim.vm("web-01").local_path("/tmp/x").exists()


@pytest.mark.parametrize(
    ("vm", "root"), [("web-01", "/"), ("web-01", "//"), ("win-01", "C:\\"), ("win-01", "c:")]
)
def test_rmdir_r_of_a_guest_root_is_refused(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    capsys: pytest.CaptureFixture[str],
    vm: str,
    root: str,
) -> None:
    assert main(["rmdir", "-r", *ca, vm, root]) == EXIT_USAGE
    assert "refusing to remove the guest's root" in capsys.readouterr().err
    assert any(sim.vm(vm).local_path("C:\\" if vm == "win-01" else "/").iterdir())


def test_rm_goes_on_after_a_failure_and_then_fails(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    vm = sim.vm("web-01")
    for name in ("r1", "r2"):
        sim.write_guest_file(vm, f"/tmp/{name}", b"x")
    assert main(["rm", *ca, "web-01", "/tmp/r1", "/tmp/nonexist", "/tmp/r2"]) != EXIT_OK
    assert not vm.local_path("/tmp/r1").exists() and not vm.local_path("/tmp/r2").exists()
    assert "/tmp/nonexist" in capsys.readouterr().err


def test_collect_report_on_stdout_is_json_lines_only(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["collect", *ca, "web-01", "-p", "/etc/hostname", "-d", str(tmp_path), "--report", "-"]
    assert main(argv) == EXIT_OK
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["status"] for line in lines] == ["ok"]
    assert "collect: 1 VM, 1 files" in captured.err  # the summary goes to stderr then


def test_collect_fetches_a_vm_or_a_path_given_twice_once(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    moid = sim.vm("web-01").moid
    records = client.collect(
        ["web-01", moid, "web-01"], ["/etc/hostname", "/etc/hostname"], tmp_path, credentials=creds
    )
    assert [(r.vm, r.guest_path, r.status) for r in records] == [("web-01", "/etc/hostname", "ok")]
    assert (tmp_path / "web-01" / "etc" / "hostname").read_bytes() == b"web-01\n"


def test_collect_report_that_cannot_be_written_is_found_before_any_transfer(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logins = sim.logins
    argv = ["collect", *ca, "web-01", "-p", "/etc/hostname", "-d", str(tmp_path / "d"),
            "--report", str(tmp_path / "missing" / "r.jsonl")]  # fmt: skip
    assert main(argv) == EXIT_USAGE
    assert "--report" in capsys.readouterr().err
    assert sim.logins == logins and not (tmp_path / "d").exists()


def test_collect_failures_speak_cli_words(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["collect", *ca, "web-01", "-p", "/etc/hostname", "-d", str(tmp_path)]
    assert main(argv) == EXIT_OK
    assert main(argv) == EXIT_TRANSFER
    err = capsys.readouterr().err
    assert "use --overwrite to replace it" in err and "overwrite=True" not in err


@pytest.mark.parametrize(("vms", "paths"), [("web-01", ["/etc/hostname"]), (["web-01"], "/etc")])
def test_collect_refuses_a_str_where_a_list_belongs(
    client: Client, creds: GuestCredentials, tmp_path: Path, vms: Any, paths: Any
) -> None:
    with pytest.raises(BadArgumentType, match="a list"):
        client.collect(vms, paths, tmp_path, credentials=creds)


@pytest.mark.parametrize("how", ["upload", "tree"])
def test_an_empty_upload_gets_the_mode_of_any_other_upload(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, how: str
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "empty").write_bytes(b"")
    if how == "upload":
        client.upload("web-01", tmp_path / "src" / "empty", "/tmp/empty", credentials=creds)
        target = "/tmp/empty"
    else:
        assert client.upload_tree("web-01", tmp_path / "src", "/tmp/t", credentials=creds).ok
        target = "/tmp/t/empty"
    mode = sim.vm("web-01").local_path(target).stat().st_mode
    assert stat.S_IMODE(mode) == 0o644  # the guest's default for an upload, not mktemp's 0600


def test_an_esxi_address_given_twice_for_one_name_is_a_usage_error(
    env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["ls", "--esxi-address", "esxi-01=127.0.0.1", "--esxi-address", "ESXI-01=127.0.0.2",
            "web-01", "/"]  # fmt: skip
    assert main(argv) == EXIT_USAGE
    assert "--esxi-address ESXI-01 given twice" in capsys.readouterr().err


def test_mv_into_a_guest_folder_ending_with_a_separator_keeps_the_name(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    vm = sim.vm("web-01")
    sim.write_guest_file(vm, "/tmp/f2", b"f2")
    client.mkdir("web-01", "/tmp/d1", credentials=creds)
    client.move("web-01", "/tmp/f2", "/tmp/d1/", credentials=creds)
    assert vm.local_path("/tmp/d1/f2").read_bytes() == b"f2"
    sim.write_guest_file(sim.vm("win-01"), "C:\\Logs\\w.txt", b"w")
    client.mkdir("win-01", "C:\\Moved", credentials=creds)
    client.move("win-01", "C:\\Logs\\w.txt", "C:\\Moved\\", credentials=creds)
    assert sim.vm("win-01").local_path("C:\\Moved\\w.txt").read_bytes() == b"w"


def test_a_folder_without_r_says_to_use_r(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/a.txt", b"a")
    assert main(["download", *ca, "web-01", "/data", str(tmp_path)]) != EXIT_OK
    assert "a folder: use download -r" in capsys.readouterr().err
    (tmp_path / "src").mkdir()
    assert main(["upload", *ca, "web-01", str(tmp_path / "src"), "/tmp/x"]) == EXIT_USAGE
    assert "is a folder: use upload -r" in capsys.readouterr().err


def test_a_symlink_without_r_says_it_is_a_symbolic_link(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 22 item 7: a link is not a folder, so "use download -r" sent the user to a
    NotADirectory; the message says what the guest reports it is, and where it points."""
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/data/a.txt", b"a")
    web.symlink("/data/link", "/etc/hostname")
    web.symlink("/data/dirlink", "/data")
    for name, target in (("link", "/etc/hostname"), ("dirlink", "/data")):
        assert main(["download", *ca, "web-01", f"/data/{name}", str(tmp_path)]) == EXIT_FAULT
        err = capsys.readouterr().err
        assert f"/data/{name} is a symbolic link (-> {target})" in err
        assert "use download -r" not in err
    assert not list(tmp_path.iterdir())


def test_a_pin_fetched_again_after_a_certificate_mismatch_is_logged(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    import logging

    client.download("web-01", "/etc/hostname", tmp_path / "a", credentials=creds)
    sim.inject_transfer_fault("wrong_cert")
    with caplog.at_level(logging.WARNING, "vsphere_guest"):
        client.download("web-01", "/etc/hostname", tmp_path / "b", credentials=creds)
    told = [r.getMessage() for r in caplog.records]
    assert any("did not present the pinned certificate" in m and "again" in m for m in told), told


@pytest.mark.parametrize(
    ("call", "fault"),
    [
        (lambda c, g: c.mkdir("web-01", "/etc/hostname/x", credentials=g, parents=True),
         "NotADirectory"),
        (lambda c, g: c.mktemp("web-01", credentials=g, prefix="a/b"), "FileNotFound"),
    ],
    ids=["mkdir-under-a-file", "mktemp-prefix-with-a-slash"],
)  # fmt: skip
def test_guest_os_errors_are_faults_that_never_quote_local_paths(
    sim: Simulator, client: Client, creds: GuestCredentials, call: Any, fault: str
) -> None:
    from vsphere_guest import faults

    with pytest.raises(faults.MethodFault) as caught:
        call(client, creds)
    assert caught.value.type_name == fault
    assert str(sim.root) not in str(caught.value) and "Errno" not in str(caught.value)


@pytest.mark.parametrize(("vm", "root"), [("web-01", "/"), ("win-01", "C:\\")])
def test_the_library_refuses_to_empty_a_guest_root_too(
    sim: Simulator, client: Client, creds: GuestCredentials, vm: str, root: str
) -> None:
    from vsphere_guest import BadArgument

    calls = len(sim.world.calls)
    with pytest.raises(BadArgument, match="root"):
        client.rmdir(vm, root, credentials=creds, recursive=True)
    assert "DeleteDirectoryInGuest" not in sim.world.calls[calls:]
    assert any(sim.vm(vm).local_path(root).iterdir())


# --- a failed download -r or collect leaves no destination folder (issue 22 item 3) ----------
