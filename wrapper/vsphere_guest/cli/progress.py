"""Progress on a terminal: the bar for one file or many (bytes, files, the files moving now),
kept below log lines."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..types import FilesProgress, Progress


class CurrentStream(logging.StreamHandler):  # type: ignore[type-arg]
    """A log handler writing to whatever sys.stderr (or sys.stdout) is when a record comes:
    while a progress bar is drawn, rich puts a proxy there that prints above the bar."""

    def __init__(self, name: str = "stderr") -> None:
        self._stream_name = name
        super().__init__()

    @property
    def stream(self) -> Any:
        return getattr(sys, self._stream_name)

    @stream.setter
    def stream(self, value: Any) -> None:
        pass  # always the current one


CURRENT_SHOWN = 8  # at most this many current files are listed below the bar (then "and N more")


class ProgressBar:
    """The one progress display of every command, on stderr: a bar with the bytes (binary
    units), rate and ETA, and for many-file runs the files done and the files moving now below
    it. Drawn from the first report on (nothing before: an error in the API calls leaves no
    empty bar behind); `bytes` and `files` are the callbacks to hand the library."""

    def __init__(self, label: str, files: bool) -> None:
        from rich.console import Console, RenderableType
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            ProgressColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as Bar,
        )
        from rich.text import Text

        class BinarySpeed(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{binary_size(speed)}/s" if speed is not None else "?", style="red")

        class FileCount(ProgressColumn):
            def render(self, task: Any) -> Text:
                return Text(task.fields.get("files", ""), style="cyan")

        class WithCurrent(Bar):
            current: tuple[str, ...] = ()

            def get_renderables(self) -> Iterator[RenderableType]:
                yield self.make_tasks_table(self.tasks)
                current = self.current  # one read: set from the transfers' threads
                for line in current[:CURRENT_SHOWN]:
                    yield Text(f"  {line}", no_wrap=True, overflow="ellipsis")
                if len(current) > CURRENT_SHOWN:
                    yield Text(f"  and {len(current) - CURRENT_SHOWN} more")

        columns: list[ProgressColumn] = [
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(binary_units=True),
        ]
        if files:
            columns.append(FileCount())
        columns += [BinarySpeed(), TimeRemainingColumn()]
        self.label = label
        self.bar = WithCurrent(*columns, console=Console(stderr=True), transient=False)
        self.task: Any = None

    def _update(self, done: int, total: int, **fields: Any) -> None:
        if self.task is None:
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=total, **fields)
        self.bar.update(self.task, completed=done, total=total, **fields)

    def bytes(self, done: int, total: int) -> None:
        self._update(done, total)

    def files(self, state: FilesProgress) -> None:
        self.bar.current = tuple(f"{vm} {path}" for vm, path in state.current)
        files = f"{state.files_done}/{state.files_total} files"
        self._update(state.bytes_done, state.bytes_total, files=files)

    @contextmanager
    def shown(self) -> Iterator[ProgressBar]:
        """Stopped on the way out (left on the screen), erased if the run fails."""
        try:
            yield self
        except BaseException:
            if self.task is not None:
                self.bar.live.transient = True  # erase it: the error line says what happened
            raise
        finally:
            if self.task is not None:
                self.bar.stop()


@contextmanager
def progress(enabled: bool, label: str) -> Iterator[Progress | None]:
    """The progress bar of one file's transfer (its bytes), when enabled."""
    if not enabled:
        yield None
        return
    with ProgressBar(label, files=False).shown() as bar:
        yield bar.bytes


@contextmanager
def files_progress(enabled: bool, label: str) -> Iterator[Callable[[FilesProgress], None] | None]:
    """The progress bar of a many-file run (download -r, upload -r, collect): bytes, files and
    current files, when enabled."""
    if not enabled:
        yield None
        return
    with ProgressBar(label, files=True).shown() as bar:
        yield bar.files


def binary_size(size: float) -> str:
    """1536 -> '1.5 KiB' (the progress bar's units)."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(size) < 1024 or unit == "TiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("not reached")


def show_progress(args: argparse.Namespace) -> bool:
    return not args.quiet and sys.stderr.isatty()
