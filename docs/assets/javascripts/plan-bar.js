/*
 * The bar at the bottom of a plan page (data-module="plan-bar"): «Lagre utkast» and «Se over
 * planen» stay on screen while the form scrolls. The browser scrolls a focused field into view
 * only when none of it is, so a field the bar half covers would stay under it: when focus comes
 * from the keyboard, this scrolls it up above the bar (2.4.11 Focus Not Obscured).
 */
(() => {
  "use strict";

  const GAP_PX = 8;

  class StickyBar {
    constructor(root) {
      this.root = root;
      // Not for a click or tap: scrolling between press and release would move the target
      // away from under the pointer (a checkbox would not change).
      this.pointerDown = false;
      document.addEventListener("pointerdown", () => (this.pointerDown = true), true);
      document.addEventListener("pointerup", () => (this.pointerDown = false), true);
      document.addEventListener("pointercancel", () => (this.pointerDown = false), true);
      document.addEventListener("focusin", (event) => {
        if (!this.pointerDown) this.uncover(event.target);
      });
    }

    uncover(element) {
      if (this.root.contains(element) || !element.getBoundingClientRect) return;
      const bar = this.root.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      if (box.bottom <= bar.top || box.top >= bar.bottom) return;
      // Up by the part under the bar, but never so far that its top goes under the header.
      const header = Math.max(
        0,
        ...[...document.querySelectorAll(".md-header, .krs-exit")].map(
          (part) => part.getBoundingClientRect().bottom,
        ),
      );
      const by = Math.min(box.bottom - bar.top + GAP_PX, box.top - header - GAP_PX);
      if (by > 0) window.scrollBy(0, by);
    }
  }

  window.krisesenterPlan.define("plan-bar", StickyBar);
})();
