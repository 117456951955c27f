/*
 * Rule notices next to their questions (data-module="plan-notices"): shown while py_widgets'
 * rules say they apply. A notice that appears is also said in a polite live region, with its
 * label («Merk:», «Forslag:»), so that screen-reader users hear it where it was caused.
 */
(() => {
  "use strict";

  class Notices {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.region = document.getElementById("plan-merknader");
      page.on("checked", ({ notices }) => this.show(notices));
      page.on("reset", () => this.show([]));
    }

    show(notices) {
      const active = new Set(notices.map((notice) => notice.rule));
      const appeared = [];
      for (const element of this.root.querySelectorAll("[data-rule]")) {
        const shown = active.has(element.dataset.rule);
        if (shown && element.hidden) appeared.push(element.textContent.trim());
        element.hidden = !shown;
      }
      this.page.announce(appeared.join(" "), this.region);
    }
  }

  window.krisesenterPlan.define("plan-notices", Notices);
})();
