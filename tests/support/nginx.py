"""Debian's nginx, serving a built site with the shipped header files, started and stopped here.

Everything lives in a temporary prefix (config, pid, logs, temp files); it listens on free
unprivileged ports of 127.0.0.1 only. Three servers:

- `site`: the site at the root, with `<site>-nginx/krisesenter-headers.conf`;
- `subpath`: the same kind of site under /veiledning/ (an alias), nothing at the root;
- `other`: another origin (a page that frames the site, probe files for MIME types).
"""

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

NGINX = Path("/usr/sbin/nginx")
MIME_TYPES = Path("/etc/nginx/mime.types")
SUBPATH = "/veiledning/"


@dataclass(frozen=True)
class Nginx:
    site: str
    """Base URL of the site at the root (ends in /)."""
    subpath: str
    """Base URL of the site under SUBPATH (ends in /)."""
    other: str
    """Base URL of another origin, serving other_root (ends in /)."""
    other_root: Path
    error_log: Path


def hosting_dir(site_dir: Path) -> Path:
    """Where the build writes the nginx files: beside the site (see plugins/csp)."""
    return site_dir.parent / f"{site_dir.name}-nginx"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _config(prefix: Path, site: Path, subpath_site: Path, other: Path, ports: list[int]) -> str:
    headers = hosting_dir(site) / "krisesenter-headers.conf"
    sub_headers = hosting_dir(subpath_site) / "krisesenter-headers.conf"
    temp = "\n".join(
        f"  {kind}_temp_path {prefix}/{kind};" for kind in ["client_body", "proxy", "fastcgi"]
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
  access_log {prefix}/access.log;
{temp}
  uwsgi_temp_path {prefix}/uwsgi;
  scgi_temp_path {prefix}/scgi;
  include {hosting_dir(site)}/krisesenter-http.conf;
  server {{
    listen 127.0.0.1:{ports[0]};
    root {site};
    index index.html;
    include {headers};
    error_page 404 /404.html;
  }}
  server {{
    listen 127.0.0.1:{ports[1]};
    location {SUBPATH} {{
      alias {subpath_site}/;
      index index.html;
      include {sub_headers};
      error_page 404 {SUBPATH}404.html;
    }}
  }}
  server {{
    listen 127.0.0.1:{ports[2]};
    root {other};
  }}
}}
"""


def _wait_for(port: int, process: subprocess.Popen, log: Path) -> None:
    for _ in range(200):
        if process.poll() is not None:
            raise AssertionError(f"nginx stoppet:\n{log.read_text() if log.exists() else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nginx svarer ikke på port {port}")


@contextmanager
def run_nginx(prefix: Path, site: Path, subpath_site: Path) -> Iterator[Nginx]:
    """Start nginx for site (root) and subpath_site (under SUBPATH); stop it afterwards."""
    assert NGINX.exists(), "Debian nginx mangler: apt-get install -y nginx (make system)"
    other = prefix / "other"
    other.mkdir(parents=True, exist_ok=True)
    ports = [_free_port() for _ in range(3)]
    conf = prefix / "nginx.conf"
    conf.write_text(_config(prefix, site, subpath_site, other, ports), encoding="utf-8")
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
            site=f"http://127.0.0.1:{ports[0]}/",
            subpath=f"http://127.0.0.1:{ports[1]}{SUBPATH}",
            other=f"http://127.0.0.1:{ports[2]}/",
            other_root=other,
            error_log=log,
        )
    finally:
        process.terminate()
        process.wait(timeout=10)
