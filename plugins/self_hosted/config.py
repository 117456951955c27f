"""Options of the self-hosted plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

# URLs that occur as strings in vendored scripts but are never requested by this site,
# each with the reason. Any other http(s) URL in a built script fails the build.
NEVER_LOADED = {
    "https://api.github.com/": "Material: repository facts, only with repo_url (not set).",
    "https://${e}/api/v4/": "Material: GitLab repository facts, only with repo_url (not set).",
    "https://unpkg.com/mermaid@": "Material: only for Mermaid diagrams (none; checked in HTML).",
    "https://unpkg.com/resize-observer-polyfill": "Material: only without ResizeObserver.",
    "https://bit.ly/": "Text of a console warning in the search worker.",
    "https://cdn.jsdelivr.net/pyodide/": "Pyodide: package fallback used only under Node.",
    "https://${t}": "Pyodide: socket emulation, only when Python opens a socket (ours never do).",
    "http://www.w3.org/": "XML namespace names, not requests.",
}


# Material's shim for search from file://, in its npm package (relative to node_modules).
IFRAME_WORKER_SHIM = "iframe-worker/shim/index.js"


class SelfHostedConfig(Config):
    enabled = c.Type(bool, default=True)
    node_modules = c.Dir(exists=False, default="node_modules")
    """Where `npm ci` put the pinned front-end packages."""
    iframe_worker_shim = c.Type(str, default=IFRAME_WORKER_SHIM)
    """The shim the offline plugin needs for search from file://, relative to node_modules."""
    shim_dest = c.Type(str, default="assets/javascripts/iframe-worker-shim.js")
    never_loaded = c.DictOfItems(c.Type(str), default=NEVER_LOADED)
    prune = c.Type(bool, default=True)
    """Leave out theme files no page loads: other search languages and source maps."""
