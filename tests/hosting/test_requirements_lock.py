"""requirements.lock pins every Python package with the hashes of its files (`make lock`), and
setup refuses anything else (`pip install --require-hashes`)."""

import re

from tests.support.site import ROOT

REQUIREMENT = re.compile(
    r"^([A-Za-z0-9_.-]+)==(\S+)((?:\s*\\\n\s+--hash=sha256:[0-9a-f]{64})+)", re.M
)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_package_is_pinned_with_hashes():
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    pinned = {_normal(name): version for name, version, _ in REQUIREMENT.findall(text)}
    assert len(pinned) == len(lines) > 30  # no line without hashes
    wanted = (ROOT / "requirements.in").read_text(encoding="utf-8")
    for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", wanted, re.M):
        assert pinned[_normal(name)] == version, name


def test_setup_installs_only_what_the_hashes_allow():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "-r requirements.lock" in line]
    assert installs and all("--require-hashes" in line for line in installs)
