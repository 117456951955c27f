"""Put the per-deployment facts from mkdocs.yml `extra:` into the pages.

A page writes `<!-- oppsett: utgiver -->`, `<!-- oppsett: lokalt-krisesenter -->` or
`<!-- oppsett: lokalt-krisesenter-rad -->` (a row of a table); render.py gives the text.
Without `extra.publisher` in mkdocs.yml the build warns (so `--strict` stops); with its fields
empty the pages show a placeholder and the build prints a warning that does not stop it (a site
may be built and tested before its publisher is known).
"""

import logging
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from plugins.languages.current import current_language

from . import render, render_nn
from .config import DeploymentConfig
from .settings import Publisher, SettingError, read_local_shelter, read_publisher

log = logging.getLogger(f"mkdocs.plugins.{__name__}")
# Outside MkDocs' own loggers, so `--strict` does not count it as an error.
reminder = logging.getLogger("krisesenter.oppsett")
reminder.propagate = False
if not reminder.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("ADVARSEL -  %(message)s"))
    reminder.addHandler(_handler)
MARKER = re.compile(r"<!--\s*oppsett:\s*(?P<name>[\w-]+)\s*-->")
HOW_TO = "Se README.md, «Utgiver og lokalt krisesenter»."


class DeploymentPlugin(BasePlugin[DeploymentConfig]):
    fragments: dict[str, str]

    def on_config(self, config: MkDocsConfig) -> None:
        extra = config.extra
        try:
            publisher = read_publisher(extra)
            shelter = read_local_shelter(extra)
        except SettingError as error:
            raise PluginError(f"mkdocs.yml: {error}") from error
        if publisher is None:
            log.warning(
                f"extra.publisher mangler i mkdocs.yml: hvem publiserer nettstedet? {HOW_TO}"
            )
            publisher = Publisher("", "")
        missing = [name for name in ("name", "contact") if not getattr(publisher, name)]
        if missing:
            reminder.warning(
                f"extra.publisher: {' og '.join(missing)} er ikke satt ennå; siden om personvern "
                f"viser en plassholder. {HOW_TO}"
            )
        texts = render_nn if current_language(config) == "nn" else render
        self.fragments = {
            "utgiver": texts.publisher_md(publisher),
            "lokalt-krisesenter": texts.shelter_md(shelter),
            "lokalt-krisesenter-rad": texts.shelter_row_md(shelter),
        }

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match["name"]
            if name not in self.fragments:
                known = ", ".join(self.fragments)
                raise PluginError(f"{page.file.src_uri}: ukjent {match[0]}. Kjente navn: {known}.")
            return self.fragments[name]

        return MARKER.sub(replace, markdown)
