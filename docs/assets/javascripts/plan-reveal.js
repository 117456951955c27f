/*
 * Conditional questions (data-module="plan-reveal"): a section or question with a template
 * `show_when` (data-show-when) is shown only while its condition holds, as GOV.UK's
 * conditional reveal. Hidden answers stay in the form (and in a draft); Python leaves them out
 * of every check and document. Without this script every question is shown.
 *
 * A choice that a condition tests names what it reveals (aria-controls), as GOV.UK's radios and
 * checkboxes do. Not aria-expanded, which GOV.UK sets too: ARIA does not allow it on a radio
 * button (axe: aria-allowed-attr), and the revealed question follows right after the choice.
 */
(() => {
  "use strict";

  const { holds } = window.krisesenterPlan;

  /** The (field, value) pairs a condition tests with equals or includes. */
  function choicesIn(condition, found = []) {
    if (condition.all || condition.any) {
      for (const part of condition.all || condition.any) choicesIn(part, found);
    } else if (condition.not) {
      choicesIn(condition.not, found);
    } else if ("equals" in condition || "includes" in condition) {
      found.push([condition.field, condition.equals ?? condition.includes]);
    }
    return found;
  }

  class ConditionalReveal {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.parts = [...document.querySelectorAll("[data-show-when]")].map((element) => ({
        element,
        condition: JSON.parse(element.dataset.showWhen),
      }));
      this.controls = new Map(); // choice input -> the parts it reveals
      for (const part of this.parts) {
        for (const [field, value] of choicesIn(part.condition)) {
          const selector = `[name="${CSS.escape(field)}"][value="${CSS.escape(value)}"]`;
          for (const input of root.querySelectorAll(selector)) {
            if (!this.controls.has(input)) this.controls.set(input, []);
            this.controls.get(input).push(part.element);
          }
        }
      }
      for (const [input, elements] of this.controls) {
        input.setAttribute("aria-controls", elements.map((element) => element.id).join(" "));
      }
      page.on("change", () => this.update());
    }

    update() {
      const values = this.page.values();
      for (const { element, condition } of this.parts) {
        element.hidden = !holds(condition, values);
      }
      this.renumber();
      this.page.emit("visibility");
    }

    /** Sections are numbered as they are shown: 1, 2, 3 … without gaps. */
    renumber() {
      let number = 0;
      for (const section of this.root.querySelectorAll("[data-section]")) {
        if (!section.hidden) number += 1;
        const label = section.hidden ? "" : `${number}.`;
        for (const element of document.querySelectorAll(
          `[data-section="${CSS.escape(section.dataset.section)}"] [data-number]`,
        )) {
          element.textContent = label;
        }
      }
    }
  }

  window.krisesenterPlan.define("plan-reveal", ConditionalReveal);
})();
