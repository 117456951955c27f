"""Options of the own-assets plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class OwnAssetsConfig(Config):
    enabled = c.Type(bool, default=True)
    folders = c.ListOfItems(c.Type(str), default=["assets/javascripts", "assets/stylesheets"])
    """Folders of docs/ whose .js and .css files are ours (the others come from npm or Material)."""
    joined_css = c.Type(str, default="assets/stylesheets/site.css")
    """One file for every stylesheet under extra_css."""
    joined_js = c.Type(str, default="assets/javascripts/site.js")
    """One file for every script under extra_javascript."""
    compact_pages = c.Type(bool, default=True)
    """Pages without the templates' indentation and blank lines (they render the same)."""
