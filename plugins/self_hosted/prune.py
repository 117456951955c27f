"""Which of Material's bundled files no page of this site ever loads."""

from mkdocs.config.defaults import MkDocsConfig

_LUNR = "assets/javascripts/lunr/"


def search_languages(config: MkDocsConfig) -> list[str]:
    """The languages the search plugin indexes (as configured under `search: lang`)."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    langs = search.config.lang if search is not None else None
    return list(langs or ["en"])


def needed_lunr_files(languages: list[str]) -> set[str]:
    """The lunr files the search worker imports for these languages."""
    needed = {f"{_LUNR}min/lunr.stemmer.support.min.js"}
    needed.update(f"{_LUNR}min/lunr.{lang}.min.js" for lang in languages if lang != "en")
    if len(languages) > 1:
        needed.add(f"{_LUNR}min/lunr.multi.min.js")
    if {"ja", "jp"} & set(languages):
        needed.add(f"{_LUNR}tinyseg.js")
    if {"hi", "th"} & set(languages):
        needed.add(f"{_LUNR}wordcut.js")
    return needed


def is_unused_theme_file(src_uri: str, needed_lunr: set[str]) -> bool:
    """True for source maps and for lunr files that the configured languages do not need."""
    if src_uri.endswith(".map"):
        return True
    return src_uri.startswith(_LUNR) and src_uri not in needed_lunr
