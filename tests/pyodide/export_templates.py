"""Write the site's plan templates as JSON for the test run inside Pyodide.

Pyodide has no PyYAML; the browser gets the templates as JSON too (embedded in the plan pages).
Usage: python -m tests.pyodide.export_templates <folder>
"""

import json
import sys
from pathlib import Path

import yaml

from tests.py_widgets.real_templates import FOLDER, IDS


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for template_id in IDS:
        data = yaml.safe_load((FOLDER / f"{template_id}.yml").read_text(encoding="utf-8"))
        (target / f"{template_id}.json").write_text(json.dumps(data), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
