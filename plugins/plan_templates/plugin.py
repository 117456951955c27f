"""Check every plan template when the site is built, keep the parsed templates for the plugins
and pages that use them, and leave the .yml source files out of the built site."""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from .config import PlanTemplatesConfig
from .loader import LoadedTemplate, load_template


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
