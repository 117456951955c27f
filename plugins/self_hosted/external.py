"""Find resources in built files that a browser would load from another host."""

import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

# (tag, attribute) pairs whose URL the browser fetches by itself.
_LOADING_ATTRS = {
    ("script", "src"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("frame", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("audio", "src"),
    ("video", "src"),
    ("video", "poster"),
    ("track", "src"),
    ("input", "src"),
    ("image", "href"),
    ("use", "href"),
}
# <link rel=...> values that make the browser fetch or connect.
_LOADING_RELS = {
    "stylesheet",
    "icon",
    "apple-touch-icon",
    "manifest",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
    "prerender",
}
_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
_REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?//[^'")\s]+)""", re.I)
_SCRIPT_URL = re.compile(r"""https?://[^\s'"`)<>\\]+""")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


class _LoadFinder(HTMLParser):
    """Collects remote URLs from loading attributes, inline styles and style elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.script_text: list[str] = []
        self._in_style = False
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        rels = set(values.get("rel", "").lower().split())
        for name, value in values.items():
            loads = (tag, name) in _LOADING_ATTRS or (
                tag == "link" and name == "href" and rels & _LOADING_RELS
            )
            if loads:
                for url in value.split(","):
                    if _REMOTE.match(url):
                        self.found.append(url.strip().split()[0])
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            target = values.get("content", "").partition("url=")[2].strip(" '\"")
            if _REMOTE.match(target):
                self.found.append(target)
        if "mermaid" in values.get("class", "").split():
            # Material fetches the Mermaid library from unpkg.com for such elements.
            self.found.append("https://unpkg.com/mermaid (for a Mermaid diagram)")
        if "style" in values:
            self.found.extend(_CSS_URL.findall(values["style"]))
        self._in_style = tag == "style"
        kind = values.get("type", "").lower()
        self._in_script = tag == "script" and "src" not in values and kind in _SCRIPT_TYPES

    def handle_endtag(self, tag: str) -> None:
        self._in_style = self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.found.extend(_CSS_URL.findall(data))
        elif self._in_script:
            self.script_text.append(data)


def remote_loads_in_html(text: str, never_loaded: Iterable[str] = ()) -> list[str]:
    """URLs on other hosts that an HTML document would load, inline scripts included."""
    finder = _LoadFinder()
    finder.feed(text)
    return finder.found + remote_urls_in_script("\n".join(finder.script_text), never_loaded)


def remote_loads_in_css(text: str) -> list[str]:
    """URLs on other hosts that a stylesheet would load."""
    return _CSS_URL.findall(text)


def remote_urls_in_script(text: str, never_loaded: Iterable[str]) -> list[str]:
    """URLs in a script that are not known to be never requested."""
    allowed = tuple(never_loaded)
    code = _BLOCK_COMMENT.sub("", text)  # licence headers name their authors' sites
    return [url for url in _SCRIPT_URL.findall(code) if not url.startswith(allowed)]


def find_remote_loads(site_dir: Path, never_loaded: Iterable[str]) -> Iterator[tuple[Path, str]]:
    """Every (file, URL) in a built site that would make a request to another host."""
    allowed = list(never_loaded)
    for path in sorted(site_dir.rglob("*")):
        suffix = path.suffix.lower()
        if suffix not in {".html", ".htm", ".css", ".js", ".mjs"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if suffix in {".html", ".htm"}:
            urls = remote_loads_in_html(text, allowed)
        elif suffix == ".css":
            urls = remote_loads_in_css(text)
        else:
            urls = remote_urls_in_script(text, allowed)
        for url in urls:
            yield path.relative_to(site_dir), url
