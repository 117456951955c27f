"""Rewrite built HTML: rel="noreferrer noopener" on links to other hosts, and a page-wide
referrer policy (which also covers navigation started by script, such as quick exit)."""

import re
from collections.abc import Iterable
from html.parser import HTMLParser
from urllib.parse import urlsplit

REFERRER_META = '<meta name="referrer" content="no-referrer">'

_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.IGNORECASE)
_CHARSET = re.compile(r"<meta\s[^>]*charset[^>]*>", re.IGNORECASE)
_HAS_REFERRER_META = re.compile(r"""<meta\s[^>]*name\s*=\s*["']?referrer\b""", re.IGNORECASE)
_REL = re.compile(r"""(\srel\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)""", re.IGNORECASE)
_TAG_END = re.compile(r"\s*/?>$")


def is_external(href: str, own_hosts: Iterable[str]) -> bool:
    """True for an http(s) or protocol-relative URL whose host is not one of own_hosts."""
    parts = urlsplit(href.strip())
    if parts.scheme.lower() not in {"http", "https", ""} or not parts.netloc:
        return False
    return (parts.hostname or "") not in {host.lower() for host in own_hosts}


class _AnchorFinder(HTMLParser):
    """Start tags of <a> elements with an href, as (line, column, tag text, href)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: list[tuple[int, int, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        text = self.get_starttag_text()
        if tag == "a" and href and text:
            line, column = self.getpos()
            self.anchors.append((line, column, text, href))


def _with_rel(tag: str, tokens: list[str]) -> str:
    """The start tag with each of tokens in its rel attribute (existing values kept)."""
    match = _REL.search(tag)
    if match is None:
        end = _TAG_END.search(tag)
        assert end is not None  # get_starttag_text() always ends in ">"
        return f'{tag[: end.start()]} rel="{" ".join(tokens)}"{tag[end.start() :]}'
    current = match.group(2).strip("\"'").split()
    merged = current + [t for t in tokens if t.lower() not in {c.lower() for c in current}]
    return f'{tag[: match.start()]}{match.group(1)}"{" ".join(merged)}"{tag[match.end() :]}'


def add_rel_to_external_links(html: str, own_hosts: Iterable[str], tokens: list[str]) -> str:
    """html with tokens added to rel on every <a href> that leads to another host."""
    hosts = list(own_hosts)
    finder = _AnchorFinder()
    finder.feed(html)
    finder.close()
    # HTMLParser counts lines by "\n" only (not by every str.splitlines() separator).
    line_starts = [0]
    for line in html.split("\n"):
        line_starts.append(line_starts[-1] + len(line) + 1)
    out, done = [], 0
    for line, column, tag, href in finder.anchors:
        if not is_external(href, hosts):
            continue
        start = line_starts[line - 1] + column
        out += [html[done:start], _with_rel(tag, tokens)]
        done = start + len(tag)
    return "".join(out) + html[done:]


def add_referrer_meta(html: str) -> str:
    """html with <meta name="referrer" content="no-referrer"> early in <head> (after the charset),
    unless it has one."""
    if _HAS_REFERRER_META.search(html):
        return html
    head = _HEAD.search(html)
    if head is None:
        return html
    charset = _CHARSET.search(html, head.end())
    at = charset.end() if charset else head.end()
    return f"{html[:at]}{REFERRER_META}{html[at:]}"
