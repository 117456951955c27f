"""What every plan document shows, in reading order, with user text already made safe to print.

The HTML, ODT and text renderers only lay out this outline, so they cannot disagree on content.
"""

import re
from dataclasses import dataclass

from ..plan import Plan, is_valid_time, one_line, paragraphs, parse_date
from ..rules import evaluate_rules
from ..template import Field
from ..values import Value, is_blank, rows

NOTICES_HEADING = "Merknader"
NO_NOTICES = "Ingen merknader."
EMPTY_PART = "Ikke fylt ut."
LEVEL_LABELS = {"advarsel": "Advarsel", "forslag": "Forslag"}
PRIVACY_NOTE = (
    "Planen inneholder personopplysninger. Oppbevar den trygt, og del den bare med samtykke "
    "fra den planen gjelder."
)

# Characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF), and the
# bidirectional embeddings, overrides and isolates, which would reverse the text after them.
_UNSAFE = re.compile(
    "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u202a-\u202e\u2066-\u2069]"
)


def clean(text: str) -> str:
    """The text without characters that would corrupt an XML (or any) document or its layout."""
    return _UNSAFE.sub("", text)


@dataclass(frozen=True)
class Answer:
    label: str
    paragraphs: tuple[tuple[str, ...], ...] = ()  # each paragraph is one or more lines
    items: tuple[str, ...] = ()  # a list (multiple choice)


@dataclass(frozen=True)
class Item:
    title: str  # "Barn 1"
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Group:
    label: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Part:
    title: str
    entries: tuple[Answer | Group, ...]


@dataclass(frozen=True)
class Notice:
    level: str  # "Advarsel" or "Forslag"
    message: str


@dataclass(frozen=True)
class Outline:
    title: str
    phase: str
    parts: tuple[Part, ...]
    notices: tuple[Notice, ...]
    footer: tuple[str, ...]


def outline(plan: Plan) -> Outline:
    template = plan.template
    parts = tuple(
        Part(
            clean(section.title),
            tuple(e for f in section.fields if (e := _entry(f, plan.values[f.id])) is not None),
        )
        for section in template.sections
    )
    notices = tuple(Notice(LEVEL_LABELS[n.level], clean(n.message)) for n in evaluate_rules(plan))
    footer = (
        f"Laget med planmalen «{clean(template.title)}», versjon {template.version}.",
        PRIVACY_NOTE,
    )
    return Outline(clean(template.title), f"Fase {template.phase}", parts, notices, footer)


def _entry(f: Field, value: Value) -> Answer | Group | None:
    if is_blank(value):
        return None
    if f.kind != "group":
        return _answer(f, value)
    found = [answers for row in rows(value) if (answers := _answers(f.fields, row))]
    items = tuple(Item(clean(f"{f.item_label} {n}"), a) for n, a in enumerate(found, start=1))
    return Group(clean(f.label), items) if items else None


def _answers(fields: tuple[Field, ...], row: dict[str, Value]) -> tuple[Answer, ...]:
    return tuple(a for c in fields if (a := _answer(c, row[c.id])) is not None)


def _answer(f: Field, value: Value) -> Answer | None:
    label = clean(f.label)
    if f.kind == "multichoice":
        items = tuple(
            text for v in value if isinstance(v, str) and (text := clean(f.option_label(v)).strip())
        )
        return Answer(label, items=items) if items else None
    paragraphs = _paragraphs(clean(display_value(f, str(value))))
    return Answer(label, paragraphs=paragraphs) if paragraphs else None


def display_value(f: Field, value: str) -> str:
    """How a stored value reads in a document: tidy text, labels for choices, 17.05.2027, 09.30."""
    if f.kind == "text":
        return one_line(value)
    if f.kind == "textarea":
        return paragraphs(value)
    if f.kind in ("yesno", "choice"):
        return f.option_label(value)
    if f.kind == "date" and (day := parse_date(value)) is not None:
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    if f.kind == "time" and is_valid_time(value):
        return value.replace(":", ".")
    return value


def _paragraphs(text: str) -> tuple[tuple[str, ...], ...]:
    blocks = (
        tuple(line for line in block.split("\n") if line.strip()) for block in text.split("\n\n")
    )
    return tuple(b for b in blocks if b)
