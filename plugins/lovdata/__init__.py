"""Markdown extension: legal references like `[[krisesenterloven § 4]]` become Lovdata links."""
