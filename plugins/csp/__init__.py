"""Content-Security-Policy for the pages that run the plan builder."""
