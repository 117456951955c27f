"""A small HTML tree for tests on the built site (standard library only)."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
}  # fmt: skip
# Elements that start a new line of text: their words never run into their neighbours'.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section",
    "table", "td", "th", "tr", "ul", "br",
}  # fmt: skip


@dataclass
class Node:
    """An element with its attributes and children (text children are str)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list["Node | str"] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def iter(self) -> Iterator["Node"]:
        """This element and every element inside it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, css_class: str | None = None) -> list["Node"]:
        return [
            node
            for node in self.iter()
            if (tag is None or node.tag == tag)
            and (css_class is None or css_class in node.attrs.get("class", "").split())
        ]

    def find(self, tag: str | None = None, css_class: str | None = None) -> "Node":
        found = self.find_all(tag, css_class)
        assert found, f"no <{tag or '*'} class={css_class!r}> in <{self.tag}>"
        return found[0]

    def text(self, skip_classes: frozenset[str] = frozenset()) -> str:
        """The text inside, whitespace collapsed; elements with a class in skip_classes left out."""
        parts: list[str] = []
        self._collect(parts, skip_classes)
        return " ".join("".join(parts).split())

    def _collect(self, parts: list[str], skip: frozenset[str]) -> None:
        classes = set(self.attrs.get("class", "").split())
        if self.tag in {"script", "style", "svg"} or skip & classes:
            return
        edge = " " if self.tag in _BLOCKS else ""
        parts.append(edge)
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            else:
                child._collect(parts, skip)
        parts.append(edge)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def parse_file(path: Path) -> Node:
    return parse_html(path.read_text(encoding="utf-8"))


def built_pages(site_dir: Path) -> list[Path]:
    """Every HTML file of the built site."""
    return sorted(site_dir.rglob("*.html"))
