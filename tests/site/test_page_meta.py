"""Every built page, bokmål and nynorsk (nn/): its language, a title that says where you are,
its own description, headings in order, and form controls with labels and groups with legends."""

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from mkdocs.config import load_config

from tests.support.html import Node, built_pages, parse_file
from tests.support.plan_form import TEMPLATE_IDS, page_name
from tests.support.site import ROOT

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CONTROLS = {"input", "select", "textarea"}


@pytest.fixture(scope="module")
def pages(site_dir: Path) -> dict[str, Node]:
    found = {
        path.relative_to(site_dir).as_posix(): parse_file(path) for path in built_pages(site_dir)
    }
    assert {"index.html", "404.html", "tilgjengelighet.html", "nn/index.html"} <= found.keys()
    return found


@pytest.fixture(scope="module")
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


def language(name: str) -> str:
    return "nn" if name.startswith("nn/") else "nb"


def site_texts(config, name: str) -> tuple[str, str]:
    """The site's name and description in the page's language (nynorsk: the i18n plugin's)."""
    if language(name) == "nb":
        return config.site_name, config.site_description
    nynorsk = next(lang for lang in config.plugins["i18n"].config.languages if lang.locale == "nn")
    return nynorsk.site_name, nynorsk.site_description


def shown(node: Node) -> Iterator[Node]:
    """Elements in document order, without those hidden (`hidden`) or not yet made
    (<template>, such as the rows of a plan that the script adds)."""
    for child in node.children:
        if isinstance(child, str) or "hidden" in child.attrs or child.tag == "template":
            continue
        yield child
        yield from shown(child)


def headings(root: Node) -> list[Node]:
    return [node for node in shown(root) if node.tag in _HEADINGS]


def test_every_page_says_it_is_in_bokmal_or_nynorsk(pages: dict[str, Node]):
    for name, root in pages.items():
        assert root.find("html").attrs.get("lang") == language(name), name


def test_titles_name_the_page_and_no_two_are_alike(pages: dict[str, Node], config):
    titles = {}
    for name, root in pages.items():
        site = site_texts(config, name)[0]
        heading = headings(root)[0].text()
        titles[name] = root.find("title").text()
        assert titles[name] == (site if heading == site else f"{heading} - {site}"), name
    assert [t for t, n in Counter(titles.values()).items() if n > 1] == []


def test_every_page_has_a_description_of_its_own(pages: dict[str, Node], config):
    descriptions = {}
    for name, root in pages.items():
        metas = [m for m in root.find_all("meta") if m.attrs.get("name") == "description"]
        assert len(metas) == 1, name
        descriptions[name] = metas[0].attrs["content"].strip()
        assert 50 <= len(descriptions[name]) <= 200, (name, descriptions[name])
        assert descriptions[name] != site_texts(config, name)[1].strip(), name
    assert [d for d, n in Counter(descriptions.values()).items() if n > 1] == []


def test_headings_start_at_one_h1_and_skip_no_level(pages: dict[str, Node]):
    for name, root in pages.items():
        found = headings(root)
        levels = [int(h.tag[1]) for h in found]
        assert levels[0] == 1 and levels.count(1) == 1, (name, levels)
        for (a, first), (b, second) in pairwise(zip(levels, found, strict=True)):
            assert b <= a + 1, f"{name}: «{first.text()}» (h{a}) → «{second.text()}» (h{b})"


def _labelled(control: Node, label_for: set[str]) -> bool:
    attrs = control.attrs
    return bool(attrs.get("aria-label") or attrs.get("aria-labelledby")) or (
        attrs.get("id", "") in label_for
    )


def _grouped_controls(root: Node) -> Iterator[tuple[Node, Node | None]]:
    """Every form control with the fieldset it is in (None outside any)."""

    def walk(node: Node, fieldset: Node | None) -> Iterator[tuple[Node, Node | None]]:
        for child in node.children:
            if isinstance(child, Node):
                if child.tag in _CONTROLS:
                    yield child, fieldset
                yield from walk(child, child if child.tag == "fieldset" else fieldset)

    return walk(root, None)


def test_form_controls_have_labels_and_groups_have_legends(pages: dict[str, Node]):
    checked = 0
    for name, root in pages.items():
        label_for = {label.attrs["for"] for label in root.find_all("label") if "for" in label.attrs}
        by_name: dict[str, list[tuple[Node, Node | None]]] = {}
        for control, fieldset in _grouped_controls(root):
            # Material's menu and search state checkboxes (.md-toggle) are never shown.
            if control.attrs.get("type") == "hidden" or "md-toggle" in control.classes:
                continue
            assert _labelled(control, label_for), f"{name}: {control.attrs} har ingen ledetekst"
            if control.attrs.get("type") in ("radio", "checkbox") and "name" in control.attrs:
                by_name.setdefault(control.attrs["name"], []).append((control, fieldset))
            checked += 1
        for group, members in by_name.items():
            if len(members) > 1:  # several choices answer one question: a fieldset says which
                assert all(f is not None for _, f in members), f"{name}: {group} uten fieldset"
                fieldsets = {id(fieldset) for _, fieldset in members}
                assert len(fieldsets) == 1, f"{name}: {group} er delt på flere fieldset"
        for fieldset in root.find_all("fieldset"):
            first = next(c for c in fieldset.children if isinstance(c, Node))
            assert first.tag == "legend" and first.text(), f"{name}: fieldset uten legend"
    assert checked > 100


def test_status_is_announced_and_the_error_summary_takes_focus_instead(pages: dict[str, Node]):
    for template_id in TEMPLATE_IDS:
        root = pages[page_name(template_id)]
        nodes = {node.attrs.get("id"): node for node in root.iter()}
        assert nodes["plan-status"].attrs.get("role") == "status"
        summary = nodes["plan-feil"]
        # Focus moves to the summary (tabindex -1); aria-live as well would announce it twice.
        assert summary.attrs.get("tabindex") == "-1"
        live = [n for n in summary.iter() if "aria-live" in n.attrs or "role" in n.attrs]
        assert live == []
        assert nodes[summary.attrs["aria-labelledby"]].tag == "h2"


def test_every_page_sends_no_referrer(pages: dict[str, Node]):
    for name, root in pages.items():
        policies = [
            e.attrs.get("content")
            for e in root.find_all("meta")
            if e.attrs.get("name") == "referrer"
        ]
        assert policies == ["no-referrer"], name
