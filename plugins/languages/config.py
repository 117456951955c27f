"""Options of the languages plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class LanguagesConfig(Config):
    enabled = c.Type(bool, default=True)
