/**
 * The plan pages in Firefox: fill a template's shared case (tests/data/plan-cases.json, the same
 * data the Chromium tests use), make the documents and read them. Fields are found by their
 * data-key and filled by what kind of control the page shows there, so a template change needs
 * only a change in the case file.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT, readZipMember } from "./site.mjs";

export const CASES = JSON.parse(
  fs.readFileSync(path.join(ROOT, "tests/data/plan-cases.json"), "utf8"),
);
export const TEMPLATE_IDS = Object.keys(CASES.cases);
// Starting Python is slow on a busy 2-core machine; this only guards against a hang.
export const START_TIMEOUT_MS = 120_000;
const DOWNLOAD_TIMEOUT_MS = 30_000;

export async function waitUntilReady(page) {
  await page.waitForFunction(
    () => ["true", "failed"].includes(document.getElementById("plan-form")?.dataset.ready),
    { timeout: START_TIMEOUT_MS, polling: 250 },
  );
  const status = await page.$eval("#plan-status", (e) => e.textContent.trim());
  const ready = await page.$eval("#plan-form", (e) => e.dataset.ready);
  if (ready !== "true") throw new Error(`Planverktøyet startet ikke: ${status}`);
}

/** Rows each group needs for these answers (keys <group>.<row>.<child>). */
function rowsNeeded(answers) {
  const rows = {};
  for (const key of Object.keys(answers)) {
    const [group, row, child] = key.split(".");
    if (child !== undefined) rows[group] = Math.max(rows[group] ?? 0, Number(row) + 1);
  }
  return rows;
}

/** Click as a person does: with the element in the middle of the screen first, clear of the
 * bar that floats at the bottom of the form (a click there would land on the bar). */
async function clickClear(page, selector) {
  await page.$eval(selector, (e) => e.scrollIntoView({ block: "center" }));
  await page.click(selector);
}

/** Fill one field: click the labels of choices, type into text, set dates and times. */
async function fillField(page, key, value) {
  const wrapper = await page.$(`[data-key="${key}"]`);
  if (!wrapper) throw new Error(`Skjemaet har ikke feltet ${key} (data-key)`);
  const choices = await wrapper.$$("input[type=radio], input[type=checkbox]");
  if (choices.length) {
    for (const wanted of Array.isArray(value) ? value : [value]) {
      const input = await wrapper.$(`input[value="${wanted}"]`);
      if (!input) throw new Error(`${key}: ingen svarmulighet med verdien ${wanted}`);
      const id = await input.evaluate((e) => e.id);
      await clickClear(page, `label[for="${id}"]`);
    }
    return;
  }
  const control = await wrapper.$("textarea, input");
  const type = await control.evaluate((e) => e.type);
  if (type === "date" || type === "time") {
    // As a date picker sets it: the value, then input and change.
    await control.evaluate((e, v) => {
      e.value = v;
      e.dispatchEvent(new Event("input", { bubbles: true }));
      e.dispatchEvent(new Event("change", { bubbles: true }));
    }, value);
  } else {
    await control.type(value);
  }
}

/** Whether the page asks the question with this key now (see plan-reveal.js). */
function asked(page, key) {
  return page.$eval(`[data-key="${key}"]`, (e) => !e.closest("[hidden]"));
}

/** Fill every answer of the case that the page asks for, as a person would: the questions
 * outside groups first (a condition may reveal more), then the rows of the groups shown.
 * Returns the case. */
export async function fillCase(page, templateId) {
  const plan = CASES.cases[templateId];
  const entries = Object.entries(plan.answers);
  for (const [key, value] of entries.filter(([key]) => !key.includes("."))) {
    if (await asked(page, key)) await fillField(page, key, value);
  }
  for (const [group, count] of Object.entries(rowsNeeded(plan.answers))) {
    if (!(await asked(page, group))) continue;
    for (let i = 0; i < count; i++) await clickClear(page, `[data-group="${group}"] [data-add-row]`);
  }
  for (const [key, value] of entries.filter(([key]) => key.includes("."))) {
    if (await page.$(`[data-key="${key}"]`)) await fillField(page, key, value);
  }
  return plan;
}

/** Open «Andre formater», where every format but print is. */
export async function showFormats(page) {
  const open = await page.$eval("details.plan-formats", (e) => e.open);
  if (!open) await page.click("details.plan-formats summary");
}

/** The printable plan, as «Skriv ut eller lagre som PDF» makes it for the print dialog: the
 * same call through the page's Python runtime (a real print dialog would block the page in
 * Firefox; the Chromium suite clicks the button). */
export async function printableHtml(page) {
  const pairs = await formPairs(page);
  return page.evaluate(async (pairs) => {
    const made = await window.krisesenterPlanRuntime.call(
      "document",
      JSON.stringify(pairs),
      "html",
      JSON.stringify({ stem: "", descriptive_titles: false }),
    );
    return new TextDecoder().decode(made.content);
  }, pairs);
}

/** The form's content as [name, value] pairs, in document order. */
export function formPairs(page) {
  return page.evaluate(() =>
    [...document.getElementById("plan-form").elements]
      .filter(
        (e) =>
          e.name &&
          !["button", "file"].includes(e.type) &&
          (!["checkbox", "radio"].includes(e.type) || e.checked),
      )
      .map((e) => [e.name, e.value]),
  );
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Click `selector` and wait for the file Firefox saves in `folder` (emptied first). */
export async function download(page, selector, folder) {
  for (const name of fs.readdirSync(folder)) fs.rmSync(path.join(folder, name));
  await page.click(selector);
  for (const start = Date.now(); Date.now() - start < DOWNLOAD_TIMEOUT_MS; await sleep(200)) {
    const names = fs.readdirSync(folder);
    const done = names.filter((name) => !name.endsWith(".part"));
    if (done.length && names.length === done.length) {
      const file = path.join(folder, done[0]);
      await sleep(200); // the size is final once Firefox has renamed the .part file
      return file;
    }
  }
  const message = await page.$eval("#plan-melding", (e) => e.textContent.trim());
  throw new Error(`Ingen fil etter ${selector}; siden sier: «${message}»`);
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The words of an HTML or XML document, tags left out, as a reader sees them. */
export function wordsOf(markup) {
  return markup
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name) => {
      if (name[0] === "#") {
        const hex = name[1].toLowerCase() === "x";
        return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
      }
      return ENTITIES[name] ?? all;
    })
    .replace(/\s+/g, " ");
}

/** What a downloaded document says, by kind (the text a reader sees, for the markers). */
export function documentText(kind, file) {
  if (kind === "odt") return wordsOf(readZipMember(file, "content.xml"));
  if (kind === "docx") return wordsOf(readZipMember(file, "word/document.xml"));
  const text = fs.readFileSync(file, "utf8");
  return kind === "html" ? wordsOf(text) : text.replace(/\s+/g, " ");
}
