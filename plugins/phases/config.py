"""Options of the phases plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class PhasesConfig(Config):
    enabled = c.Type(bool, default=True)
    data_file = c.Type(str, default="docs/data/phases.yml")
    """The phase data, relative to mkdocs.yml."""
    overview_marker = c.Type(str, default="<!-- faseoversikt -->")
    """A line in a page's Markdown that the overview of all phases replaces."""
