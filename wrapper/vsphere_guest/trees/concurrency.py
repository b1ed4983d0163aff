"""The few concurrency primitives of the tree drivers, in both flavours: the async source
(trees/_async) names the Async ones, its generated sync copy (trees/_sync) the Sync ones.
Both run a list the same way: `limit` workers take the items in order, one at a time.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from ..dataplane.stream import stopped_by

A = TypeVar("A")
R = TypeVar("R")


# asyncio.Semaphore and threading.BoundedSemaphore are context managers of their flavour;
# a Condition is the feed's lock, waited on while every source left is being listed.
AsyncSemaphore = asyncio.Semaphore
SyncSemaphore = threading.BoundedSemaphore
AsyncCondition = asyncio.Condition
SyncCondition = threading.Condition


async def async_map(
    fn: Callable[[A], Awaitable[R]],
    items: Sequence[A],
    limit: int,
    stop: Callable[[], Awaitable[None]] | None = None,
) -> list[R]:
    """fn over items by `limit` worker tasks, each taking the next item; results in order.
    Cancelled, or when a worker fails: `stop()` is awaited, the other workers are cancelled,
    and all of them have ended before this raises (asyncio.gather alone would return at the
    first worker to end cancelled, leaving the others running)."""
    done: dict[int, R] = {}
    slots = iter(range(len(items)))

    async def worker() -> None:
        for i in slots:
            done[i] = await fn(items[i])

    tasks = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(items)))]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        if stop is not None:
            await stop()
        for task in tasks:
            if not task.cancelling():  # once: a second cancel would cut short its clean-up
                task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        for task in tasks:
            if not task.cancelled():
                task.exception()  # retrieved: the error raised here is the one that counts
        raise
    return [done[i] for i in range(len(items))]


def sync_map(
    fn: Callable[[A], R], items: Sequence[A], limit: int, stop: Callable[[], None] | None = None
) -> list[R]:
    """fn over items by `limit` worker threads, each taking the next item; results in order.
    Interrupted (Ctrl-C in the calling thread), or when a worker fails: `stop()` is called
    (the workers should take no more items) and the workers' transfers stop between chunks
    (dataplane.stream.stopped_by) before this waits for the workers to end."""
    if not items:
        return []
    interrupted = threading.Event()

    def run(item: A) -> R:
        with stopped_by(interrupted):
            return fn(item)

    pool = ThreadPoolExecutor(min(limit, len(items)), thread_name_prefix="vsphere-guest-tree")
    try:
        return list(pool.map(run, items))
    except BaseException:
        interrupted.set()
        if stop is not None:
            stop()
        raise
    finally:
        pool.shutdown(wait=True)


async_sleep = asyncio.sleep
sync_sleep = time.sleep
