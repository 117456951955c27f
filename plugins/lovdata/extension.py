"""Lovdata links: `[[krisesenterloven § 4]]` or `[[krisesenterloven § 4|§ 4, andre ledd]]`.

The text inside the brackets is shown as written (or the text after `|`) and links to the
section on Lovdata. `[[krisesenterloven §§ 2 og 4]]` links each section. A law name the
extension does not know stops the build with a message that quotes the reference.
"""

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

from .laws import LAWS
from .reference import Piece, cite

# Before Markdown's own reference links (priority 170), which would otherwise read "[[x]]".
PRIORITY = 175
PATTERN = r"\[\[(?P<reference>[^\[\]|\n]+?)(?:\|(?P<text>[^\[\]\n]+?))?\]\]"


class LovdataInlineProcessor(InlineProcessor):
    """Replaces each `[[...]]` with one link, or several for `§§`."""

    def __init__(self, pattern: str, md: Markdown, config: dict[str, Any]) -> None:
        super().__init__(pattern, md)
        self.laws = config["laws"]
        self.base_url = config["base_url"]
        self.css_class = config["css_class"]

    def handleMatch(  # type: ignore[override]  # InlineProcessor's own signature
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        pieces = cite(m["reference"].strip(), self.laws, self.base_url, m["text"])
        if len(pieces) == 1:
            return self._link(pieces[0]), m.start(0), m.end(0)
        wrapper = etree.Element("span")
        for piece in pieces:
            if piece.href is None:
                wrapper[-1].tail = AtomicString(piece.text)
            else:
                wrapper.append(self._link(piece))
        return wrapper, m.start(0), m.end(0)

    def _link(self, piece: Piece) -> etree.Element:
        link = etree.Element("a", {"href": piece.href or "", "class": self.css_class})
        link.text = AtomicString(piece.text)
        return link


class LovdataExtension(Extension):
    """Registers the `[[lov § n]]` syntax."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "laws": [LAWS, "Known laws and regulations (plugins/lovdata/laws.py)."],
            "base_url": ["https://lovdata.no", "Lovdata's address; links add /<kind>/<id>/§<n>."],
            "css_class": ["lovdata", "Class of every Lovdata link."],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        processor = LovdataInlineProcessor(PATTERN, md, self.getConfigs())
        md.inlinePatterns.register(processor, "lovdata", PRIORITY)


def makeExtension(**kwargs: Any) -> LovdataExtension:
    return LovdataExtension(**kwargs)
