"""Write the site's plan templates as JSON for the test run inside Pyodide.

Pyodide has no PyYAML; the browser gets the templates as JSON too (embedded in the plan pages).
Usage: python -m tests.pyodide.export_templates <folder>
"""

import json
import sys
from pathlib import Path

from tests.py_widgets.real_templates import IDS, data

LANGUAGES = {"nb": "", "nn": ".nn"}


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for template_id in IDS:
        for language, suffix in LANGUAGES.items():
            text = json.dumps(data(template_id, language))
            (target / f"{template_id}{suffix}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
