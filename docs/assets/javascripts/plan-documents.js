/*
 * Making the documents (data-module="plan-documents"): print or save as PDF (the printable
 * plan in a frame), and the other formats as downloads. Each is checked first; the errors
 * are shown instead when the plan is not complete. After a download, the page says where the
 * file went and that it should be deleted when no longer needed.
 */
(() => {
  "use strict";

  class Documents {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.region = root.querySelector("#plan-melding");
      this.fileName = root.querySelector("#plan-filnavn");
      this.calendarTitles = root.querySelector("#plan-kalendertitler");
      root.addEventListener("click", (event) => {
        const button = event.target.closest("button");
        if (!button) return;
        let action = null;
        if (button.dataset.document) action = this.download(button.dataset.document);
        else if (button.hasAttribute("data-print")) action = this.print();
        if (action) action.catch((error) => page.reportFailure(error, this.region));
      });
      page.on("reset", () => page.announce("", this.region));
    }

    options() {
      return { stem: this.fileName.value, descriptive_titles: this.calendarTitles.checked };
    }

    /** Wait for Python and check the plan; false (with the errors shown) if it has any. */
    async ready() {
      await this.page.python(this.region);
      this.page.announce("", this.region);
      return this.page.check(true);
    }

    async download(kind) {
      if (!(await this.ready())) return;
      const { name, mediaType, bytes, error } = await this.page.makeDocument(kind, this.options());
      if (error) {
        this.page.announce(error, this.region);
        return;
      }
      this.page.download(name, mediaType, bytes);
      this.page.announce(this.page.say(this.page.text.downloaded, { name }), this.region);
    }

    async print() {
      if (!(await this.ready())) return;
      const { bytes } = await this.page.makeDocument("html", this.options());
      const frame = document.createElement("iframe");
      frame.className = "plan-print-frame";
      frame.title = this.page.text.printFrameTitle;
      frame.srcdoc = new TextDecoder().decode(bytes);
      frame.addEventListener("load", () => {
        frame.contentWindow.focus();
        frame.contentWindow.print();
        setTimeout(() => frame.remove(), 1000);
      });
      document.body.append(frame);
    }
  }

  window.krisesenterPlan.define("plan-documents", Documents);
})();
