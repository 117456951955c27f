"""Every document a user can take away, built from the same plan: build_document(plan, kind)."""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .draft import DraftError, dump_draft
from .plan import Plan
from .render import docx, ics, odt
from .render.extract import build_agreement
from .render.html import render_html
from .render.text import render_text
from .words import words

KINDS = ("html", "docx", "odt", "txt", "ics", "json")
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "docx": docx.MEDIA_TYPE,
    "odt": odt.MEDIA_TYPE,
    "txt": "text/plain; charset=utf-8",
    "ics": ics.MEDIA_TYPE,
    "json": "application/json",
}
MAX_STEM = 60
_NOT_IN_STEM = re.compile(r"[^\w-]+")


class DocumentError(ValueError):
    """The document cannot be made from this plan (a message for the user)."""


@dataclass(frozen=True)
class Options:
    stem: str = ""  # file name without extension; "" means the template's neutral download_name
    descriptive_titles: bool = False  # calendar: say what each event is (default: "Avtale")
    now: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Document:
    filename: str
    media_type: str
    content: bytes


def build_document(plan: Plan, kind: str, options: Options | None = None) -> Document:
    options = options or Options()
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    filename = f"{safe_stem(options.stem, plan.template.download_name)}.{kind}"
    return Document(filename, MEDIA_TYPES[kind], _content(plan, kind, options))


def _content(plan: Plan, kind: str, options: Options) -> bytes:
    if kind == "json":
        try:
            return dump_draft(plan)
        except DraftError as error:
            raise DocumentError(str(error)) from None
    if kind == "ics":
        found = ics.events(plan)
        if not found:
            raise DocumentError(words(plan.template.language).no_calendar_dates)
        return ics.render_ics(plan, found, descriptive=options.descriptive_titles, now=options.now)
    doc = build_agreement(plan)
    if kind == "docx":
        return docx.render_docx(doc)
    if kind == "odt":
        return odt.render_odt(doc)
    return (render_html(doc) if kind == "html" else render_text(doc)).encode("utf-8")


def safe_stem(stem: str, default: str) -> str:
    """A file name stem that is safe on every system: letters, digits, - and _ only."""
    text = unicodedata.normalize("NFC", stem)
    text = _NOT_IN_STEM.sub("-", text).strip("-_")[:MAX_STEM].strip("-_")
    return text or default
