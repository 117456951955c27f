/*
 * The plan page's shared part: the form's answers, Python, and starting the page's modules.
 *
 * The form is generated at build time from the plan template and works without any script.
 * Each behaviour is one class in its own file (plan-rows.js, plan-errors.js, …), started for
 * every element whose data-module names it, as GOV.UK Frontend does. They share one PlanPage:
 * the form, the configuration the build writes into the page (every text, the row
 * placeholders, the draft limit) and Python, which plan-runtime.js runs in a worker. Every
 * rule, check and document comes from Python (py_widgets.bridge). Nothing typed leaves the
 * page or is stored by it.
 *
 * Events on the PlanPage (page.on(name, listener)):
 *   change      the answers changed (typing, rows, a draft)
 *   visibility  plan-reveal.js has shown or hidden the questions that depend on the answers
 *   checked     Python checked the plan: {errors, notices, report} (report: show the errors)
 *   reset       the form was emptied (quick exit, back from the back/forward cache)
 */
(() => {
  "use strict";

  const SLOW_START_MS = 20000;
  const CHECK_DELAY_MS = 150;
  const modules = new Map();

  const say = (template, values = {}) =>
    template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? values[name] : match));

  function isBlank(value) {
    if (Array.isArray(value)) return value.every(isBlank);
    if (value && typeof value === "object") return Object.values(value).every(isBlank);
    return String(value ?? "").trim() === "";
  }

  /** Whether a template condition (py_widgets.conditions, canonical JSON) holds. */
  function holds(condition, values) {
    if (condition.all) return condition.all.every((part) => holds(part, values));
    if (condition.any) return condition.any.some((part) => holds(part, values));
    if (condition.not) return !holds(condition.not, values);
    const value = values[condition.field];
    if ("equals" in condition) return value === condition.equals;
    if ("includes" in condition) return Array.isArray(value) && value.includes(condition.includes);
    return condition.is === "empty" ? isBlank(value) : !isBlank(value);
  }

  class PlanPage {
    constructor(form, config, templateJson) {
      this.form = form;
      this.config = config;
      this.text = config.text;
      this.templateJson = templateJson;
      this.template = JSON.parse(templateJson);
      this.runtime = window.krisesenterPlanRuntime;
      this.events = new EventTarget();
      this.statusRegion = document.getElementById("plan-status");
      this.pageTitle = document.title;
      this.bridgeReady = false;
      this.unsaved = false;
      this.leavingThroughExit = false;
      this.checkTimer = null;
    }

    say(template, values) {
      return say(template, values);
    }

    announce(message, region = this.statusRegion) {
      region.textContent = message;
    }

    on(name, listener) {
      this.events.addEventListener(name, (event) => listener(event.detail));
    }

    emit(name, detail = {}) {
      this.events.dispatchEvent(new CustomEvent(name, { detail }));
    }

    /* ---------- Python (in a worker: see plan-runtime.js) ---------- */

    start() {
      const slowTimer = setTimeout(() => this.announce(this.text.slow), SLOW_START_MS);
      document.addEventListener("krisesenter:python", (event) => {
        const { state, message } = event.detail;
        this.bridgeReady = state === "ready";
        if (state === "starting") return;
        clearTimeout(slowTimer);
        this.announce(message);
        this.form.dataset.ready = { ready: "true", failed: "failed" }[state] || "false";
      });
      this.ready = this.runtime.start(this.templateJson).then(() => {
        this.refresh();
        setTimeout(() => this.call("prepare_documents").catch(() => {}), 0);
      });
      this.ready.catch(() => {});
    }

    /** Wait for Python, saying so in `region` if it is still starting. */
    async python(region) {
      if (!this.bridgeReady) this.announce(this.text.waiting, region);
      return this.ready;
    }

    /** A call to a py_widgets.bridge method; its result arrives as plain data. */
    call(method, ...args) {
      return this.runtime.call(method, ...args);
    }

    /** Check the answers; with `report`, the errors are shown and focus moves to them.
     * Resolves to whether the plan has no errors. */
    async check(report = false) {
      const { errors, notices } = await this.call("check", this.pairsJson());
      this.emit("checked", { errors, notices, report });
      return errors.length === 0;
    }

    /** Check again shortly after the answers change (for the notices). */
    refresh() {
      if (!this.bridgeReady) return;
      clearTimeout(this.checkTimer);
      this.checkTimer = setTimeout(() => this.check().catch(() => {}), CHECK_DELAY_MS);
    }

    /** {name, mediaType, bytes} of a document, or {error} when it cannot be made. */
    async makeDocument(kind, options = {}) {
      const made = await this.call("document", this.pairsJson(), kind, JSON.stringify(options));
      if (made.error) return { error: made.error };
      return { name: made.filename, mediaType: made.media_type, bytes: made.content };
    }

    download(name, mediaType, bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke once the browser has taken the file.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }

    reportFailure(error, region) {
      if (this.form.dataset.ready === "failed") return; // the status already says why
      // The runtime's messages are whole sentences that say the form keeps its text.
      const message =
        error && error.message ? error.message : say(this.text.error, { reason: error });
      this.announce(message, region);
    }

    /* ---------- the answers ---------- */

    /** The form's name/value pairs, as Python reads them (py_widgets.plan.plan_from_pairs).
     * Answers to questions that are not asked go too: Python leaves them out of every check
     * and document, and a draft keeps them. */
    pairs() {
      const pairs = [];
      for (const element of this.form.elements) {
        if (!element.name || element.disabled) continue;
        if ((element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
        if (element.type === "button" || element.type === "file") continue;
        pairs.push([element.name, element.value]);
      }
      return pairs;
    }

    pairsJson() {
      return JSON.stringify(this.pairs());
    }

    /** The answers by field, as py_widgets.conditions reads them: text, a list for a
     * multiple choice, a list of rows for a group. */
    values() {
      const values = {};
      for (const field of this.topFields()) {
        const many = ["plan-field--group", "plan-field--multichoice"];
        values[field.dataset.key] = many.some((name) => field.classList.contains(name)) ? [] : "";
      }
      for (const [name, value] of this.pairs()) {
        const [key, index, child] = name.split(".");
        if (!(key in values)) continue;
        if (child !== undefined) {
          const rows = values[key];
          rows[index] = rows[index] || {};
          rows[index][child] = value;
        } else if (Array.isArray(values[key])) {
          values[key].push(value);
        } else {
          values[key] = value;
        }
      }
      return values;
    }

    /** The containers of the top-level questions (not those in group rows). */
    topFields(root = this.form) {
      return [...root.querySelectorAll("[data-key]")].filter(
        (field) => !field.parentElement.closest("[data-key]"),
      );
    }

    field(key) {
      return document.querySelector(`[data-key="${CSS.escape(key)}"]`);
    }

    changed() {
      this.unsaved = true;
      this.emit("change");
      this.refresh();
    }

    /* ---------- rows and filling ---------- */

    groups() {
      return [...this.form.querySelectorAll("[data-group]")];
    }

    rowsOf(group) {
      return group.querySelector(":scope > .plan-rows");
    }

    rowTitle(group, number) {
      const legend = group.querySelector(":scope > template").content.querySelector("legend");
      return legend.textContent.replaceAll(this.config.rowNumber, String(number));
    }

    addRow(group) {
      const rows = this.rowsOf(group);
      const index = rows.children.length;
      const html = group
        .querySelector(":scope > template")
        .innerHTML.replaceAll(this.config.rowIndex, String(index))
        .replaceAll(this.config.rowNumber, String(index + 1));
      rows.insertAdjacentHTML("beforeend", html);
      return rows.lastElementChild;
    }

    clear() {
      for (const group of this.groups()) this.rowsOf(group).replaceChildren();
      this.form.reset();
      for (const element of this.form.elements) {
        if (element.type === "checkbox" || element.type === "radio") element.checked = false;
        else if ("value" in element && element.type !== "button") element.value = "";
      }
    }

    /** Fill the form from a plan's pairs, with as many rows as each group needs. */
    fill(pairs, groupSizes) {
      this.clear();
      for (const [key, size] of Object.entries(groupSizes)) {
        const group = this.groups().find((g) => g.dataset.group === key);
        for (let i = 0; group && i < size; i += 1) this.addRow(group);
      }
      for (const [name, value] of pairs) {
        for (const element of this.form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
          if (element.type === "checkbox" || element.type === "radio") {
            if (element.value === value) element.checked = true;
          } else {
            element.value = value;
          }
        }
      }
      this.emit("change");
      this.refresh();
    }

    /* ---------- leaving ---------- */

    /** Empty the form and forget every check; the bridge keeps only the template. */
    reset() {
      clearTimeout(this.checkTimer);
      this.clear();
      this.emit("reset");
      this.emit("change");
      this.unsaved = false;
    }

    watch() {
      this.form.addEventListener("submit", (event) => event.preventDefault());
      this.form.addEventListener("input", () => this.changed());
      this.form.addEventListener("change", () => {
        this.emit("change");
        this.refresh();
      });
      // Back to this page from the back/forward cache: start empty, as after a quick exit.
      window.addEventListener("pageshow", (event) => {
        if (!event.persisted) return;
        this.leavingThroughExit = false;
        this.reset();
      });
      window.addEventListener("krisesenter:exit", () => {
        this.leavingThroughExit = true;
        this.reset(); // plan-runtime.js ends Python itself
      });
      window.addEventListener("beforeunload", (event) => {
        if (!this.unsaved || this.leavingThroughExit) return;
        event.preventDefault();
        event.returnValue = "";
      });
    }
  }

  /** Make a module class known under its data-module name. */
  function define(name, ModuleClass) {
    modules.set(name, ModuleClass);
  }

  function startAll() {
    const form = document.querySelector("form[data-template]");
    const config = document.getElementById("plan-config");
    if (!form || !config || !window.krisesenterPlanRuntime) return;
    const page = new PlanPage(
      form,
      JSON.parse(config.textContent),
      document.getElementById("plan-template-data").textContent,
    );
    page.watch();
    for (const root of document.querySelectorAll("[data-module]")) {
      for (const name of root.dataset.module.split(" ")) {
        const ModuleClass = modules.get(name);
        if (!ModuleClass || root.hasAttribute(`data-${name}-init`)) continue;
        try {
          new ModuleClass(root, page);
          root.setAttribute(`data-${name}-init`, "");
        } catch (error) {
          // One broken part leaves the others working (and the form typeable).
          console.error(error);
        }
      }
    }
    page.emit("change");
    page.start();
  }

  window.krisesenterPlan = { define, holds, isBlank };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startAll);
  else setTimeout(startAll, 0);
})();
