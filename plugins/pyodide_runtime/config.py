"""Options of the Pyodide runtime plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class PyodideRuntimeConfig(Config):
    enabled = c.Type(bool, default=True)
    node_modules = c.Dir(exists=False, default="node_modules")
    """Where `npm ci` put the pinned `pyodide` package."""
    dest = c.Type(str, default="assets/pyodide")
    """Folder of the built site that receives the runtime files."""
    package = c.Dir(exists=True, default="py_widgets")
    """The pure-Python package the plan pages import."""
    cache_dir = c.Type(str, default=".cache/pyodide-runtime")
    """Where the compressed runtime is kept between builds (it only changes with Pyodide)."""
    offline = c.Type(bool, default=False)
    """The offline bundle: the runtime only as scripts of data (a page opened from disk can load
    nothing else). Off, the site also holds the runtime as plain files, which the worker fetches
    over http(s): the browser caches them, and the compiled WebAssembly with them."""
