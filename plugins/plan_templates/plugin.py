"""Check every plan template when the site is built, leave the .yml source files out of the
built site, and turn each page that names a template (front matter `plan_template: <id>`) into
that template's plan builder: heading, form, actions and the data its script needs."""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .config import PlanTemplatesConfig
from .form import render_form
from .loader import LoadedTemplate, load_template
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
        for file in sorted(sources, key=lambda f: f.src_uri):
            name = f"{Path(config.docs_dir).name}/{file.src_uri}"
            loaded = load_template(Path(file.abs_src_path or ""), name)
            self.templates[loaded.template.id] = loaded
            files.remove(file)
        return files

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
        return (
            error_summary()
            + html
            + status()
            + '<div class="plan-layout">'
            + overview(template)
            + render_form(template)
            # The bar floats while the form is on screen; where the actions start, it stays
            # behind (they have the same buttons), so it never covers them.
            + bar()
            + "</div>"
            + review()
            + actions(template)
            + page_data(loaded.data)
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
