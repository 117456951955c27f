"""One module per document format; outline.py holds what they all show."""
