"""Package the built site as a zip that a shelter unzips and opens from disk."""
