"""VMware's own CLI, govc, against the shipped simulator (GOVC_VI_JSON=1, the VI JSON API).

The govc here is govc's command code from govmomi v0.56.0 (the published `cli/...` packages)
built with the minimal main in `tests/interop/govc/`, because the govc module itself is not
on the Go module proxy. Files are compared byte for byte; listings against what the
simulator's guest file systems hold; faults by govc's exit code and the message it prints
(and, where govc acts on the fault type, by that behaviour).
"""

from __future__ import annotations

import datetime
import os
import stat
from pathlib import Path

import pytest
from vsphere_guest.testing import Simulator

from tests.integration.conftest import spec_validator

from .conftest import Govc, skip_module_without_govc, stderr

pytestmark = pytest.mark.integration
skip_module_without_govc()  # one skip line for all, not one per test

# Every byte value, then pseudo-random bytes: 1 MiB + 7 so it spans chunk boundaries.
PAYLOAD = bytes(range(256)) + os.urandom(1024 * 1024 + 7 - 256)


def test_about(govc: Govc, sim: Simulator) -> None:
    about = sim.vcenter.content()["about"]
    out = govc.run("about").stdout.decode()
    assert out == (
        f"FullName:     {about['fullName']}\n"
        f"Name:         {about['name']}\n"
        f"Vendor:       {about['vendor']}\n"
        f"Version:      {about['version']}\n"
        f"Build:        {about['build']}\n"
        f"OS type:      {about['osType']}\n"
        f"API type:     {about['apiType']}\n"
        f"API version:  {about['apiVersion']}\n"
        f"Product ID:   {about['productLineId']}\n"
        f"UUID:         {about['instanceUuid']}\n"
    )


def test_release_must_be_named_for_a_vcenter_8(govc: Govc) -> None:
    """govc v0.56 starts at its own release, 9.1.0.0; the simulator, like vCenter 8.0.3,
    answers an unknown release with an HTML 500, which govc reports."""
    result = govc.run("about", check=False, env={"GOVC_VIM_VERSION": ""})
    assert result.returncode != 0
    assert "content-type is not application/json: text/html" in stderr(result)


def test_session_cache_across_commands(govc: Govc, sim: Simulator) -> None:
    """With govc's session cache on, the second command checks the cached session
    (SessionManager.currentSession through the PropertyCollector) and then logs in again."""
    env = {"GOVC_PERSIST_SESSION": "true"}
    first = govc.run("about", env=env).stdout
    assert govc.run("about", env=env).stdout == first
    checks = [r for r in sim.world.requests if r.endswith("/RetrievePropertiesEx")]
    assert len(checks) == 1  # the second command's check of the cached session


def test_ls_vm_folder(govc: Govc) -> None:
    assert govc.run("ls", "/DC0/vm").stdout.decode().splitlines() == [
        "/DC0/vm/prod",
        "/DC0/vm/a",
        "/DC0/vm/b",
        "/DC0/vm/win-01",
        "/DC0/vm/stopped-01",
        "/DC0/vm/notools-01",
    ]
    assert govc.run("ls", "/DC0/vm/prod").stdout == b"/DC0/vm/prod/web-01\n"
    assert govc.run("ls", "/DC0/vm/a").stdout == b"/DC0/vm/a/dup\n"


def test_ls_datacenter_and_hosts(govc: Govc) -> None:
    assert govc.run("ls").stdout == b"/DC0/vm\n/DC0/host\n/DC0/datastore\n/DC0/network\n"
    assert govc.run("ls", "/").stdout == b"/DC0\n"
    assert govc.run("ls", "/DC0/host").stdout == b"/DC0/host/esxi-01.sim\n/DC0/host/esxi-02.sim\n"


def _file_size(n: int) -> str:
    """govmomi's units.FileSize."""
    for unit, size in (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f}{unit}"
    return str(n)


