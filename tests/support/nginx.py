"""Debian's nginx, serving a built site with the shipped header files, started and stopped here.

Everything lives in a temporary prefix (config, pid, logs, temp files); it listens on free
unprivileged ports of 127.0.0.1 only. Two servers:

- the site at `location` (/ or a sub-path such as /veiledning/, then by `alias`, with nothing
  at the root), with the build's `krisesenter-http.conf` and `krisesenter-headers.conf`;
- another origin without those files (a page that frames the site, probe files for MIME types).
"""

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from plugins.csp.hosting import nginx_dir

NGINX = Path("/usr/sbin/nginx")
MIME_TYPES = Path("/etc/nginx/mime.types")
SUBPATH = "/veiledning/"


@dataclass(frozen=True)
class Nginx:
    site: str
    """Base URL of the site (ends in /)."""
    other: str
    """Base URL of another origin, serving other_root (ends in /)."""
    other_root: Path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _site_server(site: Path, location: str, port: int) -> str:
    headers = nginx_dir(site) / "krisesenter-headers.conf"
    if location == "/":
        return f"""server {{
    listen 127.0.0.1:{port};
    root {site};
    include {headers};
    error_page 404 /404.html;
  }}"""
    return f"""server {{
    listen 127.0.0.1:{port};
    location {location} {{
      alias {site}/;
      include {headers};
      error_page 404 {location}404.html;
    }}
  }}"""


def _config(prefix: Path, site: Path, location: str, other: Path, ports: list[int]) -> str:
    temp = "\n".join(
        f"  {kind}_temp_path {prefix}/{kind};"
        for kind in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    )
    user = "user root;" if os.geteuid() == 0 else ""
    return f"""
{user}
daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 64; }}
http {{
  include {MIME_TYPES};
  default_type application/octet-stream;
  index index.html;
  access_log {prefix}/access.log;
{temp}
  include {nginx_dir(site)}/krisesenter-http.conf;
  {_site_server(site, location, ports[0])}
  server {{
    listen 127.0.0.1:{ports[1]};
    root {other};
  }}
}}
"""


def _wait_for(port: int, process: subprocess.Popen, log: Path) -> None:
    for _ in range(600):
        if process.poll() is not None:
            raise AssertionError(f"nginx stoppet:\n{log.read_text() if log.exists() else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nginx svarer ikke på port {port}")


@contextmanager
def run_nginx(prefix: Path, site: Path, location: str = "/") -> Iterator[Nginx]:
    """Start nginx serving site at location; stop it afterwards."""
    assert NGINX.exists(), "Debian nginx mangler: apt-get install -y nginx (make system)"
    other = prefix / "other"
    other.mkdir(parents=True, exist_ok=True)
    ports = [_free_port() for _ in range(2)]
    conf = prefix / "nginx.conf"
    conf.write_text(_config(prefix, site, location, other, ports), encoding="utf-8")
    log = prefix / "error.log"
    check = subprocess.run(
        [str(NGINX), "-t", "-p", str(prefix), "-c", str(conf)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen([str(NGINX), "-p", str(prefix), "-c", str(conf)])
    try:
        for port in ports:
            _wait_for(port, process, log)
        yield Nginx(
            site=f"http://127.0.0.1:{ports[0]}{location}",
            other=f"http://127.0.0.1:{ports[1]}/",
            other_root=other,
        )
    finally:
        process.terminate()
        process.wait(timeout=10)
