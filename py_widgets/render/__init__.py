"""One module per document format; agreement.py holds what they all show (built by extract.py),
labels.py the fixed words they share."""
