"""Reading pages: requests and bytes of one first visit (empty cache), ours against plain
Material built from the same Markdown, loaded twice: as shipped, with its Google Fonts emulated
locally (bench/webfonts.py), and without web fonts (the font request blocked, as if fonts were
off).

python's http.server sends files as they are, so "raw" is the sum of the files' sizes and "gzip"
the sum of their gzip -9 sizes (what a compressing host would send at best). Other requests to
other hosts are blocked (there is no network here) and counted apart.
"""

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import Browser, Route

from .common import ROOT, TIMEOUT_MS, WORK_DIR, gzip_size
from .webfonts import CSS_HOST, FILE_HOST, Fetched, GoogleFonts, css_sizes

# (label, our page, the same Markdown's page in the plain site: use_directory_urls is on there)
PAGES = (
    ("Forside", "index.html", "index.html"),
    ("Faseside (fase-3)", "fase-3.html", "fase-3/index.html"),
    (
        "Artikkel (oppfolging-etter-oppholdet)",
        "oppfolging-etter-oppholdet.html",
        "oppfolging-etter-oppholdet/index.html",
    ),
)

_THEME_TEMPLATE = re.compile(r"^template: .*\n", re.MULTILINE)
PLAIN_CONFIG = """# Plain Material for MkDocs, for `make bench` only: the same Markdown, none
# of our plugins, extensions, overrides or assets. [[law]] references and phase
# markers stay as text.
site_name: Fra krisesenter til egen bolig
theme:
  name: material
  language: nb
plugins:
  - search:
      lang: ["no"]
"""


def build_plain_site() -> Path:
    """Copy docs/*.md (the pages, as they are) and build them with a plain config; returns site/."""
    root = WORK_DIR / "plain"
    shutil.rmtree(root, ignore_errors=True)
    docs = root / "docs"
    docs.mkdir(parents=True)
    for page in sorted((ROOT / "docs").glob("*.md")):
        # Our theme templates (e.g. the accessibility statement's) do not exist in plain Material.
        text = _THEME_TEMPLATE.sub("", page.read_text(encoding="utf-8"))
        (docs / page.name).write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    site = root / "site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)],
        cwd=root,
        check=True,
        capture_output=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return site


@cache
def _file_sizes(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), min(len(data), gzip_size(data))


@dataclass
class Weight:
    """What one page load fetched."""

    requests: int = 0
    raw: int = 0
    gzip: int = 0
    foreign: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    webfonts: list[Fetched] = field(default_factory=list)
    """Web-font requests answered locally (only with a GoogleFonts emulation)."""

    @property
    def font_files(self) -> list[Fetched]:
        return [fetched for fetched in self.webfonts if fetched.is_font]


def page_weight(
    browser: Browser,
    base_url: str,
    served_dir: Path,
    page_path: str,
    webfonts: GoogleFonts | None = None,
) -> Weight:
    """Load page_path in a new context (empty cache) until the network is idle and every web
    font has loaded. With webfonts, Google Fonts requests are answered from fontsource;
    without, they are blocked like every other host."""
    weight = Weight()
    origin = urlsplit(base_url).netloc

    def route(route: Route) -> None:
        url = route.request.url
        host = urlsplit(url).netloc
        if host == origin:
            route.continue_()
        elif webfonts is not None and host in (CSS_HOST, FILE_HOST):
            _answer_webfont(route, webfonts, weight)
        else:
            weight.foreign.append(url)
            route.abort()

    context = browser.new_context(locale="nb-NO")
    context.route("**/*", route)
    seen: list[str] = []
    context.on("requestfinished", lambda request: seen.append(request.url))
    try:
        page = context.new_page()
        page.goto(base_url + page_path, wait_until="networkidle", timeout=TIMEOUT_MS)
        page.evaluate("document.fonts.ready.then(() => document.fonts.status)")
    finally:
        context.close()
    for url in seen:
        parts = urlsplit(url)
        if parts.netloc != origin:
            continue
        path = unquote(parts.path).lstrip("/")
        if path == "" or path.endswith("/"):
            path += "index.html"
        file = served_dir / path
        weight.requests += 1
        weight.files.append(path)
        if file.is_file():
            raw, gz = _file_sizes(file)
            weight.raw += raw
            weight.gzip += gz
    for fetched in weight.webfonts:
        weight.requests += 1
        weight.raw += fetched.raw
        weight.gzip += fetched.gzip
    weight.requests += len(weight.foreign)
    return weight


def _answer_webfont(route: Route, webfonts: GoogleFonts, weight: Weight) -> None:
    """fonts.googleapis.com/css → the emulated stylesheet; fonts.gstatic.com → a fontsource
    woff2 (fetched with CORS, so it needs Access-Control-Allow-Origin, as Google sends)."""
    url = route.request.url
    cors = {"access-control-allow-origin": "*"}
    if urlsplit(url).netloc == CSS_HOST:
        body = webfonts.stylesheet(url)
        raw, gz = css_sizes(body)
        route.fulfill(body=body, content_type="text/css; charset=utf-8", headers=cors)
    else:
        file = webfonts.font_file(url)
        if file is None:
            weight.foreign.append(url)
            route.abort()
            return
        body = file.read_bytes()
        raw = gz = len(body)  # woff2 is compressed already
        route.fulfill(body=body, content_type="font/woff2", headers=cors)
    weight.webfonts.append(Fetched(url, raw, gz))


@dataclass
class ReadingResult:
    label: str
    ours: Weight
    plain: Weight
    """Plain Material as shipped, its Google Fonts emulated locally."""
    plain_nofonts: Weight
    """Plain Material with its font request blocked (as if fonts were off)."""


def measure(
    browser: Browser,
    site_url: str,
    site_dir: Path,
    plain_url: str,
    plain_dir: Path,
    webfonts: GoogleFonts,
) -> list[ReadingResult]:
    return [
        ReadingResult(
            label,
            page_weight(browser, site_url, site_dir, ours),
            page_weight(browser, plain_url, plain_dir, plain, webfonts),
            page_weight(browser, plain_url, plain_dir, plain),
        )
        for label, ours, plain in PAGES
    ]


def as_our_name(plain_path: str) -> str:
    """The plain site's page file named as ours (fase-3/index.html → fase-3.html)."""
    return re.sub(r"^(.+)/index\.html$", r"\1.html", plain_path)


@dataclass(frozen=True)
class FileDiff:
    """One file of a page load on each side: (raw, gzip) or None where that side has none."""

    name: str
    ours: tuple[int, int] | None
    plain: tuple[int, int] | None


def file_diffs(ours: Weight, ours_dir: Path, plain: Weight, plain_dir: Path) -> list[FileDiff]:
    """Files whose size differs between the two loads of the same page, largest gzip gap first;
    the plain side's web fonts (if any) count as files only it has."""
    ours_files = {name: _file_sizes(ours_dir / name) for name in ours.files}
    plain_files = {as_our_name(name): _file_sizes(plain_dir / name) for name in plain.files}
    plain_files |= {fetched.name: (fetched.raw, fetched.gzip) for fetched in plain.webfonts}
    diffs = [
        FileDiff(name, ours_files.get(name), plain_files.get(name))
        for name in sorted(ours_files.keys() | plain_files.keys())
        if ours_files.get(name) != plain_files.get(name)
    ]

    def gap(diff: FileDiff) -> int:
        return (diff.ours or (0, 0))[1] - (diff.plain or (0, 0))[1]

    return sorted(diffs, key=gap, reverse=True)
