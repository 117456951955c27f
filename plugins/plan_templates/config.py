"""Options of the plan-templates plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class PlanTemplatesConfig(Config):
    enabled = c.Type(bool, default=True)
    folder = c.Type(str, default="planmaler")
    """Where the templates live, relative to docs_dir; every *.yml file there is a template."""
    page_template = c.Type(str, default="plan.html")
    """Theme template for plan pages: it adds the Pyodide runtime and the plan builder."""
