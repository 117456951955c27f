"""Serve the offline plugin's iframe-worker shim from the site itself, and fail the build when
any built page, stylesheet or script would load something from another host.

The shim is Material's offline plugin's: it runs the search worker from file://. Only the
offline bundle turns that plugin on (`make bundle`); over http the site loads no shim.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from ..order import AUDIT_SITE, SHIM_BEFORE_MATERIAL_OFFLINE
from .config import SelfHostedConfig
from .external import find_remote_loads
from .prune import is_unused_theme_file, needed_lunr_files, search_languages

_KEEP_NATIVE_WORKER = "window.krisesenterNativeWorker=window.Worker;\n"


class SelfHostedPlugin(BasePlugin[SelfHostedConfig]):
    # Before Material's offline plugin, which adds an unpkg.com script unless a polyfill
    # named "iframe-worker" is already there.
    @event_priority(SHIM_BEFORE_MATERIAL_OFFLINE)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled or not _offline_plugin_on(config):
            return None
        polyfills = config.extra.setdefault("polyfills", [])
        if self.config.shim_dest not in polyfills:
            polyfills.append(self.config.shim_dest)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        if _offline_plugin_on(config):
            shim = Path(self.config.node_modules) / self.config.iframe_worker_shim
            if not shim.is_file():
                raise PluginError(f"{shim} mangler: kjør 'npm ci' (eller 'make setup') først.")
            # On file:// the shim replaces window.Worker; the plan pages' Python needs the real one.
            content = _KEEP_NATIVE_WORKER + shim.read_text(encoding="utf-8")
            files.append(File.generated(config, self.config.shim_dest, content=content))
        if self.config.prune:
            keep = needed_lunr_files(search_languages(config))
            for file in [f for f in files if is_unused_theme_file(f.src_uri, keep)]:
                files.remove(file)
        return files

    @event_priority(AUDIT_SITE)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        site = Path(config.site_dir)
        offenders = list(find_remote_loads(site, self.config.never_loaded))
        if offenders:
            lines = "\n".join(f"  {path}: {url}" for path, url in offenders[:20])
            raise PluginError(f"Bygget laster ressurser fra andre verter:\n{lines}")


def _offline_plugin_on(config: MkDocsConfig) -> bool:
    """Whether Material's offline plugin is on, the one that needs the shim."""
    plugin = config.plugins.get("material/offline")
    return plugin is not None and bool(plugin.config.enabled)
