"""The bench's delaying proxy (bench/delay_proxy.py) forwards bytes intact, in order, both ways,
with half-closes; when a chunk is due. No timing is asserted (benchmarks measure, tests don't)."""

from __future__ import annotations

import asyncio
import os

from bench.delay_proxy import DelayProxy, due


def test_due_adds_the_delay_and_holds_the_first_bytes() -> None:
    assert due(10.0, 0.005, 0.0) == 10.005  # an answer: one way later
    assert due(10.0, 0.0, 10.02) == 10.02  # towards the upstream before the connect's round trip
    assert due(11.0, 0.0, 10.02) == 11.0  # and after it: at once


async def _upstream_then_client(payload: bytes) -> tuple[bytes, bytes]:
    """An upstream echoing its request's length then `payload`; a client through the proxy."""
    received: list[bytes] = []

    async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        request = await r.read()  # to the client's half-close
        received.append(request)
        w.write(payload)
        await w.drain()
        w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    upstream = f"127.0.0.1:{server.sockets[0].getsockname()[1]}"
    proxy = await asyncio.to_thread(DelayProxy, {upstream: 0.001})
    try:
        host, port = proxy.address(upstream).rsplit(":", 1)
        r, w = await asyncio.open_connection(host, int(port))
        request = os.urandom(300_000)
        w.write(request)
        w.write_eof()
        answer = await r.read()
        w.close()
        counters = await asyncio.to_thread(proxy.counters)
    finally:
        await asyncio.to_thread(proxy.close)
        server.close()
    assert received == [request]
    assert counters[upstream] == {"connections": 1, "bytes_down": len(payload)}
    return request, answer


def test_bytes_go_through_intact_both_ways() -> None:
    payload = os.urandom(3 * 1024 * 1024 + 17)  # several reads' worth
    _, answer = asyncio.run(_upstream_then_client(payload))
    assert answer == payload
