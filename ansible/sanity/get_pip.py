"""Stand-in for ansible-test's pip bootstrap script, whose download host this project's
machines cannot reach (nox -s ansible copies it to ~/.ansible/test/cache/get_pip_X_Y.py):
pip from Python's bundled ensurepip, then what ansible-test asked for (pip==X.Y) from PyPI."""

import ensurepip
import subprocess
import sys

ensurepip.bootstrap()
args = [a for a in sys.argv[1:] if a not in ("--no-setuptools", "--no-wheel")]
subprocess.check_call([sys.executable, "-m", "pip", "install", *args])
