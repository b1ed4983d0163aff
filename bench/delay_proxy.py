"""A delaying TCP forwarder on loopback for the `latency` suite: one listener per upstream, no TLS
termination (TLS and certificate pinning stay end to end), nothing forwarded is ever logged
(transfer tokens travel in URLs).

What a delay d means here: every chunk the upstream sends reaches the client d seconds after the
proxy read it (a one-way delay on the answer direction; chunks in flight are pipelined, so the
bandwidth stays and each request/answer round trip costs d more, as on a real link with a d
round-trip time). A new connection's first bytes towards the upstream also wait until d after
the accept: the round trip of the TCP handshake, which the loopback kernel's accept skips. So a
fresh HTTPS connection's first answer costs 3 d (connect, TLS 1.3 handshake, request), a call on
a kept-alive connection d.

`python -m bench.delay_proxy HOST:PORT=SECONDS ...` prints one JSON line (upstream -> the
`127.0.0.1:PORT` to connect to instead) and runs until stdin closes, answering `counters` on
stdin with one JSON line (connections and bytes towards the client, by upstream).
"""

from __future__ import annotations

import asyncio
import functools
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

READ = 256 * 1024  # bytes per read
IN_FLIGHT = 256  # chunks queued per direction (at most 64 MiB) before reading pauses


def due(now: float, delay: float, not_before: float) -> float:
    """When a chunk read at `now` may be written on."""
    return max(now + delay, not_before)


@dataclass
class Listener:
    upstream: str  # host:port
    delay: float  # seconds, see the module docstring
    connections: int = 0
    bytes_down: int = 0  # towards the client


async def _pipe(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    delay: float,
    not_before: float,
    count: Listener | None = None,
) -> None:
    """Forward reader to writer, each chunk at due(); EOF is forwarded (after the data) as a
    half-close."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue(IN_FLIGHT)

    async def pump() -> None:
        try:
            while data := await reader.read(READ):
                await queue.put((due(loop.time(), delay, not_before), data))
        except OSError:
            pass  # a reset ends the stream as an EOF does
        await queue.put((due(loop.time(), delay, not_before), b""))

    reading = asyncio.create_task(pump())
    held: tuple[float, bytes] | None = None  # the next chunk, taken out early, not yet due
    try:
        while True:
            when, data = held or await queue.get()
            if (wait := when - loop.time()) > 0:
                await asyncio.sleep(wait)
            batch, held = [data], None  # every chunk already due goes in one write
            while batch[-1] and not queue.empty():
                held = queue.get_nowait()
                if held[0] > loop.time():
                    break
                batch.append(held[1])
                held = None
            writer.writelines(batch)
            if count is not None:
                count.bytes_down += sum(map(len, batch))
            if not batch[-1]:
                if writer.can_write_eof():
                    writer.write_eof()
                break
            await writer.drain()
    finally:
        reading.cancel()
        await asyncio.gather(reading, return_exceptions=True)


async def _serve(
    listener: Listener, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter
) -> None:
    """One client connection: its own upstream connection, both directions forwarded until
    both ended or one side failed (then both are closed)."""
    accepted = asyncio.get_running_loop().time()
    listener.connections += 1
    host, port = listener.upstream.rsplit(":", 1)
    try:
        up_r, up_w = await asyncio.open_connection(host.strip("[]"), int(port), limit=4 * READ)
    except OSError:
        client_w.close()
        return
    tasks = [
        asyncio.create_task(_pipe(client_r, up_w, 0.0, accepted + listener.delay)),
        asyncio.create_task(_pipe(up_r, client_w, listener.delay, 0.0, listener)),
    ]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for w in (client_w, up_w):
            w.close()


async def _main(routes: dict[str, float]) -> None:
    listeners = [Listener(up, delay) for up, delay in routes.items()]
    servers = []
    addresses = {}
    connections: set[asyncio.Task[None]] = set()

    async def serve(
        listener: Listener, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        connections.add(task)
        try:
            await _serve(listener, reader, writer)
        finally:
            connections.discard(task)

    for listener in listeners:
        handler = functools.partial(serve, listener)
        server = await asyncio.start_server(handler, "127.0.0.1", 0, limit=4 * READ)
        servers.append(server)
        addresses[listener.upstream] = f"127.0.0.1:{server.sockets[0].getsockname()[1]}"
    print(json.dumps(addresses), flush=True)
    loop = asyncio.get_running_loop()
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        if line.strip() == "counters":
            answer = {
                x.upstream: {"connections": x.connections, "bytes_down": x.bytes_down}
                for x in listeners
            }
            print(json.dumps(answer), flush=True)
    for server in servers:  # stdin closed: stop listening, end the connections left
        server.close()
    for task in list(connections):
        task.cancel()
    await asyncio.gather(*connections, return_exceptions=True)


class DelayProxy:
    """The proxy in a subprocess (its own GIL, and its CPU time is never the client's):
    `address(upstream)` is where to connect instead of the upstream."""

    def __init__(self, routes: dict[str, float]) -> None:
        args = [f"{up}={delay}" for up, delay in routes.items()]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.delay_proxy", *args],
            cwd=Path(__file__).resolve().parents[1],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.addresses: dict[str, str] = json.loads(self.proc.stdout.readline())

    def address(self, upstream: str) -> str:
        return self.addresses[upstream]

    def counters(self) -> dict[str, dict[str, int]]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("counters\n")
        self.proc.stdin.flush()
        answer: dict[str, dict[str, int]] = json.loads(self.proc.stdout.readline())
        return answer

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main() -> None:
    routes = {}
    for arg in sys.argv[1:]:
        upstream, _, seconds = arg.rpartition("=")
        routes[upstream] = float(seconds)
    asyncio.run(_main(routes))


if __name__ == "__main__":
    main()
