"""Minify and join scripts and stylesheets; take the templates' indentation out of pages."""

import re

import rcssmin  # type: ignore[import-untyped]
import rjsmin  # type: ignore[import-untyped]


def minify(path: str, text: str) -> str:
    """The text without comments and needless white space (by the file's extension)."""
    if path.endswith(".js"):
        return str(rjsmin.jsmin(text))
    if path.endswith(".css"):
        return str(rcssmin.cssmin(text))
    return text


def join(path: str, parts: list[str]) -> str:
    """Minified parts one after another; scripts are separated so that none runs into the next."""
    separator = ";\n" if path.endswith(".js") else "\n"
    return separator.join(parts) + "\n"


# Elements whose text may keep its white space as written (pre-wrap, or code), left as they are.
_VERBATIM = re.compile(r"(<(pre|textarea|script|style|code|kbd)\b.*?</\2\s*>)", re.S | re.I)
# White space with a line break in it, right after a tag or right before one (a piece between
# verbatim elements starts after one's end tag and ends before the next one's start tag).
_BREAK_AT_TAG = re.compile(r"(?:(?<=>)|\A)[ \t]*\n\s*|[ \t]*\n\s*(?=<|\Z)")


def compact_html(html: str) -> str:
    """The page without the templates' indentation and blank lines: white space with a line
    break next to a tag becomes one line break. It renders the same (white space collapses
    to one space, and a line break is kept where there was one), outside the elements in
    _VERBATIM, which stay untouched."""
    parts = _VERBATIM.split(html)
    # split() with two groups: text, element, tag name, text, element, tag name, ..., text.
    for index in range(0, len(parts), 3):
        parts[index] = _BREAK_AT_TAG.sub("\n", parts[index])
    return "".join(part for index, part in enumerate(parts) if index % 3 != 2)
