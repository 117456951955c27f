"""No Referer leaves the site: a no-referrer policy on every page, rel on every external link."""

from pathlib import Path

from plugins.no_referrer.rewrite import (
    REFERRER_META,
    add_referrer_meta,
    add_rel_to_external_links,
    is_external,
)
from tests.support.html import built_pages, parse_file, parse_html

TOKENS = ["noreferrer", "noopener"]


def test_which_links_are_external():
    own = ["krisesenter.example.no"]
    assert is_external("https://lovdata.no/lov", own)
    assert is_external("http://LOVDATA.no", own)
    assert is_external("//cdn.example/x", own)
    assert not is_external("https://krisesenter.example.no/fase-1.html", own)
    assert not is_external("fase-1.html#tiltak", own)
    assert not is_external("#tiltak", own)
    assert not is_external("mailto:post@example.no", own)
    assert not is_external("tel:116006", own)


def test_rel_is_added_or_merged_only_on_external_links():
    html = (
        '<a href="https://lovdata.no/">Lovdata</a>\n'
        '  <a class="x" title="a > b" href=\'https://nav.no\' rel="nofollow">NAV</a>\n'
        '<a href="fase-1.html">Fase 1</a><a href="https://vg.no" rel="NOREFERRER">VG</a>\n'
        "<script>const s = '<a href=\"https://in.script/\">';</script>"
        '<a href="https://x.example"/>'
    )
    out = add_rel_to_external_links(html, [], TOKENS)
    links = [e for e in parse_html(out).iter() if e.tag == "a"]
    assert [e.attrs.get("rel") for e in links] == [
        "noreferrer noopener",
        "nofollow noreferrer noopener",
        None,
        "NOREFERRER noopener",
        "noreferrer noopener",
    ]
    assert links[1].attrs["title"] == "a > b"
    assert '<a href="https://in.script/">' in out  # text inside <script> is not markup


def test_referrer_policy_goes_after_the_charset_once():
    html = '<html><head>\n<meta charset="utf-8">\n<title>T</title></head></html>'
    out = add_referrer_meta(html)
    assert f'<meta charset="utf-8">{REFERRER_META}' in out
    assert add_referrer_meta(out) == out


def test_every_built_page_sends_no_referrer(site_dir: Path):
    external = 0
    for path in built_pages(site_dir):
        elements = list(parse_file(path).iter())
        metas = [e for e in elements if e.tag == "meta" and e.attrs.get("name") == "referrer"]
        assert [m.attrs["content"] for m in metas] == ["no-referrer"], path
        for link in elements:
            if link.tag == "a" and is_external(link.attrs.get("href", ""), []):
                external += 1
                assert {"noreferrer", "noopener"} <= set(link.attrs["rel"].split()), (path, link)
    assert external > 0
