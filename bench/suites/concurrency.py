"""Suite `concurrency`: 1, 4 and 16 parallel downloads of 64 MiB files, aggregate MB/s, by one
AsyncClient (gather), by one Client shared by N threads, and by N curl processes each followed
by an fsync of its file (the durability our downloads have). Every variant runs once a round in
a rotating order; scaling is each round's N-stream rate over the same round's 1-stream rate, so
curl's scaling says what this machine (2 CPUs, one disk, nginx) allows any client."""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..measure import CPU, GIB, Row, pairs, stats
from ..programs import curl_cmd
from ..server_process import Server, initiate

STREAMS = (1, 4, 16)
FLAVOURS = ("async client", "Client in threads", "curl + fsync")
TARGET = 0.95  # N streams' aggregate over one stream's


def concurrency(server: Server, workdir: Path, paths: list[str], size: int, rounds: int) -> Row:
    pem = server.config["host_pem"]
    dests = [workdir / f"p{i}" for i in range(max(STREAMS))]
    with server.client() as client, ThreadPoolExecutor(max(STREAMS)) as pool:
        vm = client.find_vm("web-01")
        client.download(vm, paths[0], dests[0], credentials=server.guest, overwrite=True)

        def threads(n: int) -> None:
            def one(i: int) -> None:
                client.download(vm, paths[i], dests[i], credentials=server.guest, overwrite=True)

            list(pool.map(one, range(n)))

        def curl(n: int) -> None:
            urls = [initiate(client, server, paths[i]) for i in range(n)]  # as ours do
            procs = [
                subprocess.Popen([*curl_cmd(pem), "-o", str(dests[i]), url])
                for i, url in enumerate(urls)
            ]
            if any(p.wait() for p in procs):
                raise RuntimeError("curl failed")
            for dest in dests[:n]:
                fd = os.open(dest, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)

        loop = asyncio.new_event_loop()  # one loop for the suite: the async client is reused
        ours = loop.run_until_complete(server.async_client().__aenter__())
        avm = loop.run_until_complete(ours.find_vm("web-01"))

        async def gather(n: int) -> None:
            await asyncio.gather(
                *(
                    ours.download(avm, paths[i], dests[i], credentials=server.guest, overwrite=True)
                    for i in range(n)
                )
            )

        run: dict[str, Callable[[int], None]] = {
            FLAVOURS[0]: lambda n: loop.run_until_complete(gather(n)),
            FLAVOURS[1]: threads,
            FLAVOURS[2]: curl,
        }
        methods = {
            f"{flavour} x{n}": (lambda f=fn, k=n: f(k))
            for flavour, fn in run.items()
            for n in STREAMS
        }

        def check(name: str) -> None:
            n = int(name.rsplit("x", 1)[1])
            for dest in dests[:n]:
                assert dest.stat().st_size == size, name
                dest.unlink()

        try:
            loop.run_until_complete(gather(1))  # warm: its pin and connection
            check("x1")
            times = pairs(methods, rounds, check)
        finally:
            loop.run_until_complete(ours.close())
            loop.close()
    out: Row = {"target": TARGET, "rates": {}, "scaling": {}, "cpu_s_per_gib": {}}
    for name, seconds in times.items():
        n = int(name.rsplit("x", 1)[1])
        out["rates"][name] = stats([n * size / t / 1e6 for t in seconds])
        out["cpu_s_per_gib"][name] = stats([c * GIB / (n * size) for c in CPU[name]])
        if n > 1:
            one = times[name.rsplit("x", 1)[0] + "x1"]
            out["scaling"][name] = stats([o * n / t for o, t in zip(one, seconds, strict=True)])
    return out
