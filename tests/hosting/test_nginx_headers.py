"""Debian nginx with the shipped header files sends the security headers on every kind of
response, with each page's own policy (the same one plugins/csp puts in <meta> on plan pages)."""

import html
import re
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path

import pytest

from plugins.csp.hashes import inline_hashes
from plugins.csp.hosting import COMMON_HEADERS, IMMUTABLE, REVALIDATE
from tests.support.nginx import Nginx

META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def fetch(url: str) -> tuple[int, Message, bytes]:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def directives(policy: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in policy.split(";")) if d}


def assert_common_headers(headers: Message) -> None:
    for name, value in COMMON_HEADERS.items():
        assert headers[name] == value, name
    assert "camera=()" in headers["Permissions-Policy"]
    assert "microphone=()" in headers["Permissions-Policy"]
    assert "geolocation=()" in headers["Permissions-Policy"]
    assert headers["Strict-Transport-Security"] is None  # guidance only (commented out)


PAGES = {
    "reading page": ("fase-1.html", 200),
    "front page": ("", 200),
    "plan page": ("oppfolgingsplan.html", 200),
    "404": ("finnes/ikke/side.html", 404),
}


@pytest.mark.parametrize("kind", PAGES)
def test_every_kind_of_page_gets_its_policy_and_the_common_headers(nginx: Nginx, kind: str):
    path, status = PAGES[kind]
    got, headers, body = fetch(nginx.site + path)
    assert got == status
    assert_common_headers(headers)
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == REVALIDATE
    policy = directives(headers["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["default-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["connect-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    # Every inline script of this very page is allowed by its hash, and nothing else is.
    hashes = {s for s in policy["script-src"] if s.startswith("'sha256-")}
    assert hashes and hashes == set(inline_hashes(body.decode())[0])
    if kind == "plan page":
        assert "'wasm-unsafe-eval'" in policy["script-src"]
        meta = META_CSP.search(body.decode())
        assert meta is not None
        # The header is the page's <meta> policy plus what only a header can say.
        assert headers["Content-Security-Policy"] == (
            html.unescape(meta.group(1)) + "; frame-ancestors 'none'"
        )
    else:
        assert "'wasm-unsafe-eval'" not in policy["script-src"]


def test_the_404_page_is_the_sites_own_under_any_path(nginx: Nginx):
    status, _, body = fetch(nginx.site + "a/b/c.html")
    assert status == 404
    assert "Fant ikke siden" in body.decode()


RUNTIME = {
    "Material's script (hashed name)": ("assets/javascripts/bundle.", IMMUTABLE),
    "our joined script": ("assets/javascripts/site.js", REVALIDATE),
    "the plan runtime": ("assets/javascripts/plan-runtime.js", REVALIDATE),
    "Pyodide's script": ("assets/pyodide/pyodide.asm.js", REVALIDATE),
    "Pyodide's WebAssembly": ("assets/pyodide/pyodide.asm.wasm", REVALIDATE),
    "the runtime for file://": ("assets/pyodide/runtime-files.js", REVALIDATE),
    "search index": ("search/search_index.json", REVALIDATE),
}


@pytest.mark.parametrize("kind", RUNTIME)
def test_runtime_files_have_their_type_caching_and_common_headers(
    nginx: Nginx, site_dir: Path, kind: str
):
    prefix, caching = RUNTIME[kind]
    path = prefix
    if prefix.endswith("."):
        [found] = (site_dir / Path(prefix).parent).glob(Path(prefix).name + "*.min.js")
        path = found.relative_to(site_dir).as_posix()
    status, headers, _ = fetch(nginx.site + path)
    assert status == 200
    assert_common_headers(headers)
    assert headers["Cache-Control"] == caching
    types = {".json": "application/json", ".wasm": "application/wasm"}
    expected = types.get(Path(path).suffix, "application/javascript")
    assert headers["Content-Type"].split(";")[0] == expected


@pytest.mark.parametrize(
    ("name", "media_type"), [("probe.wasm", "application/wasm"), ("probe.mjs", "text/javascript")]
)
def test_webassembly_and_module_scripts_get_their_types(nginx: Nginx, name: str, media_type: str):
    # Another server of the same nginx: krisesenter-http.conf sets the types for the http block.
    (nginx.other_root / name).write_bytes(b"\0asm")
    status, headers, _ = fetch(nginx.other + name)
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == media_type


def test_under_a_sub_path_the_same_headers_apply(nginx_subpath: Nginx):
    for path, status in [("fase-1.html", 200), ("", 200), ("finnes/ikke.html", 404)]:
        got, headers, _ = fetch(nginx_subpath.site + path)
        assert got == status, path
        assert_common_headers(headers)
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
