"""Per-deployment facts from mkdocs.yml `extra:`: who publishes the site, and the local shelter."""
