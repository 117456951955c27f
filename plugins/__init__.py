"""MkDocs build-time code for the site: one folder per build concern."""
