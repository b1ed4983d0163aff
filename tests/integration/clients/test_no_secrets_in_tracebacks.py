"""A traceback rendered with local variables (what Sentry, `pytest -l` and rich show) holds no
vCenter password, guest password, session id or transfer token: on every error path of the
public API, over Client and AsyncClient, through the whole `__cause__` / `__context__` chain;
and the command's `--debug` output holds none either, whatever its exit code."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import io
import os
import re
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from vim25_json.api.service_instance import service_instance_current_time
from vsphere_guest import (
    AsyncClient,
    Client,
    ClientClosed,
    ConnectionFailed,
    DestinationExists,
    GuestCredentials,
    InvalidAnswer,
    LocalFileError,
    ServerError,
    VCenterTimeout,
    VCenterTLSError,
    VmNotFound,
)
from vsphere_guest.cli import (
    EXIT_CERT,
    EXIT_CONNECT,
    EXIT_EXISTS,
    EXIT_FAULT,
    EXIT_LOCAL,
    EXIT_NOT_FOUND,
    EXIT_TRANSFER,
    EXIT_USAGE,
)
from vsphere_guest.testing import Simulator

from tests.integration.both_clients import AsyncAsSync
from tests.integration.cli_run import free_port, run_cli
from tests.integration.conftest import connect, connect_async

SESSION_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{40}(?![0-9a-f])")  # the simulator's session ids
TOKEN = re.compile(r"token=(?!\*\*\*)[^&'\" ]+")
FLAVOURS = pytest.mark.parametrize("flavour", ["sync", "async"])


class _Held:
    """Holds the test's secrets so that the test's own frames do not show them."""

    def __init__(self, **values: str) -> None:
        self.__dict__.update(values)

    def __repr__(self) -> str:
        return "<held>"


def _chain(error: BaseException) -> Iterator[BaseException]:
    """Every exception reachable from `error`: its `__cause__` and `__context__` (suppressed or
    not: Sentry and rich walk both) and the members of exception groups."""
    todo, seen = [error], set()
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
        todo += list(getattr(current, "exceptions", ()))


def _render(error: BaseException) -> str:
    """Each exception of the chain rendered with the locals of each of its frames."""
    text = "".join(
        line
        for each in _chain(error)
        for line in traceback.TracebackException.from_exception(each, capture_locals=True).format(
            chain=False
        )
    )
    assert "Traceback" in text
    return text


def _caught(run: Callable[[], object]) -> BaseException:
    """What `run` raises (any type: each test checks it after the scan)."""
    with pytest.raises(BaseException) as caught:
        run()
    return caught.value


def _assert_clean(text: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in text, _around(text, secret)
    for pattern in (SESSION_ID, TOKEN):
        found = pattern.search(text)
        assert found is None, _around(text, found.group())


def _around(text: str, secret: str) -> str:
    """The rendered lines that show `secret`, each after its frame (for the failure message)."""
    shown, frame = [], ""
    for line in text.splitlines():
        if line.startswith('  File "'):
            frame = line.strip()
        elif secret in line:
            shown.append(f"{frame}: {line.strip()}")
    return "\n".join(shown)[:4000]


def _client(sim: Simulator, flavour: str, **kwargs: Any) -> Client:
    made = connect(sim, **kwargs) if flavour == "sync" else connect_async(sim, **kwargs)
    return made  # type: ignore[return-value]


def _raw_client(flavour: str, server: str, **kwargs: Any) -> Client:
    if flavour == "sync":
        return Client(server, **kwargs)
    return AsyncAsSync(AsyncClient(server, **kwargs))  # type: ignore[return-value]


def _done(client: Client) -> None:
    with contextlib.suppress(Exception):
        client.__exit__(None, None, None)


def _secrets(sim: Simulator) -> tuple[str, str]:
    return sim.password, sim.guest.password


# --- the four paths scanned first -------------------------------------------------------------


@FLAVOURS
def test_wrong_vcenter_password(sim: Simulator, flavour: str) -> None:
    held = _Held(password="not-the-vcenter-password")

    def run() -> None:
        client = _raw_client(
            flavour, sim.server, username=sim.username, password=held.password,
            verify=str(sim.ca_file),
        )  # fmt: skip
        try:
            client.find_vm("web-01")
        finally:
            _done(client)

    _assert_clean(_render(_caught(run)), held.password, sim.password)


@FLAVOURS
def test_wrong_guest_password(sim: Simulator, flavour: str, tmp_path: Path) -> None:
    held = _Held(password="not-the-guest-password")

    def run() -> None:
        with _client(sim, flavour) as client:
            creds = GuestCredentials("root", held.password)
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    _assert_clean(_render(_caught(run)), held.password, *_secrets(sim))


@FLAVOURS
def test_failed_transfer_after_initiate(sim: Simulator, flavour: str, tmp_path: Path) -> None:
    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with _client(sim, flavour, retries=0) as client:
            sim.inject_transfer_fault("status", status=404)
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    _assert_clean(_render(_caught(run)), *_secrets(sim))


@FLAVOURS
def test_impostor_host(sim: Simulator, flavour: str, tmp_path: Path) -> None:
    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with _client(sim, flavour, retries=0) as client:
            sim.inject_transfer_fault("wrong_cert")
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    _assert_clean(_render(_caught(run)), *_secrets(sim))


# --- every other error of the public API --------------------------------------------------------


@FLAVOURS
def test_closed_client(sim: Simulator, flavour: str) -> None:
    def run() -> None:
        client = _client(sim, flavour)
        client.login()
        client.close()
        try:
            client.find_vm("web-01")
        finally:
            _done(client)

    error = _caught(run)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, ClientClosed)


@FLAVOURS
def test_closed_client_during_a_call(sim: Simulator, flavour: str) -> None:
    """Closed by another thread while a call waits for vCenter: httpx's own refusal."""

    def run() -> None:
        client = _client(sim, flavour)
        client.login()
        http = client._http
        if flavour == "sync":
            http.close()
        else:
            client._await(http.aclose())  # type: ignore[attr-defined]
        try:
            client.call(service_instance_current_time, mo_id="ServiceInstance")
        finally:
            _done(client)

    error = _caught(run)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, ClientClosed)


