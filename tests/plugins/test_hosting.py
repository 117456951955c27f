"""The build writes the hosts' header files from the CSP plugin's policies, and only then."""

import re
from pathlib import Path

from plugins.csp.hosting import (
    COMMON_HEADERS,
    headers_file,
    nginx_dir,
    nginx_http_conf,
    nginx_server_conf,
    page_paths,
)
from plugins.csp.plugin import CspPlugin

POLICIES = {
    "index.html": "default-src 'none'; frame-ancestors 'none'",
    "fase-1.html": "script-src 'self' 'sha256-A'; frame-ancestors 'none'",
    "nn/fase-1.html": "script-src 'self' 'sha256-B'; frame-ancestors 'none'",
}


def test_each_page_is_reached_by_every_path_a_host_serves_it_under():
    assert page_paths("index.html") == ["/", "/index.html", "/index"]
    assert page_paths("fase-1.html") == ["/fase-1.html", "/fase-1"]
    assert page_paths("nn/index.html") == ["/nn/", "/nn/index.html", "/nn/index"]


def _rules(text: str) -> dict[str, list[str]]:
    rules: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("/"):
            current = rules.setdefault(line, [])
        elif line.startswith("  ") and not line.strip().startswith("#"):
            current.append(line.strip())
    return rules


def test_headers_file_gives_common_headers_to_all_and_each_page_its_own_policy():
    rules = _rules(headers_file(POLICIES))
    assert rules["/*"] == [f"{name}: {value}" for name, value in COMMON_HEADERS.items()]
    # Hosts join the values of one header from several matching rules into several policies;
    # so the policy is only ever on the page's own paths.
    assert not any("Content-Security-Policy" in line for line in rules["/*"] + rules["/assets/*"])
    assert rules["/nn/fase-1"] == [f"Content-Security-Policy: {POLICIES['nn/fase-1.html']}"]
    assert rules["/"] == [f"Content-Security-Policy: {POLICIES['index.html']}"]


def test_nginx_map_puts_deeper_pages_first_so_they_win():
    conf = nginx_http_conf(POLICIES)
    patterns = re.findall(r'"~\(\^\|/\)([^"]+)\$" "([^"]+)"', conf)
    assert patterns[0] == (r"nn/fase\-1\.html", POLICIES["nn/fase-1.html"])
    assert [p for p, _ in patterns[1:]] == [r"fase\-1\.html", r"index\.html"]
    assert "text/javascript mjs;" in conf


def test_nginx_server_file_sends_every_header_always_and_hsts_only_as_guidance():
    conf = nginx_server_conf()
    for name, value in COMMON_HEADERS.items():
        assert f'add_header {name} "{value}" always;' in conf
    assert "add_header Content-Security-Policy $krisesenter_csp always;" in conf
    [hsts] = [line for line in conf.splitlines() if "Strict-Transport-Security" in line]
    assert hsts.startswith("# add_header")


def test_the_build_writes_a_rule_for_every_page(site_dir: Path):
    rules = _rules((site_dir / "_headers").read_text(encoding="utf-8"))
    nginx = (nginx_dir(site_dir) / "krisesenter-http.conf").read_text(encoding="utf-8")
    for page in site_dir.rglob("*.html"):
        url = page.relative_to(site_dir).as_posix()
        [policy] = rules["/" + url]
        assert policy.startswith("Content-Security-Policy: default-src 'none';")
        assert policy.endswith("; frame-ancestors 'none'")
        assert f'"{policy.removeprefix("Content-Security-Policy: ")}";' in nginx
    assert not (site_dir / "krisesenter-http.conf").exists()  # beside the site, not served


def test_the_published_build_has_no_live_reload_and_no_extra_connect_src(site_dir: Path):
    for path in [*site_dir.rglob("*.html"), *site_dir.rglob("*.js"), site_dir / "_headers"]:
        assert "livereload" not in path.read_text(encoding="utf-8"), path
    headers = (site_dir / "_headers").read_text(encoding="utf-8")
    assert set(re.findall(r"connect-src [^;]*", headers)) == {"connect-src 'self'"}


def test_the_preview_adds_no_policy_and_writes_no_files(tmp_path: Path):
    plugin = CspPlugin()
    plugin.load_config({})
    plugin.on_startup(command="serve", dirty=False)
    page = '<meta charset="utf-8"><script>x()</script>'
    assert plugin._secure(page, "oppfolgingsplan.html", plan_page=True) is None
    assert plugin.header_policies == {}
    plugin.on_post_build(config=type("Config", (), {"site_dir": str(tmp_path / "site")})())
    assert list(tmp_path.iterdir()) == []
