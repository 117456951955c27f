"""Options of the no-referrer plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class NoReferrerConfig(Config):
    enabled = c.Type(bool, default=True)
    rel = c.ListOfItems(c.Type(str), default=["noreferrer", "noopener"])
    """Added to the rel of every link to another host."""
