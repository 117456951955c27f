"""The offline bundle's name: the project's distribution name and version (pyproject.toml)."""

from importlib.metadata import version

DISTRIBUTION = "fra-krisesenter-til-egen-bolig"


def bundle_stem(name: str = DISTRIBUTION) -> str:
    """The zip's name without .zip, and its top folder: 'fra-krisesenter-til-egen-bolig-0.1.0'."""
    return f"{name}-{version(DISTRIBUTION)}"
