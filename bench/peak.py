"""`python -m bench.peak OUT ARGV...`: run ARGV and write its peak RSS (KiB, os.wait4) to OUT;
exit with its exit code. A launcher because Linux counts the memory of the process a child
was forked from in the child's peak (exec records the old address space's high-water mark):
measured straight from the benchmark's big process, every child looked as big as the bench.
This small process forks the child instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def main() -> int:
    out, argv = Path(sys.argv[1]), sys.argv[2:]
    proc = subprocess.Popen(argv)
    _, status, usage = os.wait4(proc.pid, 0)
    out.write_text(str(usage.ru_maxrss))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
