"""Options of the deployment plugin (its facts live under `extra:`, where editors look)."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class DeploymentConfig(Config):
    enabled = c.Type(bool, default=True)
