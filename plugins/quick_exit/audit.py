"""Find built pages that lack the quick exit (whatever the template or plugin that built them)."""

from collections.abc import Iterator
from pathlib import Path

# The component's root element (overrides/partials/quick-exit.html).
MARKER = "data-krs-exit-root"


def pages_without_quick_exit(site_dir: Path) -> Iterator[Path]:
    """Every HTML file in site_dir without the quick-exit component, relative to site_dir."""
    for path in sorted(site_dir.rglob("*.html")):
        if MARKER not in path.read_text(encoding="utf-8"):
            yield path.relative_to(site_dir)
