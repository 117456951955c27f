"""Text as every shared document prints it: answers made readable (display_value) and safe for
any format (clean)."""

import re

from ..plan import is_valid_time, one_line, paragraphs, parse_date
from ..template import Field

# Characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF), and the
# bidirectional embeddings, overrides and isolates, which would reverse the text after them.
_UNSAFE = re.compile(
    "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u202a-\u202e\u2066-\u2069]"
)


def clean(text: str) -> str:
    """The text without characters that would corrupt an XML (or any) document or its layout."""
    return _UNSAFE.sub("", text)


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
