"""nginx as the benchmark's data plane: an unprivileged child process on a loopback port, with a
temporary prefix and config, presenting the simulated ESXi host's certificate.

The simulator's own ESXi endpoint (Python's threaded http.server with TLS) tops out below what a
good client takes, so against it every client looks alike; nginx (`sendfile on`) does not. nginx
is not needed by the tests, and the bench falls back to the simulator (labelled) without it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

INSTALL_HINT = "apt-get install -y nginx-light (Debian/Ubuntu), or put nginx on PATH"

CONFIG = """\
{user}worker_processes {workers};
daemon off;
master_process on;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    keepalive_timeout 60s;
    client_max_body_size 0;
    client_body_buffer_size {body_buffer};
    client_body_temp_path {body_temp};
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port} ssl;
        ssl_certificate {prefix}/host.pem;
        ssl_certificate_key {prefix}/host.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        # GET: any guest file of the simulator (`location = /guestFile {{ alias FILE; }}`,
        # generalised to the simulator's guest folders)
        # PUT (dav module) into the same guest folders, so that the guest sees an upload (the
        # client's MoveFileInGuest onto the name finds it); bodies are spooled beside them
        location /g/ {{ alias {guests}/; dav_methods PUT; create_full_put_path on; }}
    }}
}}
"""


def find_nginx() -> str | None:
    found = shutil.which("nginx")
    if found:
        return found
    return "/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None


def version(binary: str) -> str:
    out = subprocess.run([binary, "-v"], capture_output=True, text=True, check=False)
    return (out.stderr or out.stdout).strip().split(":", 1)[-1].strip() or "nginx"


def has_dav(binary: str) -> bool:
    out = subprocess.run([binary, "-V"], capture_output=True, text=True, check=False)
    return "http_dav_module" in (out.stderr + out.stdout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Nginx:
    """nginx serving the simulator's guest folders over TLS: GET and (dav) PUT under /g/."""

    def __init__(
        self,
        binary: str,
        guests: Path,
        cert_pem: bytes,
        key_pem: bytes,
        workers: int = 1,
        body_buffer: str = "1m",
    ) -> None:
        self.binary = binary
        self.version = version(binary) + (f" ({workers} workers)" if workers > 1 else "")
        self.version += f", client_body_buffer_size {body_buffer}"
        self.dav = has_dav(binary)
        self.prefix = Path(tempfile.mkdtemp(prefix="vsphere-bench-nginx-"))
        # Upload bodies are spooled on the guest folders' own file system: the final rename
        # into place is then a rename, as it is for every client measured.
        self.body_temp = Path(tempfile.mkdtemp(prefix=".nginx-body-", dir=guests.parent))
        (self.prefix / "host.pem").write_bytes(cert_pem)
        key = self.prefix / "host.key"
        key.write_bytes(key_pem)
        key.chmod(0o600)
        self.port = free_port()
        # As root, nginx's workers would drop to `nobody`, who cannot read the simulator's
        # private folders: keep them as the current user (never root-only files of others).
        user = "user root root;\n" if os.geteuid() == 0 else ""
        (self.prefix / "nginx.conf").write_text(
            CONFIG.format(
                user=user,
                prefix=self.prefix,
                port=self.port,
                workers=workers,
                body_buffer=body_buffer,
                guests=guests,
                body_temp=self.body_temp,
            )
        )
        self.proc = subprocess.Popen(
            [self.binary, "-p", str(self.prefix), "-c", str(self.prefix / "nginx.conf")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while True:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"nginx exited at start: {err}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError("nginx did not start listening within 10 s") from None
                time.sleep(0.05)

    @property
    def origin(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: fast shutdown of master and workers
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.prefix, ignore_errors=True)
        shutil.rmtree(self.body_temp, ignore_errors=True)
