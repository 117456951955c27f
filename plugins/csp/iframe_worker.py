"""The inline script that Material's iframe-worker shim writes into its frame.

From file:// the shim runs the search worker in a hidden frame and writes a small inline
script there. The frame inherits the page's policy, so the policy must allow that script by
its hash; the script's text is the shim's own template filled in with its helper functions
and the worker's URL.
"""

import json
import re

_TEMPLATE = re.compile(r"<script>(.*?)<\\/script>", re.DOTALL)
_PLACEHOLDER = re.compile(r"\$\{(\w+)\}")
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL)


def function_source(source: str, name: str) -> str:
    """The text of `function name(...){...}` in source, as Function.prototype.toString gives it."""
    start = source.index(f"function {name}(")
    depth = 0
    for index in range(source.index("{", start), len(source)):
        if source[index] == "{":
            depth += 1
        elif source[index] == "}":
            depth -= 1
            if depth == 0:
                return source[start : index + 1]
    raise ValueError(f"function {name} has no end")


def frame_script(shim_source: str, worker_url: str) -> str:
    """The inline script the shim writes for a worker created with `new Worker(worker_url)`."""
    template = _TEMPLATE.search(shim_source)
    if template is None:
        raise ValueError("iframe-worker shim: no inline <script> template found")

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return worker_url if name == "e" else function_source(shim_source, name)

    return _PLACEHOLDER.sub(fill, template.group(1))


def search_worker_url(page_html: str) -> str | None:
    """The search worker's URL as Material passes it to `new Worker` (from the page config)."""
    config = _CONFIG.search(page_html)
    return json.loads(config.group(1)).get("search") if config else None
