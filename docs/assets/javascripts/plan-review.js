/*
 * «Se over planen» (data-module="plan-review"): the overview that opens every document (who
 * coordinates, who does what by when, the dates) and the open points, made by Python
 * (bridge.review) and shown on the page before any download. Each part has an «Endre» link to
 * its section (in-page-links.js moves focus there). While it is open it follows the answers.
 */
(() => {
  "use strict";

  const UPDATE_DELAY_MS = 400;

  class Review {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.content = root.querySelector("[data-review-content]");
      this.heading = root.querySelector("h2");
      this.timer = null;
      document.addEventListener("click", (event) => {
        const button = event.target.closest("button[data-review]");
        if (button) this.open().catch((error) => page.reportFailure(error, page.statusRegion));
      });
      page.on("change", () => {
        if (this.root.hidden) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.render().catch(() => {}), UPDATE_DELAY_MS);
      });
      page.on("reset", () => {
        clearTimeout(this.timer);
        this.root.hidden = true;
        this.content.replaceChildren();
      });
    }

    async render() {
      const { html } = await this.page.call("review", this.page.pairsJson());
      // Python's own HTML: every answer in it is escaped (py_widgets.render.review).
      this.content.innerHTML = html;
    }

    async open() {
      await this.page.python(this.page.statusRegion);
      await this.render();
      this.root.hidden = false;
      this.heading.focus({ preventScroll: true });
      this.heading.scrollIntoView({ block: "start" });
    }
  }

  window.krisesenterPlan.define("plan-review", Review);
})();
