"""Give pages that run the plan builder a strict Content-Security-Policy <meta> element."""

import html
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page

from ..order import HASH_FINAL_HTML
from .config import CspConfig
from .hashes import constant_hash, inline_hashes, source_hash
from .iframe_worker import frame_script, search_worker_url

_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.IGNORECASE)


class CspPlugin(BasePlugin[CspConfig]):
    @event_priority(HASH_FINAL_HTML)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled or self.config.meta_key not in page.meta:
            return None
        meta = f'<meta http-equiv="Content-Security-Policy" content="{self.policy_for(output)}">'
        # Right after <meta charset>, before any script or style the policy must cover.
        return _CHARSET.sub(lambda match: match.group(0) + meta, output, count=1)

    def policy_for(self, output: str) -> str:
        """The policy text for a page: the configured sources plus the page's inline hashes."""
        scripts, styles = inline_hashes(output)
        worker = search_worker_url(output)
        if worker:
            shim = Path(self.config.iframe_worker_shim).read_text(encoding="utf-8")
            scripts.append(source_hash(frame_script(shim, worker)))
        styles += [constant_hash(ref) for ref in self.config.style_constants]
        policy = {name: list(sources) for name, sources in self.config.policy.items()}
        if not self.config.offline:
            policy.setdefault("connect-src", ["'self'"])
        policy.setdefault("script-src", []).extend(scripts)
        policy.setdefault("style-src", []).extend(styles)
        text = "; ".join(f"{name} {' '.join(sources)}" for name, sources in policy.items())
        return html.escape(text, quote=True)
