"""Reading pages: requests and bytes of one first visit (empty cache), ours against plain
Material built from the same Markdown.

python's http.server sends files as they are, so "raw" is the sum of the files' sizes and "gzip"
the sum of their gzip -9 sizes (what a compressing host would send at best). Requests to other
hosts are blocked (there is no network here) and counted apart.
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

from .common import ROOT, WORK_DIR, gzip_size

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


def page_weight(browser: Browser, base_url: str, served_dir: Path, page_path: str) -> Weight:
    """Load page_path in a new context (empty cache) until the network is idle."""
    weight = Weight()
    origin = urlsplit(base_url).netloc
    context = browser.new_context(locale="nb-NO")

    def route(route: Route) -> None:
        if urlsplit(route.request.url).netloc == origin:
            route.continue_()
        else:
            weight.foreign.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    seen: list[str] = []
    context.on("requestfinished", lambda request: seen.append(request.url))
    try:
        page = context.new_page()
        page.goto(base_url + page_path, wait_until="networkidle")
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
    weight.requests += len(weight.foreign)
    return weight


@dataclass
class ReadingResult:
    label: str
    ours: Weight
    plain: Weight


def measure(
    browser: Browser, site_url: str, site_dir: Path, plain_url: str, plain_dir: Path
) -> list[ReadingResult]:
    return [
        ReadingResult(
            label,
            page_weight(browser, site_url, site_dir, ours),
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
    """Files whose size differs between the two loads of the same page, largest gzip gap first."""
    ours_files = {name: _file_sizes(ours_dir / name) for name in ours.files}
    plain_files = {as_our_name(name): _file_sizes(plain_dir / name) for name in plain.files}
    diffs = [
        FileDiff(name, ours_files.get(name), plain_files.get(name))
        for name in sorted(ours_files.keys() | plain_files.keys())
        if ours_files.get(name) != plain_files.get(name)
    ]

    def gap(diff: FileDiff) -> int:
        return (diff.ours or (0, 0))[1] - (diff.plain or (0, 0))[1]

    return sorted(diffs, key=gap, reverse=True)
