"""The offline zip: one top folder, the staff text, reproducible bytes."""

import tomllib
import zipfile
from importlib.metadata import version
from pathlib import Path

from plugins.offline_bundle.archive import write_zip
from plugins.offline_bundle.naming import DISTRIBUTION, bundle_stem
from tests.support.site import ROOT


def test_zip_has_one_top_folder_and_leaves_out_what_is_asked(tmp_path: Path):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "index.html").write_text("<h1>Hei</h1>")
    (site / "assets" / "a.js").write_text("1")
    (site / "sitemap.xml").write_text("<urlset/>")
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    write_zip(site, first, "pakke-1.0", {"sitemap.xml"})
    write_zip(site, second, "pakke-1.0", {"sitemap.xml"})
    assert first.read_bytes() == second.read_bytes()
    assert zipfile.ZipFile(first).namelist() == ["pakke-1.0/assets/a.js", "pakke-1.0/index.html"]


def test_the_bundle_is_named_after_the_project():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text)["project"]["name"] == DISTRIBUTION
    assert bundle_stem() == f"{DISTRIBUTION}-{version(DISTRIBUTION)}"
