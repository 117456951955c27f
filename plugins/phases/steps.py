"""Number a phase page's steps: its level-2 headings, which must match the steps in the data."""

import re
from collections.abc import Sequence
from itertools import count

from .data import PhaseDataError

_STEP_HEADING = re.compile(r"^## +(?P<title>.+?)(?: +#+)? *$", re.MULTILINE)


def number_steps(markdown: str, steps: Sequence[str]) -> str:
    """`markdown` with "## Tittel" made "## 1. Tittel"; raises if the headings are not `steps`."""
    found = [match["title"] for match in _STEP_HEADING.finditer(markdown)]
    if found != list(steps):
        raise PhaseDataError(
            "overskriftene på nivå 2 (## …) må være stegene i fasedataene, i samme rekkefølge.\n"
            f"  På siden:    {found}\n  I fasedataene: {list(steps)}"
        )
    numbers = count(1)
    return _STEP_HEADING.sub(lambda match: f"## {next(numbers)}. {match['title']}", markdown)
