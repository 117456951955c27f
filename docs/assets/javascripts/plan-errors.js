/*
 * The error summary (data-module="plan-errors"), after GOV.UK's: the errors Python finds, each
 * linked to its question and repeated there; focus moves to the summary. A link leaves the
 * question's label or legend in view below the sticky header (see the scroll padding in
 * plan-form.css), not only its control.
 */
(() => {
  "use strict";

  function ownErrorElement(container) {
    return container.querySelector(
      ":scope > .plan-error-message, :scope > fieldset > .plan-error-message",
    );
  }

  function controlsOf(container) {
    const own = container.querySelector(":scope > fieldset") || container;
    return [...own.querySelectorAll(":scope input, :scope textarea, :scope select")].filter(
      (control) => control.closest("[data-key]") === container,
    );
  }

  function setDescribedBy(control, errorId, present) {
    const ids = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    const without = ids.filter((id) => id !== errorId);
    const next = present ? [errorId, ...without] : without;
    if (next.length) control.setAttribute("aria-describedby", next.join(" "));
    else control.removeAttribute("aria-describedby");
  }

  class ErrorSummary {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.list = root.querySelector("ul");
      page.errors = this;
      page.on("checked", ({ errors, report }) => {
        if (!report) return; // only an action shows errors; typing does not
        if (errors.length) this.show(errors);
        else this.clear();
      });
      page.on("reset", () => this.clear());
    }

    /** Show an error at one question (`message` "" removes it). */
    showAt(container, message) {
      const error = ownErrorElement(container);
      container.classList.toggle("plan-field--error", Boolean(message));
      error.hidden = !message;
      error.replaceChildren();
      if (message) {
        const hidden = document.createElement("span");
        hidden.className = "plan-visually-hidden";
        hidden.textContent = this.page.text.errorPrefix;
        error.append(hidden, message);
      }
      for (const control of controlsOf(container)) {
        setDescribedBy(control, error.id, Boolean(message));
        if (message) control.setAttribute("aria-invalid", "true");
        else control.removeAttribute("aria-invalid");
      }
    }

    clear() {
      for (const container of document.querySelectorAll(".plan-field--error")) {
        this.showAt(container, "");
      }
      this.root.hidden = true;
      this.list.replaceChildren();
      document.title = this.page.pageTitle;
    }

    show(errors) {
      this.fill(errors);
      this.root.focus();
    }

    fill(errors) {
      this.clear();
      for (const { key, message } of errors) {
        const container = this.page.field(key);
        if (!container) continue;
        this.showAt(container, message);
        const target = controlsOf(container)[0] || container.querySelector("[data-add-row]");
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = `#${target.id}`;
        link.textContent = message;
        link.addEventListener("click", (event) => {
          event.preventDefault();
          target.focus({ preventScroll: true });
          const label = container.querySelector("legend, label") || target;
          label.scrollIntoView({ block: "start" });
        });
        item.append(link);
        this.list.append(item);
      }
      this.root.hidden = false;
      document.title = this.page.text.titlePrefix + this.page.pageTitle;
    }
  }

  window.krisesenterPlan.define("plan-errors", ErrorSummary);
})();
