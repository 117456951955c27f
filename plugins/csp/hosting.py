"""Hosting headers from the pages' policies: `_headers` (Netlify, Cloudflare Pages) and nginx.

One source: every page's Content-Security-Policy comes from the CSP plugin (with the page's
inline hashes); the other headers are the same on every response. A <meta> policy cannot forbid
framing, so the header policy adds `frame-ancestors 'none'`.
"""

import re
from collections.abc import Mapping
from pathlib import Path

FRAME_ANCESTORS = "frame-ancestors 'none'"

# Features nothing on the site uses; only names Chromium knows (it warns about unknown ones).
PERMISSIONS = (
    "accelerometer",
    "autoplay",
    "bluetooth",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)

COMMON_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": ", ".join(f"{name}=()" for name in PERMISSIONS),
    "X-DNS-Prefetch-Control": "off",
}

# Not sent: HSTS binds the whole domain to https for two years. Each file shows it commented out.
HSTS_NOTE = "Only over https, once every subdomain is https too (browsers keep it for max-age):"
HSTS = ("Strict-Transport-Security", "max-age=63072000; includeSubDomains")

# Material's own files carry a content hash in their names: cache them for a year. Every other
# file (pages, our scripts, the Python runtime) is revalidated on each use (ETag, 304).
HASHED_ASSET = r"\.[0-9a-f]{8}\.min\.(js|css)$"
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"


def nginx_dir(site_dir: Path) -> Path:
    """Where the nginx files go: beside the site, not in it (nginx would serve them)."""
    return site_dir.parent / f"{site_dir.name}-nginx"


def header_policy(policy: str) -> str:
    """The page's policy as an HTTP header: framing forbidden as well."""
    return f"{policy}; {FRAME_ANCESTORS}"


def page_paths(url: str) -> list[str]:
    """The request paths that show the page at url ('fase-1.html', 'nn/index.html')."""
    path = "/" + url
    paths = [path]
    if path.endswith("/index.html"):
        paths.insert(0, path.removesuffix("index.html"))
    # Cloudflare Pages answers /fase-1.html with a redirect to /fase-1 and serves it there.
    if path.endswith(".html"):
        paths.append(path.removesuffix(".html"))
    return paths


def headers_file(policies: Mapping[str, str]) -> str:
    """`_headers` for Netlify and Cloudflare Pages; policies maps page url to its header CSP."""
    lines = [
        "# Written by the build (plugins/csp): do not edit. Netlify and Cloudflare Pages read it.",
        "/*",
        *(f"  {name}: {value}" for name, value in COMMON_HEADERS.items()),
        f"  # {HSTS_NOTE}",
        f"  # {HSTS[0]}: {HSTS[1]}",
        "/assets/*",
        f"  Cache-Control: {REVALIDATE}",
    ]
    for url, policy in sorted(policies.items()):
        for path in page_paths(url):
            lines += [path, f"  Content-Security-Policy: {policy}"]
    return "\n".join(lines) + "\n"


def nginx_http_conf(policies: Mapping[str, str]) -> str:
    """nginx, http {} context: the policy of each page and the caching of each file by $uri."""
    lines = [
        "# Written by the build (plugins/csp): do not edit.",
        "# Goes into nginx's http {} block (Debian: /etc/nginx/conf.d/). It matches the end of the",
        "# path, so the site may sit at the root or under a sub-path such as /veiledning/.",
        "map $uri $krisesenter_csp {",
        '    default "";',
    ]
    # Deeper pages first: the first matching pattern wins, and nn/index.html ends in index.html.
    for url in sorted(policies, key=lambda u: (-u.count("/"), u)):
        # A directory's address (/ or /nn/) is $uri .../index.html by the time headers are sent.
        lines.append(f'    "~(^|/){re.escape(url)}$" "{policies[url]}";')
    lines += [
        "}",
        "map $uri $krisesenter_cache {",
        f'    default "{REVALIDATE}";',
        f'    "~{HASHED_ASSET}" "{IMMUTABLE}";',
        "}",
        "# Debian's mime.types knows .wasm (application/wasm) but not .mjs.",
        "types {",
        "    text/javascript mjs;",
        "}",
    ]
    return "\n".join(lines) + "\n"


def nginx_server_conf() -> str:
    """nginx, server {} or location {} context: the headers on every response."""
    lines = [
        "# Written by the build (plugins/csp): do not edit.",
        "# Include it in the server {} (or location {}) that serves the site; it needs",
        "# krisesenter-http.conf in the http {} block. A location with add_header of its own must",
        "# include this file again: nginx does not inherit add_header into such a location.",
        "add_header Content-Security-Policy $krisesenter_csp always;",
        *(f'add_header {name} "{value}" always;' for name, value in COMMON_HEADERS.items()),
        "add_header Cache-Control $krisesenter_cache always;",
        f"# {HSTS_NOTE}",
        f'# add_header {HSTS[0]} "{HSTS[1]}" always;',
        "charset utf-8;",
        "gzip on;",
        "gzip_types text/css application/javascript text/javascript application/json;",
        "server_tokens off;",
    ]
    return "\n".join(lines) + "\n"
