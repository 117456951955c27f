"""Our own scripts and stylesheets are served minified; the ones on every page as one file each.
Pages lose the templates' indentation, and nothing else."""

import re
from pathlib import Path

from plugins.own_assets.minify import compact_html, join, minify
from tests.support.site import ROOT


def test_minify_drops_comments_and_space_but_keeps_strings():
    script = '/* why */\n(() => {\n  // note\n  const url = "http://x/*y*/";\n})();\n'
    assert minify("a.js", script) == '(()=>{const url="http://x/*y*/";})();'
    assert minify("a.css", "/* why */\n.a {\n  color: red;\n}\n") == ".a{color:red}"


def test_joined_scripts_cannot_run_into_each_other():
    assert join("site.js", ["(()=>{})()", "(()=>{})()"]) == "(()=>{})();\n(()=>{})()\n"


def test_every_page_loads_one_own_stylesheet_and_one_own_script(site_dir: Path):
    index = (site_dir / "index.html").read_text(encoding="utf-8")
    assert index.count('href="assets/stylesheets/site.css"') == 1
    assert index.count('src="assets/javascripts/site.js"') == 1
    joined = (site_dir / "assets/javascripts/site.js").read_text(encoding="utf-8")
    assert "krisesenter:exit" in joined  # the quick exit is in it
    assert "/*" not in joined
    css = (site_dir / "assets/stylesheets/site.css").read_text(encoding="utf-8")
    assert "@media print" in css and ".krs-exit" in css
    for own in ("quick-exit.js", "drawer.js", "search-input.js"):
        assert not (site_dir / "assets/javascripts" / own).exists()  # only inside site.js


def test_plan_page_files_are_minified_in_place(site_dir: Path):
    built = (site_dir / "assets/javascripts/plan-core.js").read_text(encoding="utf-8")
    source = (ROOT / "docs/assets/javascripts/plan-core.js").read_text(encoding="utf-8")
    assert len(built) < len(source) * 0.8
    assert "/*" not in built


def test_pages_lose_the_templates_indentation_but_nothing_that_shows():
    page = (
        '\n<ul>\n  <li>\n    <a href="#">Fase 1</a>\n  </li>\n</ul>\n\n'
        "  <pre>\n  a\n    b\n</pre>\n"
        "  <script>\n  if (a)\n    b()\n</script>\n"
        "  <p>to\n   ord <code>x\n  y</code> <textarea>\n  z</textarea>\n  </p>\n"
    )
    assert compact_html(page) == (
        '\n<ul>\n<li>\n<a href="#">Fase 1</a>\n</li>\n</ul>\n<pre>\n  a\n    b\n</pre>\n'
        "<script>\n  if (a)\n    b()\n</script>\n"
        "<p>to\n   ord <code>x\n  y</code> <textarea>\n  z</textarea>\n</p>\n"
    )


def test_built_pages_have_no_indented_tags(site_dir: Path):
    for name in ("index.html", "nn/fase-3.html", "oppfolgingsplan.html", "404.html"):
        page = (site_dir / name).read_text(encoding="utf-8")
        assert not re.search(r"\n[ \t]+<|>[ \t]*\n[ \t]*\n", page), name
