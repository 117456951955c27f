"""Plain Material's web fonts, emulated locally (there is no network here).

With its default settings Material links one stylesheet from Google Fonts,
`https://fonts.googleapis.com/css?family=Roboto:300,300i,400,400i,700,700i%7CRoboto+Mono:400,400i,700,700i&display=fallback`.
For a current Chrome, Google answers with one @font-face per family, style, weight and unicode
subset (cyrillic-ext, …, latin), each with a `unicode-range` and a woff2 file on
fonts.gstatic.com; the browser then fetches only the files whose range covers characters the
page really draws in that family, weight and style.

Here the browser context answers that stylesheet with one built the same way from the npm
packages @fontsource/roboto and @fontsource/roboto-mono (bench/package.json): their
`<weight>.css` and `<weight>-italic.css` list every subset with Google's unicode ranges. The
src URLs point at https://fonts.gstatic.com/s/<package>/fontsource-<version>/<file>.woff2, and
those requests are answered with the package's woff2 files. Bytes and requests are counted
like the site's own files: woff2 is compressed already (gzip = raw).
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .common import BENCH_DIR, gzip_size

FONTSOURCE = BENCH_DIR / "node_modules" / "@fontsource"
PACKAGES = ("roboto", "roboto-mono")
CSS_HOST = "fonts.googleapis.com"
FILE_HOST = "fonts.gstatic.com"

_BLOCK = re.compile(r"@font-face\s*\{(?P<body>[^}]*)\}")
_SRC = re.compile(r"url\(\./files/(?P<file>[^)]+\.woff2)\)")
_RANGE = re.compile(r"unicode-range:\s*(?P<range>[^;]+);")
_WEIGHT = re.compile(r"^(?P<weight>\d{3})?(?P<italic>i|italic)?$")


@dataclass(frozen=True)
class Face:
    """One @font-face of the emulated Google stylesheet."""

    family: str
    style: str  # "normal" | "italic"
    weight: int
    subset: str
    unicode_range: tuple[str, ...]
    file: str  # file name in the package's files/ folder


def package_name(family: str) -> str:
    """ "Roboto Mono" → "roboto-mono" (fontsource's package and file prefix)."""
    return family.lower().replace(" ", "-")


def require(root: Path = FONTSOURCE) -> None:
    """`make bench` installs the fonts first (npm ci --prefix bench, pinned by the lock)."""
    for name in PACKAGES:
        if not (root / name / "package.json").exists():
            raise RuntimeError(
                f"{root / name} mangler: kjør 'make bench' (den installerer @fontsource/{name})"
            )


def package_version(name: str, root: Path = FONTSOURCE) -> str:
    return json.loads((root / name / "package.json").read_text(encoding="utf-8"))["version"]


def parse_query(url: str) -> tuple[list[tuple[str, list[tuple[int, str]]]], str]:
    """Google Fonts CSS API v1: "family=Roboto:300,300i|Roboto+Mono:400&display=fallback" →
    ([("Roboto", [(300, "normal"), (300, "italic")]), ("Roboto Mono", [(400, "normal")])],
    "fallback")."""
    query = parse_qs(urlsplit(url).query)
    families = []
    for spec in "|".join(query.get("family", [])).split("|"):
        if not spec:
            continue
        name, _, variants = spec.partition(":")
        styles = []
        for variant in (variants or "400").split(","):
            match = _WEIGHT.match(variant.strip())
            if match is None:
                raise ValueError(f"ukjent skriftvariant i {url}: {variant!r}")
            weight = int(match["weight"] or 400)
            styles.append((weight, "italic" if match["italic"] else "normal"))
        families.append((name.strip(), styles))
    return families, query.get("display", [""])[0]


@cache
def faces(family: str, weight: int, style: str, root: Path = FONTSOURCE) -> tuple[Face, ...]:
    """Every subset of one family/weight/style, in fontsource's (= Google's) order."""
    name = package_name(family)
    css = root / name / (f"{weight}-italic.css" if style == "italic" else f"{weight}.css")
    suffix = f"-{weight}-{style}.woff2"
    found = []
    for block in _BLOCK.finditer(css.read_text(encoding="utf-8")):
        body = block["body"]
        src, unicode_range = _SRC.search(body), _RANGE.search(body)
        if src is None or unicode_range is None:
            raise ValueError(f"{css}: @font-face uten woff2 eller unicode-range")
        file = src["file"]
        subset = file.removeprefix(f"{name}-").removesuffix(suffix)
        ranges = tuple(part.strip() for part in unicode_range["range"].split(","))
        found.append(Face(family, style, weight, subset, ranges, file))
    return tuple(found)


class GoogleFonts:
    """Answers fonts.googleapis.com/css and fonts.gstatic.com requests from fontsource."""

    def __init__(self, root: Path = FONTSOURCE) -> None:
        self.root = root
        self.versions = {name: package_version(name, root) for name in PACKAGES}

    def file_url(self, face: Face) -> str:
        name = package_name(face.family)
        return f"https://{FILE_HOST}/s/{name}/fontsource-{self.versions[name]}/{face.file}"

    def stylesheet(self, url: str) -> bytes:
        """The CSS Google would send a current Chrome for this query (see the module doc)."""
        families, display = parse_query(url)
        blocks = []
        for family, variants in families:
            # Google lists italic faces before normal ones, weights ascending.
            for style, weight in sorted({(s, w) for w, s in variants}):
                for face in faces(family, weight, style, self.root):
                    lines = [
                        f"/* {face.subset} */",
                        "@font-face {",
                        f"  font-family: '{face.family}';",
                        f"  font-style: {face.style};",
                        f"  font-weight: {face.weight};",
                    ]
                    if display:
                        lines.append(f"  font-display: {display};")
                    lines += [
                        f"  src: url({self.file_url(face)}) format('woff2');",
                        f"  unicode-range: {', '.join(face.unicode_range)};",
                        "}",
                    ]
                    blocks.append("\n".join(lines))
        return ("\n".join(blocks) + "\n").encode()

    def font_file(self, url: str) -> Path | None:
        """The package file behind one of our fonts.gstatic.com URLs, or None."""
        parts = urlsplit(url).path.split("/")
        # ["", "s", "<package>", "fontsource-<version>", "<file>.woff2"]
        if len(parts) != 5 or parts[1] != "s" or parts[2] not in self.versions:
            return None
        if parts[3] != f"fontsource-{self.versions[parts[2]]}" or "/" in parts[4]:
            return None
        path = self.root / parts[2] / "files" / parts[4]
        return path if path.is_file() and path.suffix == ".woff2" else None


@dataclass(frozen=True)
class Fetched:
    """One web-font request answered from fontsource."""

    url: str
    raw: int
    gzip: int

    @property
    def name(self) -> str:
        """Short name for tables: "fonts.googleapis.com/css" or the woff2 file name."""
        parts = urlsplit(self.url)
        if parts.netloc == CSS_HOST:
            return f"{CSS_HOST}{parts.path}"
        return f"{FILE_HOST}/…/{parts.path.rsplit('/', 1)[-1]}"

    @property
    def is_font(self) -> bool:
        return urlsplit(self.url).netloc == FILE_HOST


def css_sizes(data: bytes) -> tuple[int, int]:
    return len(data), min(len(data), gzip_size(data))
