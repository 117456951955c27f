"""No page makes the browser contact another host, or fetch a page, before anyone clicks.

Firefox looks up the host of every link in DNS as a page loads, and prefetches the page named
by <link rel="next">, unless the page says otherwise (tests/firefox proves both in Firefox).
"""

from pathlib import Path

from tests.support.html import built_pages, parse_file

# rel values that make a browser connect, resolve or download ahead of a click.
AHEAD_OF_TIME = {"dns-prefetch", "preconnect", "prefetch", "prerender", "next", "prev"}


def test_every_page_turns_dns_prefetch_off_and_names_no_page_to_fetch_ahead(site_dir: Path):
    pages = built_pages(site_dir)
    assert pages
    for path in pages:
        document = parse_file(path)
        head = document.find("head")
        metas = [
            meta.attrs
            for meta in head.find_all("meta")
            if meta.attrs.get("http-equiv", "").lower() == "x-dns-prefetch-control"
        ]
        assert metas == [{"http-equiv": "x-dns-prefetch-control", "content": "off"}], path
        ahead = [
            link.attrs
            for link in document.find_all("link")
            if AHEAD_OF_TIME & set(link.attrs.get("rel", "").lower().split())
        ]
        assert ahead == [], (path, ahead)
