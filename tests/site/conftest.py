"""Helpers for tests that read the built site."""

from pathlib import Path

import pytest

from plugins.phases.data import PhaseData, load_phases
from tests.support.html import Node, parse_file
from tests.support.site import ROOT


@pytest.fixture(scope="session")
def phase_data() -> PhaseData:
    return load_phases(ROOT / "docs/data/phases.yml")


@pytest.fixture
def article(site_dir: Path):
    """Function that parses a built page and returns its <article> (the page's own content)."""

    def read(page: str) -> Node:
        return parse_file(site_dir / page).find("article")

    return read
