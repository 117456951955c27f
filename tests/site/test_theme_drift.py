"""The Material partials this site copies into overrides/ still match the installed Material.

Each copy is Material's file with a comment of our own on top and a few lines changed on
purpose. When a Material upgrade changes the original, this test fails and says which file to
copy again (and re-apply the change listed here). Partials left empty on purpose (scripts that
never do anything here) are checked to be still that: Material's script only does what the
site does without, and the site still does without it.
"""

import re
from pathlib import Path

import material
import pytest

from tests.support.site import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
_LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)

# Copied partial -> {Material's line: our line}: the only changes we made on purpose.
COPIES: dict[str, dict[str, str]] = {
    "partials/search.html": {
        '<div class="md-search" data-md-component="search" role="dialog">': (
            '<div class="md-search" data-md-component="search" role="dialog"'
            " aria-label=\"{{ lang.t('search') }}\">"
        ),
    },
    "partials/javascripts/base.html": {
        # __md_get and __md_set touch no storage (the site stores nothing on the device).
        '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
        '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,'
        "JSON.stringify(_))}catch(e){}}": "__md_get=()=>null,__md_set=()=>{}",
    },
}


def _body(text: str) -> str:
    return _LEADING_COMMENT.sub("", text, count=1)


@pytest.mark.parametrize("partial", sorted(COPIES))
def test_copied_partial_matches_installed_material(partial: str):
    upstream = _body((MATERIAL / partial).read_text(encoding="utf-8"))
    ours = _body((ROOT / "overrides" / partial).read_text(encoding="utf-8"))
    expected = upstream
    for original, changed in COPIES[partial].items():
        assert original in upstream, (
            f"Material {material.__version__} har endret {partial}: teksten vi bytter ut, finnes "
            f"ikke lenger. Kopier fila på nytt til overrides/{partial} og gjør endringen igjen."
        )
        expected = expected.replace(original, changed)
    assert ours == expected, (
        f"overrides/{partial} er ikke lenger Material {material.__version__}s fil med bare våre "
        f"endringer. Kopier {MATERIAL / partial} på nytt og gjør endringene i COPIES igjen."
    )


def _mkdocs_yml() -> str:
    return (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


# Emptied partial -> (what Material's script in it depends on, why the site never needs it).
EMPTIED = {
    # Puts back a palette picked before: read from storage, which __md_get never finds.
    "partials/javascripts/palette.html": (
        '__md_get("__palette")',
        lambda: not re.search(r"^\s*palette:", _mkdocs_yml(), re.MULTILINE),
    ),
    # Content tabs only (the tab from storage, and the tab a link's #hash names).
    "partials/javascripts/content.html": (
        '"__tabbed_"',
        lambda: "pymdownx.tabbed" not in _mkdocs_yml(),
    ),
}


@pytest.mark.parametrize("partial", sorted(EMPTIED))
def test_emptied_partial_still_does_nothing_here(partial: str):
    needs, site_does_without = EMPTIED[partial]
    upstream = (MATERIAL / partial).read_text(encoding="utf-8")
    assert needs in upstream, f"Material {material.__version__} har endret {partial}: se på nytt."
    assert site_does_without(), f"overrides/{partial} er tom, men nettstedet trenger den nå."
    ours = (ROOT / "overrides" / partial).read_text(encoding="utf-8")
    assert _body(ours).strip() == "", f"overrides/{partial}: bare kommentaren"
