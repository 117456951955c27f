/**
 * The plan builder in Firefox, over http and from the offline bundle: each template's shared
 * case filled in (after the error summary for an empty form), every document downloaded and
 * read, the draft saved and reopened; and privacy: nothing stored, no request to another host,
 * no host looked up in DNS. And one plan in nynorsk, whose draft opens on the bokmål page.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  NOTHING_STORED,
  foreignRequests,
  launchFirefox,
  openTab,
  storedData,
} from "./support/firefox.mjs";
import {
  TEMPLATE_IDS,
  documentText,
  download,
  fillCase,
  formPairs,
  printableHtml,
  showFormats,
  waitUntilReady,
  wordsOf,
} from "./support/plan.mjs";
import { MODES } from "./support/site.mjs";
import fs from "node:fs";
import path from "node:path";

/** With nothing filled in, a document button shows the error summary: focused, in the title,
 * its links leading to the fields. */
async function checkErrorSummary(page) {
  const title = await page.title();
  await showFormats(page);
  await page.click('button[data-document="txt"]');
  await page.waitForSelector("#plan-feil", { visible: true });
  assert.equal(await page.evaluate(() => document.activeElement.id), "plan-feil");
  assert.equal(await page.title(), `Feil: ${title}`);
  const links = await page.$$("#plan-feil a");
  assert.ok(links.length >= 1);
  const target = await links[0].evaluate((a) => a.hash.slice(1));
  await links[0].click();
  const focused = await page.evaluate(() => document.activeElement.id);
  assert.ok(focused.startsWith(target), `${focused} / ${target}`);
}

let firefox;
before(async () => {
  firefox = await launchFirefox();
});
after(() => firefox?.close());

for (const mode of MODES) {
  describe(`planmalene i Firefox ${mode.name}`, () => {
    let site;
    before(async () => {
      site = await mode.open();
    });
    after(() => site?.close());

    for (const templateId of TEMPLATE_IDS) {
      const name = `${templateId}: feiloppsummering, alle dokumentene og utkastet, uten spor`;
      it(name, async () => {
        firefox.forgetLookups();
        const { page, seen } = await openTab(firefox.browser);
        await page.goto(`${site.base}${templateId}.html`);
        await waitUntilReady(page);
        await checkErrorSummary(page);
        const plan = await fillCase(page, templateId);

        const kinds = await page.$$eval("button[data-document]", (all) =>
          all.map((b) => b.dataset.document),
        );
        assert.ok(kinds.includes("txt") && kinds.includes("docx"), kinds.join());
        await showFormats(page);
        for (const kind of kinds) {
          const file = await download(page, `button[data-document="${kind}"]`, firefox.downloads);
          if (kind === "ics") {
            const calendar = fs.readFileSync(file, "utf8");
            assert.ok(calendar.startsWith("BEGIN:VCALENDAR\r\n"), calendar.slice(0, 40));
            assert.match(calendar, /\r\nDTSTART/);
            continue;
          }
          const text = documentText(kind, file);
          const missing = plan.markers.filter((marker) => !text.includes(marker));
          assert.deepEqual(missing, [], `${kind}: mangler i ${path.basename(file)}`);
        }

        const printable = wordsOf(await printableHtml(page));
        const notPrinted = plan.markers.filter((marker) => !printable.includes(marker));
        assert.deepEqual(notPrinted, [], "html: mangler i utskriften");

        const filled = await formPairs(page);
        const draft = await download(page, "button[data-save-draft]", firefox.downloads);
        assert.equal(JSON.parse(fs.readFileSync(draft, "utf8")).format, "planutkast");
        await page.reload();
        await waitUntilReady(page);
        assert.deepEqual((await formPairs(page)).filter(([, value]) => value), []);
        const input = await page.$("#plan-utkast-fil");
        await input.uploadFile(draft);
        await page.waitForFunction(
          () => document.getElementById("plan-utkast-melding").textContent.includes("åpnet"),
        );
        assert.deepEqual(await formPairs(page), filled);

        assert.deepEqual(await storedData(page), NOTHING_STORED);
        assert.deepEqual(foreignRequests(seen.requests, site.origin), []);
        assert.deepEqual(seen.csp, []);
        assert.deepEqual(seen.resource, []);
        assert.deepEqual(firefox.hostsLookedUp(), []);
        await page.close();
      });
    }

    it("oppfolgingsplan på nynorsk: nynorske dokument, og utkastet opnar på bokmål", async () => {
      const { page, seen } = await openTab(firefox.browser);
      await page.goto(`${site.base}nn/oppfolgingsplan.html`);
      await waitUntilReady(page);
      assert.equal(await page.$eval("html", (e) => e.lang), "nn");
      await fillCase(page, "oppfolgingsplan"); // by data-key and value: the same in both
      await showFormats(page);
      const file = await download(page, 'button[data-document="txt"]', firefox.downloads);
      const printable = wordsOf(await printableHtml(page));
      for (const [kind, text] of [["txt", documentText("txt", file)], ["html", printable]]) {
        assert.ok(text.includes("Ansvar og avtalar") && text.includes("Opne punkt"), kind);
        assert.ok(!text.includes("Ansvar og avtaler") && !text.includes("Åpne punkter"), kind);
      }
      const filled = await formPairs(page);
      const draft = await download(page, "button[data-save-draft]", firefox.downloads);
      await page.goto(`${site.base}oppfolgingsplan.html`);
      await waitUntilReady(page);
      await (await page.$("#plan-utkast-fil")).uploadFile(draft);
      await page.waitForFunction(
        () => document.getElementById("plan-utkast-melding").textContent.includes("åpnet"),
      );
      assert.deepEqual(await formPairs(page), filled);
      assert.deepEqual(seen.csp, []);
      assert.deepEqual(foreignRequests(seen.requests, site.origin), []);
      await page.close();
    });
  });
}
