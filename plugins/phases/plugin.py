"""Render the phase data into the pages: the overview where the marker stands, and the heading,
switcher, result, plan link, roles and legal basis around the steps of each `phase: N` page."""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from plugins.languages.current import current_language, is_default_language

from .config import PhasesConfig
from .data import PhaseData, PhaseDataError, check_translation, load_phases
from .render import UrlFor, overview_html, phase_page
from .steps import number_steps


class PhasesPlugin(BasePlugin[PhasesConfig]):
    data: PhaseData

    def on_config(self, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        path = Path(config.config_file_path).parent / self.config.data_file
        try:
            self.data = load_phases(path)
            if not is_default_language(config):
                # The nynorsk pages read docs/data/phases.nn.yml, which must match phases.yml.
                translated = path.with_suffix(f".{current_language(config)}{path.suffix}")
                self.data = check_translation(self.data, load_phases(translated), translated)
        except PhaseDataError as error:
            raise PluginError(str(error)) from error

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if not self.config.enabled:
            return None
        url_for = links_from(page, files)
        try:
            if "phase" in page.meta:
                phase = self.data.phase(page.meta["phase"])
                # A translated page (fase-1.nn.md) belongs to the phase of fase-1.md.
                if phase.page != getattr(page.file, "norm_src_uri", page.file.src_uri):
                    raise PhaseDataError(f"fase {phase.number} hører til siden {phase.page}.")
                # The browser tab says what the heading says ("Fase 1: Avklar …"), not just
                # the menu's "Fase 1".
                page.meta.setdefault("title", phase.heading)
                return phase_page(self.data, phase, number_steps(markdown, phase.steps), url_for)
            if self.config.overview_marker in markdown:
                overview = overview_html(self.data, url_for)
                return markdown.replace(self.config.overview_marker, overview)
        except PhaseDataError as error:
            raise PluginError(f"{page.file.src_uri}: {error} ({self.config.data_file})") from error
        return None


def links_from(page: Page, files: Files) -> UrlFor:
    """Links from `page` to pages that will be in the built site (not to excluded drafts)."""

    def url_for(path: str) -> str | None:
        target = files.get_file_from_path(path)
        if target is None or target.inclusion.is_excluded():
            return None
        return target.url_relative_to(page.file)

    return url_for
