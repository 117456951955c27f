/*
 * The plan builder: repeating rows, checks, notices, downloads and drafts for a plan page.
 *
 * The form itself is generated at build time from the plan template. This script only adds
 * behaviour; every rule, check and document comes from Python (py_widgets.bridge), started
 * by plan-runtime.js. Nothing typed leaves the page or is stored by it.
 */
(() => {
  "use strict";

  const form = document.getElementById("plan-form");
  if (!form) return;

  const text = JSON.parse(document.getElementById("plan-ui-text").textContent);
  const templateJson = document.getElementById("plan-template-data").textContent;
  // Live regions: Python's state at the top; what an action did, next to its buttons; rows
  // added or removed, for screen readers only.
  const statusRegion = document.getElementById("plan-status");
  const messageRegion = document.getElementById("plan-melding");
  const draftRegion = document.getElementById("plan-utkast-melding");
  const rowRegion = document.getElementById("plan-rader");
  const summary = document.getElementById("plan-feil");
  const fileNameInput = document.getElementById("plan-filnavn");
  const calendarTitles = document.getElementById("plan-kalendertitler");
  const draftInput = document.getElementById("plan-utkast-fil");
  const pageTitle = document.title;
  const MAX_DRAFT_BYTES = 2000000; // py_widgets.draft.DRAFT_MAX_BYTES
  const SLOW_START_MS = 20000;

  const runtime = window.krisesenterPlanRuntime;
  let bridgeReady = false;
  let unsaved = false;
  let leavingThroughExit = false;

  const say = (template, values = {}) =>
    template.replace(/\{(\w+)\}/g, (match, name) => (name in values ? values[name] : match));

  function announce(message, region = statusRegion) {
    region.textContent = message;
  }

  /* ---------- Python (in a worker: see plan-runtime.js) ---------- */

  const slowTimer = setTimeout(() => announce(text.slow), SLOW_START_MS);
  document.addEventListener("krisesenter:python", (event) => {
    const { state, message } = event.detail;
    bridgeReady = state === "ready";
    if (state === "starting") return;
    clearTimeout(slowTimer);
    announce(message);
    form.dataset.ready = { ready: "true", failed: "failed" }[state] || "false";
  });
  const ready = runtime.start(templateJson).then(() => {
    refreshNotices();
    setTimeout(() => runtime.call("prepare_documents").catch(() => {}), 0);
  });
  ready.catch(() => {});

  async function python(region) {
    if (!bridgeReady) announce(text.waiting, region);
    return ready;
  }

  /** A Python call; its result arrives as plain data. */
  function callPython(method, ...args) {
    return runtime.call(method, ...args);
  }

  /* ---------- reading and filling the form ---------- */

  function formPairs() {
    const pairs = [];
    for (const element of form.elements) {
      if (!element.name || element.disabled) continue;
      if ((element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
      if (element.type === "button" || element.type === "file") continue;
      pairs.push([element.name, element.value]);
    }
    return JSON.stringify(pairs);
  }

  function groups() {
    return [...form.querySelectorAll("[data-group]")];
  }

  function rowsOf(group) {
    return group.querySelector(":scope > .plan-rows");
  }

  function groupOf(key) {
    return groups().find((group) => group.dataset.group === key);
  }

  function rowTitle(group, number) {
    const legend = group.querySelector(":scope > template").content.querySelector("legend");
    return legend.textContent.replaceAll("%n%", String(number));
  }

  function addRow(group) {
    const rows = rowsOf(group);
    const index = rows.children.length;
    const html = group
      .querySelector(":scope > template")
      .innerHTML.replaceAll("%i%", String(index))
      .replaceAll("%n%", String(index + 1));
    rows.insertAdjacentHTML("beforeend", html);
    return rows.lastElementChild;
  }

  function clearForm() {
    for (const group of groups()) rowsOf(group).replaceChildren();
    form.reset();
    for (const element of form.elements) {
      if (element.type === "checkbox" || element.type === "radio") element.checked = false;
      else if ("value" in element && element.type !== "button") element.value = "";
    }
  }

  /** Fill the form from a plan's pairs, creating the rows each group needs. */
  function fillForm(pairs, groupSizes) {
    clearForm();
    // Outer groups first: a row must exist before the rows nested in it.
    const keys = Object.keys(groupSizes).sort((a, b) => a.split(".").length - b.split(".").length);
    for (const key of keys) {
      const group = groupOf(key);
      for (let i = 0; group && i < groupSizes[key]; i += 1) addRow(group);
    }
    for (const [name, value] of pairs) {
      for (const element of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
        if (element.type === "checkbox" || element.type === "radio") {
          if (element.value === value) element.checked = true;
        } else {
          element.value = value;
        }
      }
    }
  }

  /* ---------- repeating rows ---------- */

  function firstControl(container) {
    return container.querySelector("input, textarea, select");
  }

  function onAddRow(button) {
    const group = button.closest("[data-group]");
    const count = rowsOf(group).children.length;
    const max = Number(group.dataset.maxRows || "0");
    if (max && count >= max) {
      announce(say(text.rowLimit, { max }), rowRegion);
      return;
    }
    const row = addRow(group);
    unsaved = true;
    announce(say(text.rowAdded, { row: rowTitle(group, count + 1) }), rowRegion);
    firstControl(row).focus();
    refreshNotices();
  }

  function onRemoveRow(button) {
    const row = button.closest(".plan-row");
    const group = row.closest("[data-group]");
    const removed = Number(row.dataset.row);
    const title = rowTitle(group, removed + 1);
    // Renumber by refilling: keys stay "group.0.x", "group.1.x", … without gaps.
    const prefix = `${group.dataset.group}.`;
    const before = JSON.parse(formPairs());
    const kept = [];
    for (const [name, value] of before) {
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
    const sizes = Object.fromEntries(groups().map((g) => [g.dataset.group, rowsOf(g).children.length]));
    sizes[group.dataset.group] -= 1;
    fillForm(kept, sizes);
    unsaved = true;
    announce(say(text.rowRemoved, { row: title }), rowRegion);
    // Focus goes where the removed row was: to the row that took its place, or to the add
    // button right after the last row.
    const next = rowsOf(group).children[removed];
    (next ? firstControl(next) : group.querySelector("[data-add-row]")).focus();
    refreshNotices();
  }

  /* ---------- errors and notices ---------- */

  function fieldContainer(key) {
    return form.querySelector(`[data-key="${CSS.escape(key)}"]`) || document.querySelector(`[data-key="${CSS.escape(key)}"]`);
  }

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

  function showFieldError(container, message) {
    const error = ownErrorElement(container);
    container.classList.toggle("plan-field--error", Boolean(message));
    error.hidden = !message;
    error.replaceChildren();
    if (message) {
      const hidden = document.createElement("span");
      hidden.className = "plan-visually-hidden";
      hidden.textContent = "Feil: ";
      error.append(hidden, message);
    }
    for (const control of controlsOf(container)) {
      setDescribedBy(control, error.id, Boolean(message));
      if (message) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    }
  }

  function clearErrors() {
    for (const container of document.querySelectorAll(".plan-field--error")) {
      showFieldError(container, "");
    }
    summary.hidden = true;
    summary.querySelector("ul").replaceChildren();
    document.title = pageTitle;
  }

  /** Show errors inline and in the summary, then move focus to the summary. */
  function showErrors(errors) {
    clearErrors();
    const list = summary.querySelector("ul");
    for (const { key, message } of errors) {
      const container = fieldContainer(key);
      if (!container) continue;
      showFieldError(container, message);
      const target = controlsOf(container)[0] || container.querySelector("[data-add-row]");
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#${target.id}`;
      link.textContent = message;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        target.focus();
        (container.querySelector("legend, label") || target).scrollIntoView({ block: "start" });
      });
      item.append(link);
      list.append(item);
    }
    summary.hidden = false;
    document.title = text.titlePrefix + pageTitle;
    summary.focus();
  }

  function showNotices(notices) {
    const active = new Set(notices.map((notice) => notice.rule));
    for (const element of form.querySelectorAll("[data-rule]")) {
      element.hidden = !active.has(element.dataset.rule);
    }
  }

  let noticeTimer = null;
  function refreshNotices() {
    if (!bridgeReady) return;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => {
      callPython("check", formPairs()).then(({ notices }) => showNotices(notices), () => {});
    }, 150);
  }

  /* ---------- documents and drafts ---------- */

  function download(name, mediaType, bytes) {
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

  function documentOptions() {
    return JSON.stringify({
      stem: fileNameInput.value,
      descriptive_titles: calendarTitles.checked,
    });
  }

  /** {name, mediaType, bytes} of a document, or {error} when it cannot be made. */
  async function makeDocument(kind) {
    const made = await callPython("document", formPairs(), kind, documentOptions());
    if (made.error) return { error: made.error };
    return { name: made.filename, mediaType: made.media_type, bytes: made.content };
  }

  /** Check the plan; shows the errors and returns false if there are any. */
  async function checked() {
    const { errors, notices } = await callPython("check", formPairs());
    showNotices(notices);
    if (errors.length) {
      showErrors(errors);
      return false;
    }
    clearErrors();
    return true;
  }

  async function onDocument(kind) {
    await python(messageRegion);
    announce("", messageRegion);
    if (!(await checked())) return;
    const { name, mediaType, bytes, error } = await makeDocument(kind);
    if (error) {
      announce(error, messageRegion);
      return;
    }
    download(name, mediaType, bytes);
    announce(say(text.downloaded, { name }), messageRegion);
  }

  async function onPrint() {
    await python(messageRegion);
    announce("", messageRegion);
    if (!(await checked())) return;
    const { bytes } = await makeDocument("html");
    const frame = document.createElement("iframe");
    frame.className = "plan-print-frame";
    frame.title = text.printTitle;
    frame.srcdoc = new TextDecoder().decode(bytes);
    frame.addEventListener("load", () => {
      frame.contentWindow.focus();
      frame.contentWindow.print();
      setTimeout(() => frame.remove(), 1000);
    });
    document.body.append(frame);
  }

  async function onSaveDraft() {
    await python(draftRegion);
    const { name, mediaType, bytes } = await makeDocument("json");
    download(name, mediaType, bytes);
    unsaved = false;
    announce(say(text.draftSaved, { name }), draftRegion);
  }

  async function onOpenDraft() {
    const file = draftInput.files[0];
    if (!file) return;
    const container = fieldContainer("utkast");
    // Read one byte past the limit: Python then reports the file as too large.
    const bytes = new Uint8Array(await file.slice(0, MAX_DRAFT_BYTES + 1).arrayBuffer());
    draftInput.value = "";
    await python(draftRegion);
    const result = await callPython("open_draft", bytes);
    if (result.error) {
      showFieldError(container, result.error);
      announce(result.error, draftRegion);
      draftInput.focus();
      return;
    }
    showFieldError(container, "");
    clearErrors();
    fillForm(result.pairs, result.groups);
    unsaved = false;
    refreshNotices();
    announce(text.draftOpened, draftRegion);
  }

  /* ---------- leaving ---------- */

  /** Empty the form and forget every check; the bridge keeps only the template. */
  function reset() {
    clearTimeout(noticeTimer);
    for (const region of [messageRegion, draftRegion, rowRegion]) announce("", region);
    clearForm();
    clearErrors();
    showNotices([]);
    unsaved = false;
  }

  function wipe() {
    leavingThroughExit = true;
    reset(); // plan-runtime.js ends Python itself
  }

  // Back to this page from the back/forward cache: start empty, as after a quick exit.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    leavingThroughExit = false;
    reset();
  });
  window.addEventListener("krisesenter:exit", wipe);
  window.addEventListener("beforeunload", (event) => {
    if (!unsaved || leavingThroughExit) return;
    event.preventDefault();
    event.returnValue = "";
  });

  /* ---------- wiring ---------- */

  function reportFailure(error) {
    if (form.dataset.ready === "failed") return; // the status already says why
    // The runtime's messages are whole sentences that say the form keeps its text.
    announce(error && error.message ? error.message : say(text.error, { reason: error }), messageRegion);
  }

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("input", () => {
    unsaved = true;
    refreshNotices();
  });
  form.addEventListener("change", refreshNotices);
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-add-row")) onAddRow(button);
    else if (button.hasAttribute("data-remove-row")) onRemoveRow(button);
  });
  const actions = document.querySelector(".plan-actions");
  actions.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    let action = null;
    if (button.dataset.document) action = onDocument(button.dataset.document);
    else if (button.hasAttribute("data-print")) action = onPrint();
    else if (button.hasAttribute("data-save-draft")) action = onSaveDraft();
    if (action) action.catch(reportFailure);
  });
  draftInput.addEventListener("change", () => onOpenDraft().catch(reportFailure));
})();
