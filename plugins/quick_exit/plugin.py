"""Give every template the quick-exit settings (`quick_exit.url`, `.safe_use_url`, `.texts`),
and fail the build if any built page lacks the quick exit.

The markup lives in overrides/partials/quick-exit.html, the behaviour in
docs/assets/javascripts/quick-exit.js; this plugin validates and hands over the settings.
"""

from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from plugins.languages.current import current_language

from ..order import AUDIT_SITE
from .audit import pages_without_quick_exit
from .config import QuickExitConfig


class QuickExitPlugin(BasePlugin[QuickExitConfig]):
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        if not self.config.enabled:
            return env
        safe_use = files.get_file_from_path(self.config.safe_use_page)
        if safe_use is None:
            raise PluginError(
                f"quick-exit: safe_use_page '{self.config.safe_use_page}' finnes ikke i docs/."
            )
        env.globals["quick_exit"] = {
            "url": self.config.url,
            "safe_use_url": safe_use.url,
            "texts": dict(
                self.config.nn_texts if current_language(config) == "nn" else self.config.texts
            ),
        }
        return env

    @event_priority(AUDIT_SITE)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        missing = list(pages_without_quick_exit(Path(config.site_dir)))
        if missing:
            pages = "\n".join(f"  {path}" for path in missing[:20])
            raise PluginError(f"Sider uten «Forlat siden»-knappen:\n{pages}")
