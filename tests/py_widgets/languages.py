"""What a nynorsk document must not contain: the bokmål texts of a template and of the fixed
words that have a different nynorsk text; and the text a reader sees of each kind of document."""

import html
import io
import re
import zipfile
from dataclasses import fields as dataclass_fields
from typing import Any

from py_widgets.translation import template_texts
from py_widgets.words import BOKMAL, NYNORSK

from .real_templates import data

DOCUMENTS = ("html", "odt", "docx", "txt", "ics")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _word_texts(words: Any) -> list[str]:
    out: list[str] = []
    for f in dataclass_fields(words):
        value = getattr(words, f.name)
        if f.name in ("language", "locale"):
            continue
        if isinstance(value, dict):
            out.extend(value.values())
        elif isinstance(value, tuple):
            out.extend(value)
        else:
            out.append(value)
    return out


def bokmal_only(template_id: str) -> set[str]:
    """Every bokmål text (or the fixed part of one with placeholders) of the template and of the
    fixed words that no nynorsk text contains: none of these may appear in a nynorsk document."""
    nb = [t for t, _ in template_texts(data(template_id)).values()] + _word_texts(BOKMAL)
    nn = [t for t, _ in template_texts(data(template_id, "nn")).values()] + _word_texts(NYNORSK)
    nynorsk = "\n".join(" ".join(t.split()) for t in nn)
    found = set()
    for text in nb:
        for part in PLACEHOLDER.split(" ".join(text.split())):
            part = part.strip(" :.,«»")
            if len(part) >= 3 and part not in nynorsk:
                found.add(part)
    return found


def document_text(kind: str, content: bytes) -> str:
    """What a reader (or a word processor) sees of a document: every text part, unescaped."""
    if kind in ("odt", "docx"):
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            parts = [package.read(n).decode("utf-8") for n in package.namelist()]
        return html.unescape("\n".join(re.sub(r"<[^>]+>", " ", p) for p in parts))
    text = content.decode("utf-8")
    if kind == "ics":
        text = text.replace("\r\n ", "").replace("\\n", "\n")
        return re.sub(r"\\([,;\\])", r"\1", text)
    return html.unescape(text)


def found_in(texts: set[str], document: str) -> list[str]:
    flat = " ".join(document.split())
    return sorted(t for t in texts if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", flat))
