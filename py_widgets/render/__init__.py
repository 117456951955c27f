"""One module per document format; agreement.py holds what they all show (built by extract.py),
layout.py the fixed words and table layout they share."""
