"""Use a page with the keyboard alone, and check after every key that focus can be seen.

After each key the page reports where focus is. Focus must have an outline or a shadow that it
does not have without focus, and it must be on screen and not covered by anything (hit-tested in
the middle of its part inside the window) once every transition has ended. Moving on with Tab
must leave every widget after a few presses: Chromium's date field takes one Tab per part (day,
month, year) and one for its calendar button.
"""

from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Page

# Tab stops one element may have: a date field's day, month, year and calendar button.
MOST_STOPS_IN_ONE_WIDGET = 4

_PROBE = """() => {
  const look = (e) => {
    const s = getComputedStyle(e);
    return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} / ${s.boxShadow}`;
  };
  const marked = (e) => {
    const s = getComputedStyle(e);
    return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none";
  };
  const name = (e) => {
    const text = (e.labels && e.labels.length ? e.labels[0].textContent : "")
      || e.getAttribute("aria-label") || e.textContent || e.value || "";
    return text.trim().replace(/\\s+/g, " ");
  };
  const describe = (e) =>
    `<${e.tagName.toLowerCase()}${e.id ? " id=" + e.id : ""}> «${name(e).slice(0, 60)}»`;
  const state = {last: null, lookWithFocus: null, problems: []};
  window.__focusProblems = () => state.problems;
  window.__focusProbe = async () => {
    // Judge the page once it has settled: menus and skip links slide and fade in, some a frame
    // after the key.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const finite = (a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity;
    const ends = document.getAnimations().filter(finite).map((a) => a.finished.catch(() => {}));
    await Promise.all(ends);
    const e = document.activeElement;
    if (state.last && state.last !== e && look(state.last) === state.lookWithFocus) {
      state.problems.push(`${describe(state.last)}: ser likt ut med og uten fokus`);
    }
    if (!e || e === document.body) {
      state.last = null;
      return {id: null, name: "", tag: "body", value: null};
    }
    if (e !== state.last) {
      state.lookWithFocus = look(e);
      if (!marked(e)) state.problems.push(`${describe(e)}: fokus har verken ramme eller skygge`);
      // The middle of the part inside the window (a tall field may be partly below it).
      const box = e.getBoundingClientRect();
      const top = Math.max(box.top, 0);
      const left = Math.max(box.left, 0);
      const bottom = Math.min(box.bottom, innerHeight);
      const right = Math.min(box.right, innerWidth);
      const inside = bottom > top && right > left;
      const hit = inside && document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (!hit || !(hit === e || e.contains(hit) || hit.contains(e))) {
        const where = hit ? `dekket av ${describe(hit)}` : "utenfor skjermen";
        state.problems.push(`${describe(e)}: fokus kan ikke ses (${where})`);
      }
    }
    state.last = e;
    return {id: e.id || null, name: name(e), tag: e.tagName.toLowerCase(), value: e.value ?? null};
  };
}"""


@dataclass(frozen=True)
class Focus:
    """Where focus is: the element's id, its name (label, aria-label or text) and tag."""

    id: str | None
    name: str
    tag: str
    value: str | None


class Keyboard:
    """Keys pressed one at a time on a loaded page, with focus checked after each."""

    def __init__(self, page: Page) -> None:
        self.page = page
        page.evaluate(_PROBE)

    def where(self) -> Focus:
        return Focus(**self.page.evaluate("window.__focusProbe()"))

    def press(self, key: str) -> Focus:
        self.page.keyboard.press(key)
        return self.where()

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def tab_to(self, wanted: Callable[[Focus], bool], *, back: bool = False) -> Focus:
        """Tab (or Shift+Tab) until focus is where `wanted` says; fails if focus gets stuck."""
        key = "Shift+Tab" if back else "Tab"
        previous, stay = None, 0
        for _ in range(500):
            now = self.press(key)
            if wanted(now):
                return now
            stay = stay + 1 if now == previous else 1
            assert stay <= MOST_STOPS_IN_ONE_WIDGET, f"Fokus blir sittende i {now}"
            previous = now
        raise AssertionError(f"{key} kom aldri fram (sist: {previous})")

    def problems(self) -> list[str]:
        """Every place where focus could not be seen, in the order they were met."""
        return self.page.evaluate("window.__focusProblems()")


def by_id(element_id: str) -> Callable[[Focus], bool]:
    return lambda focus: focus.id == element_id


def by_name(name: str, tag: str | None = None) -> Callable[[Focus], bool]:
    return lambda focus: focus.name == name and (tag is None or focus.tag == tag)


def out_of_page(focus: Focus) -> bool:
    """Tab from the last element leaves the document for the browser's own controls."""
    return focus.tag == "body"
