"""Serve the site's own scripts and stylesheets minified, and the ones every page loads
(extra_css, extra_javascript) as one stylesheet and one script: fewer bytes and requests. The
pages themselves lose the templates' indentation (a fifth of their size before gzip)."""

from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..order import JOIN_OWN_ASSETS
from .config import OwnAssetsConfig
from .minify import compact_html, join, minify


class OwnAssetsPlugin(BasePlugin[OwnAssetsConfig]):
    def __init__(self) -> None:
        self.css: list[str] = []
        self.js: list[str] = []
        self.docs_dir = Path()

    @event_priority(JOIN_OWN_ASSETS)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        self.docs_dir = Path(config.docs_dir)
        # The nynorsk build (mkdocs-static-i18n) runs again with this config, already joined.
        if [str(path) for path in config.extra_css] != [self.config.joined_css]:
            self.css = [str(path) for path in config.extra_css]
        if [str(script) for script in config.extra_javascript] != [self.config.joined_js]:
            self.js = [str(script) for script in config.extra_javascript]
        config.extra_css = [self.config.joined_css] if self.css else []
        config.extra_javascript = [self.config.joined_js] if self.js else []
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        for target, sources in (
            (self.config.joined_css, self.css),
            (self.config.joined_js, self.js),
        ):
            if sources:
                parts = [minify(src, _text(files, src)) for src in sources]
                files.append(File.generated(config, target, content=join(target, parts)))
        for file in [f for f in files if self._is_own(f)]:
            files.remove(file)
            if file.src_uri not in self.css + self.js:
                minified = minify(file.src_uri, _text(files, file.src_uri, file))
                files.append(File.generated(config, file.src_uri, content=minified))
        return files

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled or not self.config.compact_pages:
            return None
        return compact_html(output)

    def on_post_template(
        self, output_content: str, /, *, template_name: str, config: MkDocsConfig
    ) -> str | None:
        # Static templates: 404.html is a page too; sitemap.xml and the like are not.
        if not self.config.enabled or not self.config.compact_pages:
            return None
        return compact_html(output_content) if template_name.endswith(".html") else None

    def _is_own(self, file: File) -> bool:
        path = PurePosixPath(file.src_uri)
        return (
            file.generated_by is None
            and file.abs_src_path is not None
            and Path(file.abs_src_path).is_relative_to(self.docs_dir.resolve())
            and str(path.parent) in self.config.folders
            and path.suffix in {".js", ".css"}
        )


def _text(files: Files, src_uri: str, file: File | None = None) -> str:
    found = file or files.get_file_from_path(src_uri)
    if found is None or found.abs_src_path is None:
        raise PluginError(f"{src_uri} finnes ikke i docs/ (nevnt i mkdocs.yml)")
    with open(found.abs_src_path, encoding="utf-8") as source:
        return source.read()