def _tabwrite(rows: list[list[str]]) -> str:
    """Go's text/tabwriter as guest.ls uses it (minwidth 2, padding 2, spaces): every cell
    but the last of a line is padded to its column's width + 2."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "".join(
        "".join(c.ljust(max(w + 2, 2)) for c, w in zip(r, widths, strict=False)) + r[-1] + "\n"
        for r in rows
    )


def _expected_ls(folder: Path) -> str:
    rows = []
    for child in sorted(folder.iterdir(), key=lambda p: p.name):
        st = child.lstat()
        kind = "l" if child.is_symlink() else "d" if child.is_dir() else "-"
        mtime = datetime.datetime.fromtimestamp(st.st_mtime, datetime.UTC)
        when = f"{mtime:%b} {mtime.day} {mtime:%H:%M %Y}"
        name = child.name + (f" -> {os.readlink(child)}" if child.is_symlink() else "")
        perm = stat.filemode(st.st_mode)[1:]
        rows.append(
            [f"{kind}{perm}", str(st.st_uid), str(st.st_gid), _file_size(st.st_size), when, name]
        )
    return _tabwrite(rows)


@pytest.mark.parametrize("select", [("-vm", "web-01"), ("-vm.ipath", "DC0/vm/prod/web-01")])
def test_guest_ls(govc: Govc, sim: Simulator, select: tuple[str, str]) -> None:
    vm = sim.vm("web-01")
    sim.write_guest_file(vm, "/srv/data/small.txt", b"x" * 10)
    sim.write_guest_file(vm, "/srv/data/big.bin", size=3 * 1024 * 1024 + 5)
    vm.local_path("/srv/data/sub").mkdir()
    os.symlink("small.txt", vm.local_path("/srv/data/link"))
    out = govc.run("guest.ls", *select, "/srv/data").stdout.decode()
    assert out == _expected_ls(vm.local_path("/srv/data"))
    assert govc.run("guest.ls", *select, "-s", "/srv/data").stdout == (
        b"big.bin\nlink\nsmall.txt\nsub\n"
    )


def test_guest_ls_pages_through_long_folders(govc: Govc, sim: Simulator) -> None:
    vm = sim.vm("web-01")
    names = [f"f{i:03}" for i in range(120)]
    for name in names:
        sim.write_guest_file(vm, f"/many/{name}", b"")
    out = govc.run("guest.ls", "-vm", "web-01", "-s", "/many").stdout.decode()
    assert out.splitlines() == names


@pytest.mark.parametrize("select", [("-vm", "web-01"), ("-vm.ipath", "DC0/vm/prod/web-01")])
def test_guest_download_to_a_file(
    govc: Govc, sim: Simulator, tmp_path: Path, select: tuple[str, str]
) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/var/tmp/payload.bin", PAYLOAD)
    dest = tmp_path / "payload.bin"
    govc.run("guest.download", *select, "/var/tmp/payload.bin", str(dest))
    assert dest.read_bytes() == PAYLOAD


def test_guest_download_to_stdout(govc: Govc, sim: Simulator) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/var/tmp/payload.bin", PAYLOAD)
    result = govc.run("guest.download", "-vm", "web-01", "/var/tmp/payload.bin", "-")
    assert result.stdout == PAYLOAD


def test_guest_download_from_a_ca_signed_host_and_a_windows_guest(govc: Govc) -> None:
    """win-01 runs on esxi-02, whose certificate the test CA signed (verified by CA, not by
    thumbprint)."""
    result = govc.run("guest.download", "-vm", "win-01", "C:\\Logs\\app.log", "-")
    assert result.stdout == b"hello from win-01\r\n" * 32


def test_guest_download_empty_file(govc: Govc, sim: Simulator) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/var/tmp/empty", b"")
    assert govc.run("guest.download", "-vm", "web-01", "/var/tmp/empty", "-").stdout == b""


def test_guest_download_refuses_an_existing_destination(govc: Govc, tmp_path: Path) -> None:
    dest = tmp_path / "exists"
    dest.write_bytes(b"keep")
    result = govc.run("guest.download", "-vm", "web-01", "/etc/hostname", str(dest), check=False)
    assert result.returncode != 0 and "file already exists" in stderr(result)
    assert dest.read_bytes() == b"keep"
    govc.run("guest.download", "-vm", "web-01", "-f", "/etc/hostname", str(dest))
    assert dest.read_bytes() == b"web-01\n"


def test_guest_upload_from_a_file(govc: Govc, sim: Simulator, tmp_path: Path) -> None:
    source = tmp_path / "up.bin"
    source.write_bytes(PAYLOAD)
    govc.run("guest.upload", "-vm.ipath", "DC0/vm/prod/web-01", str(source), "/tmp/up.bin")
    assert sim.vm("web-01").local_path("/tmp/up.bin").read_bytes() == PAYLOAD


def test_guest_upload_perm_uid_gid(govc: Govc, sim: Simulator) -> None:
    """govc sends -perm/-uid/-gid as GuestPosixFileAttributes in InitiateFileTransferToGuest;
    the simulator sets them once the upload is complete, as the guest does."""
    vm = sim.vm("web-01")
    govc.run(
        "guest.upload", "-vm", "web-01", "-perm", "0640", "-uid", "1001", "-gid", "1002", "-",
        "/tmp/owned", input=b"owned",
    )  # fmt: skip
    path = vm.local_path("/tmp/owned")
    assert path.read_bytes() == b"owned" and stat.S_IMODE(path.stat().st_mode) == 0o640
    assert vm.owners[str(path)] == (1001, 1002)
    govc.run("guest.upload", "-vm", "web-01", "-", "/tmp/plain", input=b"plain")
    assert stat.S_IMODE(vm.local_path("/tmp/plain").stat().st_mode) == 0o644  # the default


def test_guest_upload_from_stdin(govc: Govc, sim: Simulator) -> None:
    govc.run("guest.upload", "-vm", "web-01", "-", "/tmp/stdin.bin", input=PAYLOAD)
    assert sim.vm("web-01").local_path("/tmp/stdin.bin").read_bytes() == PAYLOAD


def test_guest_upload_overwrite(govc: Govc, sim: Simulator) -> None:
    vm = sim.vm("web-01")
    sim.write_guest_file(vm, "/tmp/there", b"old")
    result = govc.run("guest.upload", "-vm", "web-01", "-", "/tmp/there", input=b"new", check=False)
    assert result.returncode != 0 and "/tmp/there already exists" in stderr(result)
    assert vm.local_path("/tmp/there").read_bytes() == b"old"
    govc.run("guest.upload", "-vm", "web-01", "-f", "-", "/tmp/there", input=b"new")
    assert vm.local_path("/tmp/there").read_bytes() == b"new"


def test_guest_mkdir(govc: Govc, sim: Simulator) -> None:
    vm = sim.vm("web-01")
    govc.run("guest.mkdir", "-vm", "web-01", "/tmp/one")
    assert vm.local_path("/tmp/one").is_dir()
    missing = govc.run("guest.mkdir", "-vm", "web-01", "/tmp/x/y/z", check=False)
    assert missing.returncode != 0 and "parent of /tmp/x/y/z was not found" in stderr(missing)
    govc.run("guest.mkdir", "-vm", "web-01", "-p", "/tmp/x/y/z")
    assert vm.local_path("/tmp/x/y/z").is_dir()
    again = govc.run("guest.mkdir", "-vm", "web-01", "/tmp/one", check=False)
    assert again.returncode != 0 and "/tmp/one already exists" in stderr(again)
    # With -p govc ignores the fault only when it decodes as the type FileAlreadyExists.
    govc.run("guest.mkdir", "-vm", "web-01", "-p", "/tmp/one")


def test_guest_rm(govc: Govc, sim: Simulator) -> None:
    vm = sim.vm("web-01")
    sim.write_guest_file(vm, "/tmp/doomed", b"x")
    govc.run("guest.rm", "-vm", "web-01", "/tmp/doomed")
    assert not vm.local_path("/tmp/doomed").exists()
    again = govc.run("guest.rm", "-vm", "web-01", "/tmp/doomed", check=False)
    assert again.returncode != 0 and "/tmp/doomed was not found" in stderr(again)


def test_guest_rmdir(govc: Govc, sim: Simulator) -> None:
    vm = sim.vm("web-01")
    vm.local_path("/tmp/empty").mkdir()
    sim.write_guest_file(vm, "/tmp/full/file", b"x")
    govc.run("guest.rmdir", "-vm", "web-01", "/tmp/empty")
    assert not vm.local_path("/tmp/empty").exists()
    full = govc.run("guest.rmdir", "-vm", "web-01", "/tmp/full", check=False)
    assert full.returncode != 0 and "/tmp/full is not empty" in stderr(full)
    govc.run("guest.rmdir", "-vm", "web-01", "-r", "/tmp/full")
    assert not vm.local_path("/tmp/full").exists()


def test_guest_mv_file_and_directory(govc: Govc, sim: Simulator) -> None:
    vm = sim.vm("web-01")
    sim.write_guest_file(vm, "/tmp/a.txt", b"moved")
    govc.run("guest.mv", "-vm", "web-01", "/tmp/a.txt", "/tmp/b.txt")
    assert vm.local_path("/tmp/b.txt").read_bytes() == b"moved"
    assert not vm.local_path("/tmp/a.txt").exists()
    sim.write_guest_file(vm, "/tmp/c.txt", b"other")
    clobber = govc.run("guest.mv", "-vm", "web-01", "-n", "/tmp/c.txt", "/tmp/b.txt", check=False)
    assert clobber.returncode != 0 and "/tmp/b.txt already exists" in stderr(clobber)
    # A directory: MoveFileInGuest answers NotAFile, and only on that type govc moves it
    # with MoveDirectoryInGuest.
    sim.write_guest_file(vm, "/tmp/dir/inside", b"in")
    govc.run("guest.mv", "-vm", "web-01", "/tmp/dir", "/tmp/dir2")
    assert vm.local_path("/tmp/dir2/inside").read_bytes() == b"in"
    assert not vm.local_path("/tmp/dir").exists()


def test_guest_mktemp(govc: Govc, sim: Simulator) -> None:
    vm = sim.vm("web-01")
    made = govc.run("guest.mktemp", "-vm", "web-01").stdout.decode().strip()
    assert made.startswith("/tmp/") and vm.local_path(made).is_file()
    folder = govc.run("guest.mktemp", "-vm", "web-01", "-d").stdout.decode().strip()
    assert folder.startswith("/tmp/") and vm.local_path(folder).is_dir()
    named = (
        govc.run("guest.mktemp", "-vm", "web-01", "-t", "pre-", "-s", ".log", "-p", folder)
        .stdout.decode()
        .strip()
    )
    assert named.startswith(folder + "/pre-") and named.endswith(".log")
    assert vm.local_path(named).is_file()


# --- faults -------------------------------------------------------------------------------------


def test_fault_file_not_found(govc: Govc, tmp_path: Path) -> None:
    dest = tmp_path / "never"
    result = govc.run("guest.download", "-vm", "web-01", "/no/such", str(dest), check=False)
    assert result.returncode != 0
    assert "ServerFaultCode: File /no/such was not found" in stderr(result)
    assert not dest.exists()


def test_fault_invalid_guest_login(govc: Govc) -> None:
    result = govc.run(
        "guest.ls", "-vm", "web-01", "/tmp", check=False, env={"GOVC_GUEST_LOGIN": "root:wrong"}
    )
    assert result.returncode != 0
    assert (
        "ServerFaultCode: Failed to authenticate with the guest operating system using the "
        "supplied credentials." in stderr(result)
    )


def test_fault_invalid_power_state(govc: Govc) -> None:
    result = govc.run("guest.download", "-vm", "stopped-01", "/etc/hostname", "-", check=False)
    assert result.returncode != 0
    assert (
        "ServerFaultCode: The attempted operation cannot be performed in the current state "
        "(poweredOff)." in stderr(result)
    )
    assert result.stdout == b""


def test_fault_guest_operations_unavailable(govc: Govc) -> None:
    result = govc.run("guest.ls", "-vm.ipath", "DC0/vm/notools-01", "/", check=False)
    assert result.returncode != 0
    assert "The guest operations agent could not be contacted." in stderr(result)


def test_fault_invalid_login(govc: Govc) -> None:
    result = govc.run("about", check=False, env={"GOVC_PASSWORD": "wrong"})
    assert result.returncode != 0
    assert (
        "ServerFaultCode: Cannot complete login due to an incorrect user name or password."
        in stderr(result)
    )


def test_vm_not_found(govc: Govc) -> None:
    by_name = govc.run("guest.ls", "-vm", "nope", "/", check=False)
    assert by_name.returncode != 0 and "vm 'nope' not found" in stderr(by_name)
    by_path = govc.run("guest.ls", "-vm.ipath", "DC0/vm/nope", "/", check=False)
    assert by_path.returncode != 0 and "no such VM" in stderr(by_path)


def test_ambiguous_vm_name(govc: Govc) -> None:
    result = govc.run("guest.ls", "-vm", "dup", "/", check=False)
    assert result.returncode != 0 and "path 'dup' resolves to multiple vms" in stderr(result)


# --- ESXi host trust ----------------------------------------------------------------------------


def test_host_trusted_by_its_real_thumbprint(govc: Govc, sim: Simulator) -> None:
    """esxi-01's certificate is self-signed: govc accepts it only because vCenter reports its
    SHA-1 thumbprint (summary.config.sslThumbprint); a wrong one makes govc refuse the host."""
    host = sim.vm("web-01").host
    host.ssl_thumbprint = "00:" * 19 + "00"
    result = govc.run("guest.download", "-vm", "web-01", "/etc/hostname", "-", check=False)
    assert result.returncode != 0 and "thumbprint does not match" in stderr(result)
    assert result.stdout == b""


def test_star_urls_of_a_host_called_directly(govc_path: Path, tmp_path: Path) -> None:
    """`https://*:port/guestFile?...` URLs: govc puts the host:port it called in place of
    `*:port` (the simulator then serves transfers on vCenter's listener)."""
    with Simulator(star_urls=True, validator=spec_validator()) as star:
        sim_govc = Govc(govc_path, star, tmp_path)
        star.write_guest_file(star.vm("web-01"), "/var/tmp/payload.bin", PAYLOAD)
        result = sim_govc.run("guest.download", "-vm", "web-01", "/var/tmp/payload.bin", "-")
        assert result.stdout == PAYLOAD
        assert star.world.issued_urls[-1].startswith("https://*:")
        assert not star.world.errors


def test_name_urls_go_to_the_management_address(govc_path: Path, tmp_path: Path) -> None:
    """Transfer URLs that name the host (`https://esxi-01.sim:port/...`, a name in no DNS):
    govc reads config.virtualNicManagerInfo.netConfig and, finding one management vmknic,
    connects to its address instead (it prefers it even for names that resolve, so it sends
    no DNS query here). A check of the simulator's netConfig shape by VMware's own client."""
    with Simulator(url_form="name", validator=spec_validator()) as named:
        sim_govc = Govc(govc_path, named, tmp_path)
        named.write_guest_file(named.vm("web-01"), "/var/tmp/payload.bin", PAYLOAD)
        result = sim_govc.run("guest.download", "-vm", "web-01", "/var/tmp/payload.bin", "-")
        assert result.stdout == PAYLOAD
        assert named.world.issued_urls[-1].startswith("https://esxi-01.sim:")
        assert not named.world.errors
