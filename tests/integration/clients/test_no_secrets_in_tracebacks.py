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
from vsphere_guest.testing import Simulator

from tests.integration.both_clients import AsyncAsSync
from tests.integration.cli_run import free_port
from tests.integration.conftest import connect, connect_async

from ..secret_scan import assert_clean, caught, render, secrets_of

FLAVOURS = pytest.mark.parametrize("flavour", ["sync", "async"])


class _Held:
    """Holds the test's secrets so that the test's own frames do not show them."""

    def __init__(self, **values: str) -> None:
        self.__dict__.update(values)

    def __repr__(self) -> str:
        return "<held>"


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

    assert_clean(render(caught(run)), held.password, sim.password)


@FLAVOURS
def test_wrong_guest_password(sim: Simulator, flavour: str, tmp_path: Path) -> None:
    held = _Held(password="not-the-guest-password")

    def run() -> None:
        with _client(sim, flavour) as client:
            creds = GuestCredentials("root", held.password)
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    assert_clean(render(caught(run)), held.password, *secrets_of(sim))


@FLAVOURS
def test_failed_transfer_after_initiate(sim: Simulator, flavour: str, tmp_path: Path) -> None:
    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with _client(sim, flavour, retries=0) as client:
            sim.inject_transfer_fault("status", status=404)
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    assert_clean(render(caught(run)), *secrets_of(sim))


@FLAVOURS
def test_impostor_host(sim: Simulator, flavour: str, tmp_path: Path) -> None:
    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with _client(sim, flavour, retries=0) as client:
            sim.inject_transfer_fault("wrong_cert")
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    assert_clean(render(caught(run)), *secrets_of(sim))


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

    error = caught(run)
    assert_clean(render(error), *secrets_of(sim))
    assert isinstance(error, ClientClosed)


@FLAVOURS
def test_closed_client_during_a_call(sim: Simulator, flavour: str) -> None:
    """Closed by another thread while a call waits for vCenter: the connection pool's own
    refusal."""

    def run() -> None:
        client = _client(sim, flavour)
        client.login()
        client._vcenter.close()
        try:
            client.call(service_instance_current_time, mo_id="ServiceInstance")
        finally:
            _done(client)

    error = caught(run)
    assert_clean(render(error), *secrets_of(sim))
    assert isinstance(error, ClientClosed)


@FLAVOURS
def test_vcenter_timeout(sim: Simulator, flavour: str) -> None:
    def run() -> None:
        with _client(sim, flavour, timeout=0.3) as client:
            sim.delay_operation("CurrentTime", 1.0)
            client.call(service_instance_current_time, mo_id="ServiceInstance")

    error = caught(run)
    sim.delay_operation("CurrentTime", 0)
    assert_clean(render(error), *secrets_of(sim))
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

    error = caught(run)
    assert_clean(render(error), held.password)
    assert isinstance(error, ConnectionFailed)


@FLAVOURS
def test_vcenter_tls_failure(sim: Simulator, flavour: str) -> None:
    def run() -> None:
        client = _raw_client(flavour, sim.server, username=sim.username, password=sim.password)
        try:
            client.login()
        finally:
            _done(client)

    error = caught(run)
    assert_clean(render(error), *secrets_of(sim))
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

    error = caught(run)
    assert_clean(render(error), *secrets_of(sim))
    assert isinstance(error, InvalidAnswer if answer == "wrong_type" else ServerError)


@FLAVOURS
def test_vm_not_found(sim: Simulator, flavour: str) -> None:
    def run() -> None:
        with _client(sim, flavour) as client:
            client.find_vm("nope-vm")

    error = caught(run)
    assert_clean(render(error), *secrets_of(sim))
    assert isinstance(error, VmNotFound)


@FLAVOURS
def test_destination_exists(sim: Simulator, flavour: str, tmp_path: Path) -> None:
    (tmp_path / "h").write_bytes(b"mine")

    def run() -> None:
        creds = GuestCredentials(sim.guest.username, sim.guest.password)
        with _client(sim, flavour) as client:
            client.download("web-01", "/etc/hostname", tmp_path / "h", credentials=creds)

    error = caught(run)
    assert_clean(render(error), *secrets_of(sim))
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

    error = caught(run)
    assert_clean(render(error), *secrets_of(sim))
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

    error = caught(run)
    assert_clean(render(error), *secrets_of(sim))
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
    assert_clean(render(caught[0]), *secrets_of(sim))


# --- the command with --debug, one run per exit code ------------------------------------------
