"""axe-core (npm, used by the tests and never shipped) run inside a page, with readable findings.

The script is evaluated through the DevTools protocol, which the pages' Content-Security-Policy
does not apply to: plan pages are checked with their policy in force, as people get them.
"""

from playwright.sync_api import Page

from tests.support.site import ROOT

AXE_SOURCE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
# WCAG 2.1 A and AA, which the law asks for, and axe's best practices on top.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

_RUN = """(tags) => axe.run(document, {
  runOnly: {type: "tag", values: tags},
  resultTypes: ["violations"],
}).then((result) => result.violations.map((v) => ({
  id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
  targets: v.nodes.map((node) => node.target.join(" ")),
})))"""


def violations(page: Page) -> list[dict]:
    """What axe finds wrong in the page as it is now."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    return page.evaluate(_RUN, TAGS)


def report(where: str, found: list[dict]) -> list[str]:
    """One readable paragraph per rule broken: rule id, impact, help, and where in the page."""
    lines = []
    for v in found:
        targets = "\n".join(f"      {target}" for target in v["targets"][:10])
        more = f"\n      … og {len(v['targets']) - 10} til" if len(v["targets"]) > 10 else ""
        lines.append(f"{where}: {v['id']} ({v['impact']}): {v['help']}\n{targets}{more}")
    return lines
