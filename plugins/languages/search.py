"""One search index per language: a bokmål page finds bokmål pages, a nynorsk page nynorsk ones.

Material's search plugin writes `search/search_index.json`; mkdocs-static-i18n builds each
language in turn and joins their entries there, and Material's offline plugin inlines it into
`search/search_index.js` (loaded by a script from file://). Material loads the index from
`search/` under its `base`, and resolves the hits' locations against that same base. So each
language gets its index under its own root (`search/` for the default language, `nn/search/`
for nynorsk), with locations relative to that root, and its pages get that root as their base.
"""

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

INDEX = "search/search_index.json"
# Material's offline plugin: the same index as a script, for file://.
INDEX_SCRIPT = "search/search_index.js"
SCRIPT_PREFIX = "var __index = "


def language_root(language: str, default: str) -> str:
    """The folder of a language's pages under the site root ("" for the default language)."""
    return "" if language == default else f"{language}/"


def language_index(index: dict[str, Any], root: str, other_roots: Iterable[str]) -> dict[str, Any]:
    """The index with only the pages under root (and, for the default language's root "", none
    under the other roots), their locations made relative to root."""
    others = tuple(other for other in other_roots if other and other != root)

    def belongs(location: str) -> bool:
        return location.startswith(root) and not (others and location.startswith(others))

    docs = [
        {**doc, "location": doc["location"][len(root) :]}
        for doc in index["docs"]
        if belongs(doc["location"])
    ]
    return {**index, "docs": docs}


def write_language_index(site: Path, root: str, other_roots: Iterable[str]) -> None:
    """Write the language's own index (and its script, if the offline plugin made one) from the
    index the build wrote at the site root, if it wrote one."""
    source = site / INDEX
    if not source.is_file():
        return
    index = language_index(json.loads(source.read_text(encoding="utf-8")), root, other_roots)
    # As compact as Material writes it, but with æ, ø and å as UTF-8 (two bytes), not as \u00e6.
    data = json.dumps(index, separators=(",", ":"), default=str, ensure_ascii=False)
    target = site / root / INDEX
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(data, encoding="utf-8")
    if (site / INDEX_SCRIPT).is_file():
        (site / root / INDEX_SCRIPT).write_text(SCRIPT_PREFIX + data, encoding="utf-8")
