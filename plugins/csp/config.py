"""Options of the CSP plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from ..plan_templates.plugin import META_KEY
from ..self_hosted.config import IFRAME_WORKER_SHIM

# Every directive not named falls back to default-src 'none'. The Pyodide loader fetches nothing
# (see plan-runtime.js); 'wasm-unsafe-eval' lets it compile the runtime, and worker-src blob:
# lets it run Python in a worker made from the site's own scripts (a blob inherits this policy).
DEFAULT_POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "worker-src": ["'self'", "blob:"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
}


class CspConfig(Config):
    enabled = c.Type(bool, default=True)
    meta_key = c.Type(str, default=META_KEY)
    """Pages whose front matter has this key get the policy."""
    policy = c.DictOfItems(c.ListOfItems(c.Type(str)), default=DEFAULT_POLICY)
    offline = c.Type(bool, default=False)
    """For the offline bundle: no connect-src at all, so the browser itself refuses every fetch,
    XHR, WebSocket and beacon. Over http, connect-src 'self' lets Material's search load its
    index from the site."""
    iframe_worker_shim = c.Type(str, default=f"node_modules/{IFRAME_WORKER_SHIM}")
    """Material's shim for search from file://; offline, the script it writes into its frame is
    allowed."""
    style_constants = c.ListOfItems(c.Type(str), default=[])
    """'module:NAME' strings: inline styles (e.g. of a generated document shown in a frame)
    whose hashes are allowed in style-src."""
