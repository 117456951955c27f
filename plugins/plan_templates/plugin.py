"""Check every plan template when the site is built, leave the .yml source files out of the
built site, and turn each page that names a template (front matter `plan_template: <id>`) into
that template's plan builder: heading, form, actions and the data its script needs.

A template's translation lies beside it (`<id>.nn.yml`); pages in that language get the
translated template. Every translation is checked in every build, and a language that the
site is built in must have a translation of every template.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from plugins.languages.current import DEFAULT, current_language

from .config import PlanTemplatesConfig
from .form import render_form
from .loader import LoadedTemplate, load_template, load_translation
from .page import actions, bar, description, error_summary, overview, page_data, review, status

META_KEY = "plan_template"


class PlanTemplatesPlugin(BasePlugin[PlanTemplatesConfig]):
    def __init__(self) -> None:
        self.templates: dict[str, LoadedTemplate] = {}

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        self.templates = {}
        folder = self.config.folder.strip("/") + "/"
        sources = [f for f in files if f.src_uri.startswith(folder) and f.src_uri.endswith(".yml")]
        originals: dict[str, LoadedTemplate] = {}
        translations: dict[str, dict[str, Path]] = {}
        for file in sorted(sources, key=lambda f: f.src_uri):
            path = Path(file.abs_src_path or "")
            files.remove(file)
            if len(path.suffixes) > 1:  # avklaring-av-boligbehov.nn.yml
                stem = path.name.split(".")[0]
                translations.setdefault(stem, {})[path.suffixes[-2].lstrip(".")] = path
                continue
            loaded = load_template(path, f"{Path(config.docs_dir).name}/{file.src_uri}")
            originals[loaded.template.id] = loaded
        language = current_language(config)
        for template_id, loaded in originals.items():
            found = translations.pop(template_id, {})
            for lang, path in found.items():
                translated = load_translation(loaded, path, self._name(config, path))
                if lang == language:
                    loaded = translated
            if language != DEFAULT and language not in found:
                raise PluginError(
                    f"{self._name(config, loaded.source)}: mangler oversettelse til {language} "
                    f"({self.config.folder}/{template_id}.{language}.yml)."
                )
            self.templates[template_id] = loaded
        for stem, found in translations.items():
            path = next(iter(found.values()))
            raise PluginError(f"{self._name(config, path)}: det finnes ingen planmal «{stem}».")
        return files

    @staticmethod
    def _name(config: MkDocsConfig, path: Path) -> str:
        return f"{Path(config.docs_dir).name}/{path.relative_to(config.docs_dir).as_posix()}"

    def on_page_markdown(self, markdown: str, *, page: Page, **kwargs: object) -> str | None:
        loaded = self._loaded_for(page)
        if loaded is None:
            return None
        page.meta["template"] = self.config.page_template
        # The overview of the plan's sections takes the place of Material's table of contents,
        # which would be empty: the form's headings are not in the Markdown.
        page.meta["hide"] = [*page.meta.get("hide", []), "toc"]
        template = loaded.template
        page.meta.setdefault("description", description(template))
        return f"# {template.title}\n\n{template.intro}\n\n{markdown}"

    def on_page_content(self, html: str, *, page: Page, **kwargs: object) -> str | None:
        loaded = self._loaded_for(page)
        if loaded is None:
            return None
        template = loaded.template
        language = template.language
        return (
            error_summary(language)
            + html
            + status(language)
            + '<div class="plan-layout">'
            + overview(template)
            + render_form(template)
            # The bar floats while the form is on screen; where the actions start, it stays
            # behind (they have the same buttons), so it never covers them.
            + bar(language)
            + "</div>"
            + review(language)
            + actions(template)
            + page_data(loaded.data, language)
        )

    def _loaded_for(self, page: Page) -> LoadedTemplate | None:
        if not self.config.enabled or META_KEY not in page.meta:
            return None
        name = page.meta[META_KEY]
        if name not in self.templates:
            known = ", ".join(sorted(self.templates)) or "ingen"
            raise PluginError(
                f"{page.file.src_uri}: {META_KEY}: «{name}» finnes ikke (planmaler: {known})."
            )
        return self.templates[name]
