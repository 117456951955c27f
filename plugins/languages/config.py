"""Options of the languages plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class LanguagesConfig(Config):
    enabled = c.Type(bool, default=True)
    search_per_language = c.Type(bool, default=True)
    """Each language searches only its own pages: the default language's index stays at
    search/, every other language's goes to <locale>/search/, and its pages load that one."""
