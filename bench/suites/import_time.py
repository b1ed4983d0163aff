"""Suite `imports`: the wall time of fresh interpreters importing vsphere_guest (bare and with
Client) against pyVmomi and an empty `python -c pass`."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from ..measure import Row, stats


def import_time(runs: int) -> Row:
    """Wall time of fresh interpreters importing each package, with bytecode compiled first
    (pip compiles at install; PYTHONDONTWRITEBYTECODE or uv may have left none)."""
    import sysconfig

    import pyVmomi
    import vim25_json
    import vsphere_guest

    folders = {
        sysconfig.get_paths()["purelib"],
        str(Path(pyVmomi.__file__).parent),
        str(Path(vsphere_guest.__file__).parent),
        str(Path(vim25_json.__file__).parent),
    }
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", *sorted(folders)],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    out: Row = {}
    for label, code in (
        ("python -c pass", "pass"),
        ("import vsphere_guest", "import vsphere_guest"),
        ("from vsphere_guest import Client", "from vsphere_guest import Client"),
        ("import pyVmomi", "import pyVmomi"),
    ):
        times = []
        subprocess.run([sys.executable, "-c", code], check=True)  # warm the OS file cache
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append((time.perf_counter() - started) * 1000)
        out[label] = stats(times)
    py = out["import pyVmomi"]["median"]
    out["ratio_import"] = out["import vsphere_guest"]["median"] / py
    out["ratio_import_client"] = out["from vsphere_guest import Client"]["median"] / py
    return out
