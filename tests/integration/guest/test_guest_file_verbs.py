"""Guest file verbs (mkdir, rm, rmdir, mv, mktemp, change_attributes) in the library, the async
client and the command, against the simulator (every request and answer checked by the spec)."""

from __future__ import annotations

import asyncio
import datetime
import stat

import pytest
from vim25_json.models import GuestPosixFileAttributes, GuestWindowsFileAttributes
from vsphere_guest import AsyncClient, Client, GuestCredentials, faults
from vsphere_guest.cli import EXIT_FAULT, EXIT_OK, main
from vsphere_guest.testing import Simulator

from ..conftest import connect


def test_mkdir_and_parents(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    web = sim.vm("web-01")
    client.mkdir("web-01", "/srv", credentials=creds)
    assert web.local_path("/srv").is_dir()
    with pytest.raises(faults.FileAlreadyExists):
        client.mkdir("web-01", "/srv", credentials=creds)
    with pytest.raises(faults.FileNotFound):
        client.mkdir("web-01", "/a/b/c", credentials=creds)
    client.mkdir("web-01", "/a/b/c", credentials=creds, parents=True)
    client.mkdir("web-01", "/a/b/c", credentials=creds, parents=True)  # exists: fine with -p
    assert web.local_path("/a/b/c").is_dir()


def test_rm_and_rmdir(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/d/x/f.txt", b"x")
    web.symlink("/d/link", "/etc/hostname")
    client.remove("web-01", "/d/link", credentials=creds)  # the link, not its target
    assert web.local_path("/etc/hostname").exists()
    with pytest.raises(faults.NotAFile):
        client.remove("web-01", "/d/x", credentials=creds)
    with pytest.raises(faults.DirectoryNotEmpty):
        client.rmdir("web-01", "/d", credentials=creds)
    client.rmdir("web-01", "/d", credentials=creds, recursive=True)
    assert not web.local_path("/d").exists()
    with pytest.raises(faults.FileNotFound):
        client.remove("web-01", "/d/x/f.txt", credentials=creds)


def test_move_files_and_folders(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/src/one.txt", b"1")
    client.move("web-01", "/src/one.txt", "/src/two.txt", credentials=creds)
    assert web.local_path("/src/two.txt").read_bytes() == b"1"
    client.move("web-01", "/src", "/dst", credentials=creds)  # a folder: MoveDirectoryInGuest
    assert web.local_path("/dst/two.txt").read_bytes() == b"1"
    assert not web.local_path("/src").exists()
    with pytest.raises(faults.FileAlreadyExists):
        client.move("web-01", "/dst", "/etc", credentials=creds)  # folders never overwrite
    sim.write_guest_file(web, "/dst/three.txt", b"3")
    with pytest.raises(faults.FileAlreadyExists):
        client.move("web-01", "/dst/three.txt", "/dst/two.txt", credentials=creds)
    client.move("web-01", "/dst/three.txt", "/dst/two.txt", credentials=creds, overwrite=True)
    assert web.local_path("/dst/two.txt").read_bytes() == b"3"


def test_mktemp_file_and_folder(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    web = sim.vm("web-01")
    path = client.mktemp("web-01", credentials=creds)
    assert path.startswith("/tmp/vsphere-guest-") and web.local_path(path).is_file()
    folder = client.mktemp("web-01", credentials=creds, directory=True, suffix=".d")
    assert folder.endswith(".d") and web.local_path(folder).is_dir()
    inside = client.mktemp("web-01", credentials=creds, parent=folder, prefix="x-")
    assert inside.startswith(folder + "/x-")
    win_path = client.mktemp("win-01", credentials=creds)  # the simulator has C:\Windows\Temp
    assert win_path.startswith("C:\\Windows\\Temp\\vsphere-guest-")
    with pytest.raises(faults.FileNotFound):
        client.mktemp("web-01", credentials=creds, parent="/no/such")


def test_change_attributes_posix_and_windows(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    web = sim.vm("web-01")
    when = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
    client.change_attributes(
        "web-01",
        "/etc/hostname",
        GuestPosixFileAttributes(
            permissions=0o640, owner_id=1000, group_id=50, modification_time=when
        ),
        credentials=creds,
    )
    st = web.local_path("/etc/hostname").stat()
    assert stat.S_IMODE(st.st_mode) == 0o640 and st.st_mtime == when.timestamp()
    (entry,) = [f for f in client.list_files("web-01", "/etc", credentials=creds)]
    assert (entry.attributes["ownerId"], entry.attributes["groupId"]) == (1000, 50)
    client.change_attributes(
        "win-01",
        "C:\\Logs\\app.log",
        GuestWindowsFileAttributes(hidden=True, read_only=True),
        credentials=creds,
    )
    (log,) = client.list_files("win-01", "C:\\Logs", credentials=creds)
    assert log.attributes["hidden"] is True and log.attributes["readOnly"] is True
    with pytest.raises(faults.FileNotFound):
        client.change_attributes(
            "web-01", "/nope", GuestPosixFileAttributes(permissions=0o600), credentials=creds
        )


def test_async_client_has_the_same_verbs(sim: Simulator, creds: GuestCredentials) -> None:
    async def run() -> str:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            await client.mkdir("web-01", "/x/y", credentials=creds, parents=True)
            made = await client.mktemp("web-01", credentials=creds, parent="/x/y")
            await client.move("web-01", made, "/x/y/kept", credentials=creds)
            await client.change_attributes(
                "web-01",
                "/x/y/kept",
                GuestPosixFileAttributes(permissions=0o600),
                credentials=creds,
            )
            await client.remove("web-01", "/x/y/kept", credentials=creds)
            await client.rmdir("web-01", "/x", credentials=creds, recursive=True)
            return made

    made = asyncio.run(run())
    assert made.startswith("/x/y/vsphere-guest-")
    assert not sim.vm("web-01").local_path("/x").exists()


def test_verbs_check_arguments_before_any_call(sim: Simulator, creds: GuestCredentials) -> None:
    with connect(sim) as client:
        before = client.round_trips
        with pytest.raises(TypeError):
            client.mkdir("web-01", "", credentials=creds)
        with pytest.raises(TypeError):
            client.move("web-01", "/a", None, credentials=creds)  # type: ignore[arg-type]
        assert client.round_trips == before


def test_cli_verbs(
    sim: Simulator,
    env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    web = sim.vm("web-01")
    ca = ["--ca", str(sim.ca_file)]
    assert main(["mkdir", *ca, "-p", "web-01", "/opt/app/logs"]) == EXIT_OK
    assert web.local_path("/opt/app/logs").is_dir()
    assert main(["mktemp", *ca, "-d", "web-01", "--parent", "/opt"]) == EXIT_OK
    made = capsys.readouterr().out.strip()
    assert made.startswith("/opt/vsphere-guest-") and web.local_path(made).is_dir()
    sim.write_guest_file(web, "/opt/app/a.txt", b"a")
    sim.write_guest_file(web, "/opt/app/b.txt", b"b")
    assert main(["mv", *ca, "web-01", "/opt/app/a.txt", "/opt/app/c.txt"]) == EXIT_OK
    assert main(["rm", *ca, "web-01", "/opt/app/b.txt", "/opt/app/c.txt"]) == EXIT_OK
    assert sorted(p.name for p in web.local_path("/opt/app").iterdir()) == ["logs"]
    assert main(["rmdir", *ca, "web-01", "/opt/app"]) == EXIT_FAULT
    assert "DirectoryNotEmpty" in capsys.readouterr().err
    assert main(["rmdir", *ca, "-r", "web-01", "/opt/app"]) == EXIT_OK
    assert not web.local_path("/opt/app").exists()
