"""Minify and join scripts and stylesheets."""

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
