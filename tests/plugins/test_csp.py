"""Plan pages get a Content-Security-Policy that allows exactly their own inline scripts."""

import base64
import hashlib

from plugins.csp.hashes import inline_hashes, source_hash


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_only_inline_executable_scripts_and_styles_are_hashed():
    html = (
        "<script>var a=1</script>"
        '<script src="x.js"></script>'
        '<script type="application/json">{"a": 1}</script>'
        '<script type="module">import "./m.js"</script>'
        "<style>p{color:red}</style>"
        "<script>var a=1</script>"
    )
    scripts, styles = inline_hashes(html)
    assert scripts == [sha("var a=1"), sha('import "./m.js"')]
    assert styles == [sha("p{color:red}")]


def test_source_hash_matches_the_csp_algorithm():
    # Value from the CSP specification's example: sha256 of "alert('Hello, world.');"
    assert source_hash("alert('Hello, world.');") == (
        "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
    )