@FLAVOURS
def test_vcenter_timeout(sim: Simulator, flavour: str) -> None:
    def run() -> None:
        with _client(sim, flavour, timeout=0.3) as client:
            sim.delay_operation("CurrentTime", 1.0)
            client.call(service_instance_current_time, mo_id="ServiceInstance")

    error = _caught(run)
    sim.delay_operation("CurrentTime", 0)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, VCenterTimeout)


@FLAVOURS
def test_connection_refused(flavour: str) -> None:
    held = _Held(password="a-vcenter-password")

    def run() -> None:
        client = _raw_client(
            flavour, f"127.0.0.1:{free_port()}", username="u", password=held.password, timeout=5
        )
        try:
            client.login()
        finally:
            _done(client)

    error = _caught(run)
    _assert_clean(_render(error), held.password)
    assert isinstance(error, ConnectionFailed)


@FLAVOURS
def test_vcenter_tls_failure(sim: Simulator, flavour: str) -> None:
    def run() -> None:
        client = _raw_client(flavour, sim.server, username=sim.username, password=sim.password)
        try:
            client.login()
        finally:
            _done(client)

    error = _caught(run)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, VCenterTLSError)


@FLAVOURS
@pytest.mark.parametrize("answer", ["not_json", "wrong_type"])
def test_decode_error(sim: Simulator, flavour: str, answer: str) -> None:
    def run() -> None:
        with _client(sim, flavour) as client:
            if answer == "not_json":
                sim.inject_http_error("CurrentTime", 200, b"<html>maintenance</html>")
            else:
                sim.inject_answer("CurrentTime", {"not": "a time"})
            client.call(service_instance_current_time, mo_id="ServiceInstance")

    error = _caught(run)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, InvalidAnswer if answer == "wrong_type" else ServerError)


@FLAVOURS
def test_vm_not_found(sim: Simulator, flavour: str) -> None:
    def run() -> None:
        with _client(sim, flavour) as client:
            client.find_vm("nope-vm")

    error = _caught(run)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, VmNotFound)


@FLAVOURS
def test_destination_exists(sim: Simulator, flavour: str, tmp_path: Path) -> None:
    (tmp_path / "h").write_bytes(b"mine")

    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with _client(sim, flavour) as client:
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    error = _caught(run)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, DestinationExists)


