"""The build fails before it packages anything, and the plugins' shared events run in order."""

import ast
from pathlib import Path

import pytest

from plugins import order
from tests.support.site import ROOT, build_site_from

PLUGINS = ROOT / "plugins"


def _bundle_site(tmp_path: Path, page: str) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(page, encoding="utf-8")
    (docs / "trygg-bruk.md").write_text("# Trygg bruk\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Test\nuse_directory_urls: false\n"
        "theme:\n  name: material\n  font: false\n  language: nb\n"
        f"  custom_dir: {ROOT / 'overrides'}\n"
        "plugins:\n  - offline\n  - krisesenter/quick-exit\n"
        f"  - krisesenter/self-hosted:\n      node_modules: {ROOT / 'node_modules'}\n"
        "  - krisesenter/offline-bundle:\n      enabled: true\n"
        f"      dist_dir: {tmp_path / 'dist'}\n"
        f"      readme: {ROOT / 'plugins/offline_bundle/LES-MEG.txt'}\n",
        encoding="utf-8",
    )
    return config


def test_a_clean_site_is_packaged(tmp_path: Path):
    build_site_from(_bundle_site(tmp_path, "# Hei\n"), tmp_path / "site")
    assert list((tmp_path / "dist").glob("*.zip"))


def test_a_site_that_fails_the_audit_is_never_packaged(tmp_path: Path):
    page = '# Hei\n\n<img src="https://cdn.example/bilde.png" alt="">\n'
    with pytest.raises(AssertionError, match="andre verter"):
        build_site_from(_bundle_site(tmp_path, page), tmp_path / "site")
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())


def _priorities(event: str) -> dict[str, str]:
    """{plugin folder: priority name} for every plugin method named event."""
    found = {}
    for path in PLUGINS.glob("*/plugin.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == event:
                for decorator in node.decorator_list:
                    assert isinstance(decorator, ast.Call), (path, event)
                    argument = decorator.args[0]
                    assert isinstance(argument, ast.Name), f"{path}: priority from plugins.order"
                    found[path.parent.name] = argument.id
    return found


def test_priorities_come_from_the_one_table():
    assert _priorities("on_config") == {
        "self_hosted": "SHIM_BEFORE_MATERIAL_OFFLINE",
        "own_assets": "JOIN_OWN_ASSETS",
    }
    post_build = _priorities("on_post_build")
    assert post_build["self_hosted"] == post_build["quick_exit"] == "AUDIT_SITE"
    assert post_build["offline_bundle"] == "PACKAGE_SITE"
    assert post_build["languages"] == "SPLIT_SEARCH_INDEX"
    assert order.SHIM_BEFORE_MATERIAL_OFFLINE > 0 > order.JOIN_OWN_ASSETS
    assert order.PACKAGE_SITE < order.AUDIT_SITE < 0
    # After mkdocs-static-i18n and Material's offline plugin (both -100) wrote the joined index.
    assert order.AUDIT_SITE < order.SPLIT_SEARCH_INDEX < -100
