"""Client.close() while another thread's call still waits for its answer (Client is
thread-safe): once the answer comes, no thread may read it from a descriptor that close() freed
and a new connection got; that connection would lose TLS records ("bad record mac")."""

from __future__ import annotations

import threading
import time

import pytest
from vsphere_guest import ClientClosed, GuestCredentials
from vsphere_guest.testing import Simulator

from tests.integration.conftest import connect
from tests.integration.freed_descriptors import ask_on_new_connections, disturbed


def test_close_while_another_thread_waits_disturbs_no_other_connection(
    sim: Simulator, creds: GuestCredentials
) -> None:
    late = 1.5
    client = connect(sim)
    client.find_vm("web-01")  # logged in: the listing below is one call
    sim.delay_operation("ListFilesInGuest", late)
    outcome: list[object] = []

    def list_files() -> None:
        try:
            outcome.append(client.list_files("web-01", "/tmp", credentials=creds))
        except Exception as exc:
            outcome.append(exc)

    waiting = threading.Thread(target=list_files)
    waiting.start()
    deadline = time.monotonic() + 30
    while "ListFilesInGuest" not in sim.world.calls:
        assert time.monotonic() < deadline, "the listing never reached vCenter"
        time.sleep(0.005)
    client.close()
    asked = ask_on_new_connections(sim)
    waiting.join(30)
    assert not waiting.is_alive()
    assert disturbed(asked) == []
    # The verb under way ends with its result, or ClientClosed at its next call; never another
    # error. Calls after close() are refused.
    assert isinstance(outcome[0], list | ClientClosed), outcome
    with pytest.raises(ClientClosed):
        client.find_vm("web-01")
