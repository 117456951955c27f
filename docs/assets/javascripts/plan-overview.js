/*
 * The overview of the plan's sections (data-module="plan-overview"), after GOV.UK's task list:
 * each section's status follows the answers, and sections that are not asked are left out.
 *
 * A section is «Ikke startet» while nothing in it is answered, «Ferdig» when something is and
 * every required question that is asked is answered (in a group: every required question of
 * each row in use), and «Påbegynt» otherwise.
 */
(() => {
  "use strict";

  const { isBlank } = window.krisesenterPlan;

  class Overview {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      page.on("visibility", () => this.update());
    }

    /** [answered, missing] of one section, from the answers to its visible questions. */
    progress(section, values) {
      let answered = false;
      let missing = false;
      for (const field of this.page.topFields(section)) {
        if (field.hidden) continue;
        const value = values[field.dataset.key];
        if (!isBlank(value)) answered = true;
        else if (field.hasAttribute("data-required")) missing = true;
        for (const row of field.querySelectorAll(".plan-row")) {
          const inRow = row.querySelectorAll("[data-key]");
          const used = [...inRow].some((child) => !isBlank(this.answer(child)));
          const unanswered = (child) =>
            child.hasAttribute("data-required") && isBlank(this.answer(child));
          if (used && [...inRow].some(unanswered)) missing = true;
        }
      }
      return [answered, missing];
    }

    /** The answer of one question in a row, read from its controls. */
    answer(container) {
      return [...container.querySelectorAll("input, textarea, select")]
        .filter((control) => !["checkbox", "radio"].includes(control.type) || control.checked)
        .map((control) => control.value);
    }

    update() {
      const { text } = this.page;
      const values = this.page.values();
      for (const item of this.root.querySelectorAll("[data-section]")) {
        const section = document.getElementById(`del-${item.dataset.section}`);
        item.hidden = section.hidden;
        const [answered, missing] = this.progress(section, values);
        const status = !answered
          ? ["not-started", text.statusNotStarted]
          : missing
            ? ["in-progress", text.statusInProgress]
            : ["done", text.statusDone];
        const element = item.querySelector("[data-status]");
        element.textContent = status[1];
        element.dataset.status = status[0];
      }
    }
  }

  window.krisesenterPlan.define("plan-overview", Overview);
})();
