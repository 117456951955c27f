"""The build refuses remote loads and ships the iframe-worker shim itself, in the offline
bundle only."""

from pathlib import Path

import pytest

from plugins.self_hosted.external import (
    remote_loads_in_css,
    remote_loads_in_html,
    remote_urls_in_script,
)
from tests.support.site import ROOT, build_site_from

SHIM = "assets/javascripts/iframe-worker-shim.js"


def test_html_loads_from_other_hosts_are_found():
    html = """
      <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">
      <link rel="preconnect" href="https://fonts.gstatic.com">
      <script src="//unpkg.com/x.js"></script>
      <img srcset="/a.png 1x, https://cdn.example/b.png 2x">
      <div style="background: url('https://evil.example/t.gif')"></div>
      <style>@import "https://cdn.example/a.css";</style>
      <pre class="mermaid">graph</pre>
      <meta http-equiv="refresh" content="0; url=https://elsewhere.example/">
      <script>fetch("https://collect.example/p")</script>
      <script type="application/json">{"help": "https://lovdata.no/"}</script>
      <a href="https://lovdata.no/lov/2009-06-19-44">Lovdata</a>
      <link rel="canonical" href="https://example.org/">
      <script src="assets/local.js"></script>
    """
    found = remote_loads_in_html(html)
    assert found[:6] == [
        "https://fonts.googleapis.com/css?family=Roboto",
        "https://fonts.gstatic.com",
        "//unpkg.com/x.js",
        "https://cdn.example/b.png",
        "https://evil.example/t.gif",
        "https://cdn.example/a.css",
    ]
    assert "mermaid" in found[6]
    assert found[7] == "https://elsewhere.example/"
    assert found[8] == "https://collect.example/p"
    assert len(found) == 9  # links to read elsewhere are fine


def test_css_and_script_urls():
    assert remote_loads_in_css("a{background:url(https://x.example/i.png)}") == [
        "https://x.example/i.png"
    ]
    script = '/*! licence http://lunrjs.com */ fetch("https://tracker.example/p"); "https://ok/x"'
    assert remote_urls_in_script(script, ["https://ok/"]) == ["https://tracker.example/p"]


def test_built_site_has_no_remote_loads_and_over_http_no_shim(site_dir: Path):
    index = (site_dir / "index.html").read_text(encoding="utf-8")
    assert not (site_dir / SHIM).exists()
    assert "iframe-worker" not in index
    assert "unpkg.com" not in index
    assert "fonts.googleapis.com" not in index
    assert not list(site_dir.rglob("*.map"))
    assert not (site_dir / "assets/javascripts/lunr/min/lunr.de.min.js").exists()


def test_with_materials_offline_plugin_the_shim_is_self_hosted(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Test\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\n  font: false\nplugins:\n  - offline\n"
        f"  - krisesenter/self-hosted:\n      node_modules: {ROOT / 'node_modules'}\n",
        encoding="utf-8",
    )
    build_site_from(tmp_path / "mkdocs.yml", tmp_path / "site")
    index = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert f'src="{SHIM}"' in index
    assert "unpkg.com" not in index
    assert "window.krisesenterNativeWorker" in (tmp_path / "site" / SHIM).read_text("utf-8")


def test_build_fails_when_a_page_loads_from_another_host(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text(
        '# Test\n\n<script src="https://cdn.example/track.js"></script>\n', encoding="utf-8"
    )
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\n  font: false\nplugins:\n"
        f"  - krisesenter/self-hosted:\n      node_modules: {ROOT / 'node_modules'}\n",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match=r"cdn\.example/track\.js"):
        build_site_from(tmp_path / "mkdocs.yml", tmp_path / "site")