class _FullDisk(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


class _BadSource(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise OSError(errno.EIO, "Input/output error")


@FLAVOURS
@pytest.mark.parametrize("way", ["download", "upload"])
def test_local_file_error(sim: Simulator, flavour: str, way: str) -> None:
    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with _client(sim, flavour, retries=0) as client:
            if way == "download":
                client.download("web-01", "/var/log/app.log", _FullDisk(), credentials=creds)
            else:
                client.upload("web-01", _BadSource(), "/tmp/x", credentials=creds, size=10)

    error = _caught(run)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, LocalFileError)


def test_interrupted_transfer(sim: Simulator, tmp_path: Path) -> None:
    """Ctrl-C raised in a progress callback mid-transfer (AsyncClient runs its callbacks on
    the event loop, apart from the transfer: its interruption is test_cancelled_task)."""
    flavour = "sync"

    def stop(done: int, total: int) -> None:
        if done:
            raise KeyboardInterrupt

    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with _client(sim, flavour) as client:
            client.download(
                "web-01", "/var/log/app.log", tmp_path / "a", credentials=creds, progress=stop
            )

    error = _caught(run)
    _assert_clean(_render(error), *_secrets(sim))
    assert isinstance(error, KeyboardInterrupt)


@pytest.mark.parametrize("where", ["api_call", "transfer"])
def test_cancelled_task(sim: Simulator, tmp_path: Path, where: str) -> None:
    sim.write_guest_file(sim.vm("web-01"), "/data/slow.bin", os.urandom(1024 * 1024))
    caught: list[BaseException] = []

    async def main() -> None:
        started = asyncio.Event()
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            if where == "api_call":
                sim.delay_operation("CurrentTime", 1.0)
                work: Any = client.call(service_instance_current_time, mo_id="ServiceInstance")
            else:
                sim.inject_transfer_fault("slow", delay=0.05)
                work = client.download(
                    "web-01", "/data/slow.bin", tmp_path / "slow.bin", credentials=creds,
                    progress=lambda done, total: started.set(),
                )  # fmt: skip
            task = asyncio.create_task(work)
            if where == "api_call":
                await asyncio.sleep(0.3)
            else:
                await started.wait()
            task.cancel()
            try:
                await task
            except asyncio.CancelledError as exc:
                caught.append(exc)

    asyncio.run(main())
    sim.delay_operation("CurrentTime", 0)
    assert caught
    _assert_clean(_render(caught[0]), *_secrets(sim))


# --- the command with --debug, one run per exit code ------------------------------------------


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("usage", EXIT_USAGE),
        ("not_found", EXIT_NOT_FOUND),
        ("fault", EXIT_FAULT),
        ("cert", EXIT_CERT),
        ("transfer", EXIT_TRANSFER),
        ("exists", EXIT_EXISTS),
        ("connect", EXIT_CONNECT),
        ("local", EXIT_LOCAL),
    ],
)
def test_cli_debug_output(
    sim: Simulator, env: dict[str, str], tmp_path: Path, case: str, code: int
) -> None:
    ca = ["--ca", str(sim.ca_file)]
    argv = ["--debug", "download", *ca, "web-01", "/etc/hostname", str(tmp_path / "h")]
    run_env = dict(env)
    if case == "usage":
        run_env["VSPHERE_GUEST_USER"] = ""
    elif case == "not_found":
        argv[argv.index("web-01")] = "nope-vm"
    elif case == "fault":
        argv[argv.index("/etc/hostname")] = "/var/log/none"
    elif case == "cert":
        argv = [a for a in argv if a not in ca]
    elif case == "transfer":
        sim.inject_transfer_fault("status", status=404, count=10)
    elif case == "exists":
        (tmp_path / "h").write_bytes(b"mine")
    elif case == "connect":
        run_env["VSPHERE_SERVER"] = f"127.0.0.1:{free_port()}"
    elif case == "local":
        argv[-1] = str(tmp_path / "missing" / "h")
    result = run_cli(run_env, *argv)
    assert result.returncode == code, result.stderr
    assert "Traceback" in result.stderr  # --debug prints the chain
    _assert_clean(result.stderr + result.stdout, *_secrets(sim))
