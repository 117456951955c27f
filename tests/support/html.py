"""Read built pages: every element's attributes, and the text of links, in document order."""

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""  # only collected for <a>

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open_links: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.elements.append(element)
        if tag == "a":
            self._open_links.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open_links:
            link = self._open_links.pop()
            link.text = " ".join(link.text.split())

    def handle_data(self, data: str) -> None:
        for link in self._open_links:
            link.text += data


def parse(html: str) -> list[Element]:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.elements


def parse_file(path: Path) -> list[Element]:
    return parse(path.read_text(encoding="utf-8"))


def built_pages(site_dir: Path) -> list[Path]:
    """Every HTML file of the built site."""
    return sorted(site_dir.rglob("*.html"))
