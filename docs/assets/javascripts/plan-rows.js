/*
 * A repeating group (data-module="plan-rows"): add and remove rows, keep their keys without
 * gaps ("group.0.x", "group.1.x", …), and say what happened.
 */
(() => {
  "use strict";

  function firstControl(container) {
    return container.querySelector("input, textarea, select");
  }

  class RepeatingGroup {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.region = document.getElementById("plan-rader");
      root.addEventListener("click", (event) => {
        const button = event.target.closest("button");
        if (!button || button.closest("[data-group]") !== root) return;
        if (button.hasAttribute("data-add-row")) this.add();
        else if (button.hasAttribute("data-remove-row")) this.remove(button.closest(".plan-row"));
      });
      page.on("reset", () => page.announce("", this.region));
    }

    count() {
      return this.page.rowsOf(this.root).children.length;
    }

    add() {
      const { page } = this;
      const count = this.count();
      const max = Number(this.root.dataset.maxRows || "0");
      if (max && count >= max) {
        page.announce(page.say(page.text.rowLimit, { max }), this.region);
        return;
      }
      const row = page.addRow(this.root);
      const title = page.rowTitle(this.root, count + 1);
      page.announce(page.say(page.text.rowAdded, { row: title }), this.region);
      firstControl(row).focus();
      page.changed();
    }

    /** Remove a row and renumber the rows after it by filling the form again. */
    remove(row) {
      const { page } = this;
      const removed = Number(row.dataset.row);
      const title = page.rowTitle(this.root, removed + 1);
      const prefix = `${this.root.dataset.group}.`;
      const kept = [];
      for (const [name, value] of page.pairs()) {
        if (!name.startsWith(prefix)) {
          kept.push([name, value]);
          continue;
        }
        const [indexText, ...rest] = name.slice(prefix.length).split(".");
        const index = Number(indexText);
        if (index === removed) continue;
        const shifted = index > removed ? index - 1 : index;
        kept.push([`${prefix}${shifted}.${rest.join(".")}`, value]);
      }
      const sizes = Object.fromEntries(
        page.groups().map((group) => [group.dataset.group, page.rowsOf(group).children.length]),
      );
      sizes[this.root.dataset.group] -= 1;
      page.fill(kept, sizes);
      page.unsaved = true;
      page.announce(page.say(page.text.rowRemoved, { row: title }), this.region);
      // Focus goes where the removed row was: to the row that took its place, or to the add
      // button right after the last row.
      const next = page.rowsOf(this.root).children[removed];
      (next ? firstControl(next) : this.root.querySelector("[data-add-row]")).focus();
    }
  }

  window.krisesenterPlan.define("plan-rows", RepeatingGroup);
})();
