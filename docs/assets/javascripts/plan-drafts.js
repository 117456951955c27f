/*
 * Drafts (data-module="plan-drafts"): «Lagre utkast» anywhere on the page (the bar, the end)
 * saves the plan as a file; «Åpne lagret utkast» at the top and the file field at the end open
 * one. A draft from an older version of the template opens with a list of what could not be
 * carried over. The message shows where the draft was opened from.
 */
(() => {
  "use strict";

  class Drafts {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.input = root.querySelector("#plan-utkast-fil");
      this.container = page.field("utkast");
      this.region = root.querySelector("#plan-utkast-melding");
      this.topRegion = document.getElementById("plan-utkast-melding-topp");
      this.barRegion = document.getElementById("plan-bar-melding");
      this.openRegion = this.region;
      this.fromTop = false;
      const fail = (region) => (error) => page.reportFailure(error, region);
      document.addEventListener("click", (event) => {
        const button = event.target.closest("button");
        if (!button) return;
        if (button.hasAttribute("data-save-draft")) {
          const region = root.contains(button) ? this.region : this.barRegion;
          this.save(region).catch(fail(region));
        } else if (button.hasAttribute("data-open-draft")) {
          // The file field's own dialog; what it opens is reported next to this button.
          this.fromTop = true;
          this.input.click();
        }
      });
      // Every dialog starts with a click on the field (the button's too): note where from.
      this.input.addEventListener("click", () => {
        this.openRegion = this.fromTop ? this.topRegion : this.region;
        this.fromTop = false;
      });
      this.input.addEventListener("change", () => {
        const region = this.openRegion;
        this.open(region).catch(fail(region));
      });
      page.on("reset", () => {
        for (const region of [this.region, this.topRegion, this.barRegion]) {
          page.announce("", region);
        }
      });
    }

    async save(region) {
      await this.page.python(region);
      const { name, mediaType, bytes, error } = await this.page.makeDocument("json");
      if (error) {
        this.page.announce(error, region);
        return;
      }
      this.page.download(name, mediaType, bytes);
      this.page.unsaved = false;
      this.page.announce(this.page.say(this.page.text.draftSaved, { name }), region);
    }

    async open(region) {
      const { page } = this;
      const file = this.input.files[0];
      if (!file) return;
      // Read one byte past the limit: Python then reports the file as too large.
      const limit = page.config.maxDraftBytes;
      const bytes = new Uint8Array(await file.slice(0, limit + 1).arrayBuffer());
      this.input.value = "";
      await page.python(region);
      const result = await page.call("open_draft", bytes);
      if (result.error) {
        page.errors.showAt(this.container, result.error);
        page.announce(result.error, region);
        if (region === this.region) this.input.focus();
        return;
      }
      page.errors.showAt(this.container, "");
      page.errors.clear();
      page.fill(result.pairs, result.groups);
      page.unsaved = false;
      this.report(region, result.warnings || []);
    }

    /** Say that the draft is open, listing what could not be carried over. */
    report(region, warnings) {
      const { text } = this.page;
      for (const other of [this.region, this.topRegion]) this.page.announce("", other);
      if (!warnings.length) {
        this.page.announce(text.draftOpened, region);
        return;
      }
      const intro = document.createElement("p");
      intro.textContent = text.draftOpenedWithWarnings;
      const list = document.createElement("ul");
      for (const warning of warnings) {
        const item = document.createElement("li");
        item.textContent = warning;
        list.append(item);
      }
      region.replaceChildren(intro, list);
    }
  }

  window.krisesenterPlan.define("plan-drafts", Drafts);
})();
