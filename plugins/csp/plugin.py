"""A strict Content-Security-Policy for every page: a <meta> element on the pages that run the
plan builder, and HTTP headers for the hosts (`_headers`, nginx) on every page."""

import html
import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page

from plugins.languages.current import building_other_languages

from ..order import HASH_FINAL_HTML, WRITE_HOST_FILES
from . import hosting
from .config import CspConfig
from .hashes import constant_hash, inline_hashes, source_hash
from .iframe_worker import frame_script, search_worker_url

_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.IGNORECASE)
# Only the plan builder compiles WebAssembly; reading pages do without.
_WASM = "'wasm-unsafe-eval'"
log = logging.getLogger(f"mkdocs.plugins.{__name__}")


class CspPlugin(BasePlugin[CspConfig]):
    def __init__(self) -> None:
        self.header_policies: dict[str, str] = {}
        self.preview = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `mkdocs serve` (make preview) injects its live-reload script into every page it serves;
        # the preview gets no policy, and writes no hosting files. The built site is unchanged.
        self.preview = command == "serve"

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # The other languages are built inside the first build: keep the first one's policies.
        if not building_other_languages(config):
            self.header_policies = {}

    @event_priority(HASH_FINAL_HTML)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        return self._secure(output, page.file.url, plan_page=self.config.meta_key in page.meta)

    @event_priority(HASH_FINAL_HTML)
    def on_post_template(
        self, output_content: str, /, *, template_name: str, config: MkDocsConfig
    ) -> str | None:
        # Static templates: 404.html is a page too; sitemap.xml and the like are not.
        if not template_name.endswith(".html"):
            return None
        return self._secure(output_content, template_name, plan_page=False)

    def _secure(self, output: str, url: str, *, plan_page: bool) -> str | None:
        if not self.config.enabled or self.preview:
            return None
        policy = self.policy_for(output, plan_page=plan_page)
        self.header_policies[url] = hosting.header_policy(policy)
        if not plan_page:
            return None
        meta = f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">'
        # Right after <meta charset>, before any script or style the policy must cover.
        return _CHARSET.sub(lambda match: match.group(0) + meta, output, count=1)

    @event_priority(WRITE_HOST_FILES)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # The offline bundle is opened from disk: no host reads these files.
        if (
            not self.config.enabled
            or self.preview
            or self.config.offline
            or building_other_languages(config)
        ):
            return
        site = Path(config.site_dir)
        (site / "_headers").write_text(hosting.headers_file(self.header_policies), "utf-8")
        nginx = hosting.nginx_dir(site)
        nginx.mkdir(exist_ok=True)
        (nginx / "krisesenter-http.conf").write_text(
            hosting.nginx_http_conf(self.header_policies), "utf-8"
        )
        (nginx / "krisesenter-headers.conf").write_text(hosting.nginx_server_conf(), "utf-8")
        log.info(f"Headere for vertene: {site / '_headers'} og {nginx}/")

    def policy_for(self, output: str, *, plan_page: bool = True) -> str:
        """The policy text for a page: the configured sources plus the page's inline hashes."""
        scripts, styles = inline_hashes(output)
        worker = search_worker_url(output)
        # Only the offline bundle loads the iframe-worker shim (see plugins/self_hosted).
        if worker and self.config.offline:
            shim = Path(self.config.iframe_worker_shim).read_text(encoding="utf-8")
            scripts.append(source_hash(frame_script(shim, worker)))
        if plan_page:
            styles += [constant_hash(ref) for ref in self.config.style_constants]
        policy = {name: list(sources) for name, sources in self.config.policy.items()}
        if not self.config.offline:
            policy.setdefault("connect-src", ["'self'"])
        if not plan_page:
            policy["script-src"] = [s for s in policy.get("script-src", []) if s != _WASM]
        policy.setdefault("script-src", []).extend(scripts)
        policy.setdefault("style-src", []).extend(styles)
        return "; ".join(f"{name} {' '.join(sources)}" for name, sources in policy.items())
