"""axe-core (npm, used by the tests and never shipped) run inside a page, with readable findings.

The script is evaluated through the DevTools protocol, which the pages' Content-Security-Policy
does not apply to: plan pages are checked with their policy in force, as people get them.
"""

from playwright.sync_api import Page

from tests.support.site import ROOT

AXE_SOURCE = (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
# WCAG 2.1 A and AA, which the law asks for, and axe's best practices on top.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

# Run once the page has settled: colours read halfway through a fade are not the page's.
_RUN = """async ([selector, only]) => {
  const finite = (a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity;
  await Promise.all(document.getAnimations().filter(finite).map((a) => a.finished.catch(() => {})));
  const result = await axe.run(selector ? document.querySelector(selector) : document, {
    runOnly: only,
    resultTypes: ["violations"],
  });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
    targets: v.nodes.map((node) => node.target.join(" ")),
  }));
}"""


def violations(page: Page, selector: str | None = None, rule: str | None = None) -> list[dict]:
    """What axe finds wrong in the page as it is now: everything (TAGS), or one rule, in the whole
    page or in the first element that `selector` matches."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    only = {"type": "rule", "values": [rule]} if rule else {"type": "tag", "values": TAGS}
    return page.evaluate(_RUN, [selector, only])


def report(where: str, found: list[dict]) -> list[str]:
    """One readable paragraph per rule broken: rule id, impact, help, and where in the page."""
    lines = []
    for v in found:
        targets = "\n".join(f"      {target}" for target in v["targets"][:10])
        more = f"\n      … og {len(v['targets']) - 10} til" if len(v["targets"]) > 10 else ""
        lines.append(
            f"{where}: {v['id']} ({v['impact']}): {v['help']} <{v['url']}>\n{targets}{more}"
        )
    return lines
