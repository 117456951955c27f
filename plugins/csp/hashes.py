"""Hashes of the inline scripts and styles a page needs, in CSP source syntax."""

import base64
import hashlib
import importlib
import re

_INLINE = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def source_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_hashes(html: str) -> tuple[list[str], list[str]]:
    """Hashes of the inline executable scripts and of the <style> elements in html."""
    scripts: list[str] = []
    styles: list[str] = []
    for tag, attrs, body in _INLINE.findall(html):
        if tag.lower() == "style":
            styles.append(source_hash(body))
            continue
        kind = _TYPE.search(attrs)
        if not _SRC.search(attrs) and (kind.group(1).lower() if kind else "") in _SCRIPT_TYPES:
            scripts.append(source_hash(body))
    return _unique(scripts), _unique(styles)


def constant_hash(reference: str) -> str:
    """Hash of the string constant named by 'package.module:NAME'."""
    module_name, _, attribute = reference.partition(":")
    return source_hash(getattr(importlib.import_module(module_name), attribute))


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
