"""The progress display's layout (no terminal needed: its renderables are printed to a string)."""

from __future__ import annotations

import io

from vsphere_guest import FilesProgress
from vsphere_guest.cli.progress import ProgressBar


def _screen(bar: ProgressBar) -> list[str]:
    from rich.console import Console, Group

    console = Console(file=io.StringIO(), width=120)
    console.print(Group(*bar.bar.get_renderables()))
    return console.file.getvalue().splitlines()  # type: ignore[attr-defined]


def test_files_bar_lists_a_few_current_files_then_how_many_more() -> None:
    bar = ProgressBar("collect", files=True)
    current = tuple(("web-01", f"/data/f{i}") for i in range(11))
    with bar.shown():
        bar.files(FilesProgress(1024, 4096, 1, 12, current))
        first, *below = _screen(bar)
        assert first.startswith("collect") and "1.0/4.0 KiB" in first and "1/12 files" in first
        assert [line.strip() for line in below] == [
            *(f"web-01 /data/f{i}" for i in range(8)),
            "and 3 more",
        ]
        bar.files(FilesProgress(4096, 4096, 12, 12, ()))
        (first,) = _screen(bar)  # nothing moving: the bar alone
        assert "12/12 files" in first


def test_bytes_bar_has_no_files_column() -> None:
    bar = ProgressBar("app.log", files=False)
    with bar.shown():
        bar.bytes(512, 2048)
        (line,) = _screen(bar)
    assert line.startswith("app.log") and "0.5/2.0 KiB" in line and "files" not in line
