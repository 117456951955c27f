"""Options of the CSP plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

# No connect-src: with every directive falling back to default-src 'none', the browser itself
# refuses any fetch, XHR, WebSocket or beacon, so nothing typed can leave the device. The
# Pyodide loader fetches nothing (see plan-runtime.js); 'wasm-unsafe-eval' lets it compile.
DEFAULT_POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
}


class CspConfig(Config):
    enabled = c.Type(bool, default=True)
    meta_key = c.Type(str, default="plan_template")
    """Pages whose front matter has this key get the policy."""
    policy = c.Type(dict, default=DEFAULT_POLICY)
    style_constants = c.Type(list, default=[])
    """'module:NAME' strings: inline styles (e.g. of a generated document shown in a frame)
    whose hashes are allowed in style-src."""
