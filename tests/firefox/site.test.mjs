/**
 * The reading pages in Firefox, over http and from the offline bundle: Fase 1 → 2 → 3 and back,
 * search (a nynorsk page finds nynorsk pages only), quick exit by the button and by Shift pressed three times (the page is replaced, and
 * Back shows nothing typed); and privacy: no request to another host, no host looked up in DNS,
 * no CSP error, nothing stored.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  NOTHING_STORED,
  clickText,
  follow,
  foreignRequests,
  launchFirefox,
  openTab,
  storedData,
} from "./support/firefox.mjs";
import { MODES } from "./support/site.mjs";

const SECRET = "Hemmelig adresse";
const HIT = ".md-search-result__item a.md-search-result__link";
const NEUTRAL_PAGE = "<!doctype html><title>Været</title><p>Været i dag</p>";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let firefox;
before(async () => {
  firefox = await launchFirefox();
});
after(() => firefox?.close());

/** A tab where the quick exit's neutral site is answered inside the browser (no network). */
async function tabWithNeutralSite(exitUrl) {
  const tab = await openTab(firefox.browser);
  await tab.page.setRequestInterception(true);
  // A request may be gone by the time it is answered (the tab moved on or closed): not an error.
  const ignoreGone = () => {};
  tab.page.on("request", (request) => {
    if (request.url().startsWith(exitUrl)) {
      request
        .respond({ status: 200, contentType: "text/html; charset=utf-8", body: NEUTRAL_PAGE })
        .catch(ignoreGone);
    } else {
      request.continue().catch(ignoreGone);
    }
  });
  return tab;
}

/** Every value typed into a field of the tab's current page, and its visible text. */
function whatThePageShows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("input, textarea")]
      .map((e) => e.value)
      .concat(document.body.innerText)
      .join("\n"),
  );
}

/** Wait until the tab shows a document whose URL passes `test` (asked across navigations). */
async function arrive(page, test) {
  for (const start = Date.now(); Date.now() - start < 30_000; await sleep(200)) {
    const href = await page
      .evaluate(() => document.readyState === "complete" && location.href)
      .catch(() => null); // the document may be on its way out
    if (href && test(href)) return href;
  }
  throw new Error(`Siden kom ikke fram; er på ${await page.evaluate(() => location.href)}`);
}

/** Back, then the URL the tab settles on (Puppeteer's goBack() hangs on the way to file://). */
async function back(page) {
  const before = page.url();
  await page.evaluate(() => history.back());
  await page.waitForFunction((url) => location.href !== url, { polling: 100 }, before);
  await page.waitForFunction(() => document.readyState === "complete", { polling: 100 });
  return page.evaluate(() => location.href); // page.url() misses a page restored from cache
}

