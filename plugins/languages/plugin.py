"""The language switcher on every page.

mkdocs-static-i18n knows each page's version in the other language (`page.file.alternates`);
this plugin hands Material's header (overrides/partials/alternate.html) a link to each
language's version, relative to the page, so that the links work over http and from file://.
It also fails the build when a page has no nynorsk version, keeps one 404 page (bilingual,
overrides/404.html) at the root (the nynorsk build would otherwise write over it), marks a
page with `client_translation: true` in its front matter as a translation of the client's
bokmål text, linked to the original, and gives each language its own search index
(`search_per_language`, see search.py).
"""

from html import escape
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from ..order import PUT_BACK_AFTER_I18N, SET_ASIDE_BEFORE_I18N, SPLIT_SEARCH_INDEX
from .config import LanguagesConfig
from .current import (
    DEFAULT,
    building_other_languages,
    current_language,
    default_language,
    i18n_plugin,
    is_default_language,
)
from .search import language_root, write_language_index

NOT_FOUND = "404.html"
CLIENT_TRANSLATION = "client_translation"
TRANSLATION_NOTE = (
    '<div class="admonition note krs-translation"><p>Denne teksten er omsett frå bokmål. '
    '<a href="{href}" hreflang="nb">Les originalteksten på bokmål</a>.</p></div>'
)


class LanguagesPlugin(BasePlugin[LanguagesConfig]):
    def __init__(self) -> None:
        self.in_memory: list[File] = []

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled or i18n_plugin(config) is None:
            return None
        if is_default_language(config):
            config.theme.static_templates.add(NOT_FOUND)
        else:
            config.theme.static_templates.discard(NOT_FOUND)
        return config

    # Files our plugins make in memory (minified assets, the Pyodide runtime) have no source
    # path, which the i18n plugin's on_files (priority -100) cannot handle; they are the same in
    # every language, so they skip it and come back after it.
    @event_priority(SET_ASIDE_BEFORE_I18N)
    def _set_aside_in_memory_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled or i18n_plugin(config) is None:
            return None
        self.in_memory = [file for file in files if file.abs_src_path is None]
        for file in self.in_memory:
            files.remove(file)
        return files

    @event_priority(PUT_BACK_AFTER_I18N)
    def _put_back_in_memory_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        for file in self.in_memory:
            files.append(file)
        self.in_memory = []
        return files

    on_files = CombinedEvent(_set_aside_in_memory_files, _put_back_in_memory_files)

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        plugin = i18n_plugin(config)
        if not self.config.enabled or plugin is None:
            return None
        language = current_language(config)
        if getattr(page.file, "locale", language) != language:
            raise PluginError(
                f"{page.file.src_uri}: siden finnes ikke på {language} "
                f"(lag {_translation_path(page.file.src_uri, language)})."
            )
        config.extra["alternate"] = alternates(page, plugin)
        root = language_root(language, default_language(config))
        if self.config.search_per_language and root:
            # Material's config.base: where its search loads the index and resolves the hits
            # (and __md_scope, unused: this site stores nothing). Every link on the page is
            # made relative to the page itself, not to base_url.
            context["base_url"] = get_relative_url(root, page.url)
        return context

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: object
    ) -> str | None:
        if not self.config.enabled or not page.meta.get(CLIENT_TRANSLATION):
            return None
        original = getattr(page.file, "alternates", {}).get(DEFAULT)
        if original is None or original is page.file:
            raise PluginError(f"{page.file.src_uri}: {CLIENT_TRANSLATION}, men ingen original.")
        note = TRANSLATION_NOTE.format(href=escape(original.url_relative_to(page.file)))
        # After the line under the heading that says whose text it is, or else the heading.
        source = html.find('class="page-source"')
        if source >= 0:
            end = html.index("</p>", source) + len("</p>")
        else:
            heading = html.find("</h1>")
            end = heading + len("</h1>") if heading >= 0 else 0
        return html[:end] + note + html[end:]

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        # Pages only: the next template (404, sitemap) must not get this page's links.
        config.extra.pop("alternate", None)
        return None

    # In each language's build, once mkdocs-static-i18n has joined the languages' indexes and
    # Material's offline plugin has inlined it (both at -100).
    @event_priority(SPLIT_SEARCH_INDEX)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        plugin = i18n_plugin(config)
        if not self.config.enabled or not self.config.search_per_language or plugin is None:
            return
        default = default_language(config)
        roots = [language_root(language.locale, default) for language in _built(plugin)]
        # The other languages are built inside the default language's post_build (at -100);
        # back in it, the i18n plugin still names the last of them as the current language.
        language = current_language(config) if building_other_languages(config) else default
        write_language_index(Path(config.site_dir), language_root(language, default), roots)


def alternates(page: Page, plugin: Any) -> list[dict[str, str]]:
    """One entry per language, in the configured order: Material's extra.alternate shape, with
    a link relative to the site root that the `url` filter makes relative to the page."""
    found = getattr(page.file, "alternates", {})
    return [
        {"name": language.name, "lang": language.locale, "link": found[language.locale].url}
        for language in _built(plugin)
        if language.locale in found
    ]


def _built(plugin: Any) -> list[Any]:
    """The languages the i18n plugin builds, in the configured order."""
    return [language for language in plugin.config.languages if language.build]


def _translation_path(src_uri: str, language: str) -> str:
    stem, dot, suffix = src_uri.rpartition(".")
    return f"docs/{stem}.{language}.{suffix}" if dot else f"docs/{src_uri}.{language}"
