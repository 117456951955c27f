"""Every built page sends no Referer to other sites: a `no-referrer` policy in <head> (which
also covers quick exit's location.replace) and rel="noreferrer noopener" on external links."""

from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page

from .config import NoReferrerConfig
from .rewrite import add_referrer_meta, add_rel_to_external_links


class NoReferrerPlugin(BasePlugin[NoReferrerConfig]):
    # Last, so links that other plugins or templates add are covered too.
    @event_priority(-100)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled:
            return None
        return self._rewrite(output, config)

    @event_priority(-100)
    def on_post_template(
        self, output_content: str, /, *, template_name: str, config: MkDocsConfig
    ) -> str | None:
        # Static templates such as 404.html; sitemap.xml and the like are not pages.
        if not self.config.enabled or not template_name.endswith(".html"):
            return None
        return self._rewrite(output_content, config)

    def _rewrite(self, html: str, config: MkDocsConfig) -> str:
        own_hosts = [urlsplit(config.site_url).hostname or ""] if config.site_url else []
        html = add_rel_to_external_links(html, own_hosts, self.config.rel)
        return add_referrer_meta(html)