for (const mode of MODES) {
  describe(`lesesidene i Firefox ${mode.name}`, () => {
    let site;
    before(async () => {
      site = await mode.open();
    });
    after(() => site?.close());

    it("Fase 1 → 2 → 3 og tilbake, søk, uten spor og uten trafikk ut", async () => {
      firefox.forgetLookups();
      const { page, seen } = await openTab(firefox.browser);
      await page.goto(`${site.base}index.html`);
      await follow(page, () => clickText(page, ".phase-overview a", "Fase 1"), "fase-1.html");
      await follow(page, () => clickText(page, "nav.phase-switcher a", "Fase 2"), "fase-2.html");
      await follow(page, () => clickText(page, "nav.phase-switcher a", "Fase 3"), "fase-3.html");
      const overview = () => clickText(page, "nav.phase-switcher a", "Tilbake til oversikt");
      await follow(page, overview, "index.html");

      await page.type("input.md-search__input", "sikkerhetsplan");
      await page.waitForSelector(".md-search-result__item");
      const titles = await page.$$eval(".md-search-result__item :is(h1, h2)", (all) =>
        all.map((h) => h.textContent.trim()),
      );
      assert.ok(titles.includes("Oppfølging etter oppholdet"), titles.join(" | "));

      await sleep(1000); // time for any prefetch Firefox would start after load
      assert.deepEqual(await storedData(page), NOTHING_STORED);
      assert.deepEqual(foreignRequests(seen.requests, site.origin), []);
      assert.deepEqual(seen.csp, []);
      assert.deepEqual(seen.resource, []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(firefox.hostsLookedUp(), []);
      await page.close();
    });

    it("søk på en nynorsk side finner bare nynorske sider, og treffet åpnes", async () => {
      const { page, seen } = await openTab(firefox.browser);
      // A word of both languages, and one with ø (the index is UTF-8, also as a script).
      for (const words of ["krisesenter", "besøksforbod"]) {
        await page.goto(`${site.base}nn/fase-3.html`);
        await page.type("input.md-search__input", words);
        await page.waitForSelector(HIT);
        const hits = await page.$$eval(HIT, (all) => all.map((a) => a.href));
        assert.ok(hits.length > 0, words);
        for (const hit of hits) assert.ok(hit.startsWith(`${site.base}nn/`), `${words}: ${hit}`);
      }
      const first = await page.$eval(HIT, (a) => a.href);
      await page.click(HIT);
      await arrive(page, (href) => href === first);
      assert.deepEqual(foreignRequests(seen.requests, site.origin), []);
      assert.deepEqual(seen.csp, []);
      assert.deepEqual(seen.errors, []);
      await page.close();
    });

    for (const [how, leave] of [
      ["knappen «Forlat siden»", (page) => page.click(".krs-exit__button")],
      [
        "Shift tre ganger",
        async (page) => {
          for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
        },
      ],
    ]) {
      it(`hurtigutgang med ${how}: siden byttes ut, Tilbake viser ikke det som ble skrevet`, async () => {
        // Leaving looks up the neutral site's host (it is answered in the browser all the
        // same); the DNS record is therefore checked in the other tests.
        const probe = await openTab(firefox.browser);
        await probe.page.goto(`${site.base}fase-1.html`);
        const exitUrl = await probe.page.$eval(".krs-exit__button", (a) => a.href);
        await probe.page.close();

        const { page } = await tabWithNeutralSite(exitUrl);
        await page.goto(`${site.base}index.html`);
        await follow(page, () => clickText(page, ".phase-overview a", "Fase 1"), "fase-1.html");
        await page.type("input.md-search__input", SECRET);
        // Close the search (its hits may cover the page), then click on the page itself.
        await page.keyboard.press("Escape");
        await page.waitForFunction(() => !document.querySelector("[data-md-toggle=search]").checked);
        await page.click(".md-content h1");
        const historyLength = await page.evaluate(() => history.length);
        await Promise.all([page.waitForNavigation(), leave(page)]);
        assert.ok(page.url().startsWith(exitUrl), page.url());
        assert.equal(await page.title(), "Været");
        assert.equal(await page.evaluate(() => history.length), historyLength);

        // fase-1.html was replaced: Back leads to the page before it, with nothing typed.
        const backTo = await back(page);
        assert.ok(backTo.endsWith("index.html"), backTo);
        assert.ok(!(await whatThePageShows(page)).includes(SECRET));
        await page.close();
      });
    }

    it("hurtigutgang etter planen: Tilbake til planen viser et tomt skjema", async () => {
      const probe = await openTab(firefox.browser);
      await probe.page.goto(`${site.base}oppfolgingsplan.html`);
      const exitUrl = await probe.page.$eval(".krs-exit__button", (a) => a.href);
      await probe.page.close();

      const { page } = await tabWithNeutralSite(exitUrl);
      page.on("dialog", (dialog) => dialog.accept()); // "leave the page with unsaved input?"
      await page.goto(`${site.base}oppfolgingsplan.html`);
      await page.type('[data-key="deltakere"] textarea', SECRET);
      // Firefox asks first (unsaved input) and may switch process: follow by location.
      await page.click("a.krs-exit__safe-use");
      await arrive(page, (href) => href.endsWith("trygg-bruk.html"));
      await page.click(".krs-exit__button");
      await arrive(page, (href) => href.startsWith(exitUrl));
      assert.equal(await page.title(), "Været");

      const backTo = await back(page);
      assert.ok(backTo.endsWith("oppfolgingsplan.html"), backTo);
      await page.waitForSelector("#plan-form");
      assert.ok(!(await whatThePageShows(page)).includes(SECRET));
      await page.close();
    });
  });
}
