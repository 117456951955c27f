"""Options of the offline bundle plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from .naming import DISTRIBUTION


class OfflineBundleConfig(Config):
    enabled = c.Type(bool, default=False)
    """Off for `make site`; `make bundle` turns it on (BUNDLE=true)."""
    name = c.Type(str, default=DISTRIBUTION)
    """Start of the zip's name and of its top folder; the version follows."""
    dist_dir = c.Type(str, default="dist")
    """Where the folder and the zip go (mkdocs.yml may take it from BUNDLE_DIST)."""
    readme = c.File(exists=True, default="plugins/offline_bundle/LES-MEG.txt")
    """Plain-language text for staff, placed beside index.html."""
    leave_out = c.ListOfItems(c.Type(str), default=["sitemap.xml", "sitemap.xml.gz", "404.html"])
    """Files of the built site that have no use from disk (no server sends a 404 page there,
    and its links are absolute, made for a server)."""
