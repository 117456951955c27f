/*
 * Character counts (data-module="plan-count"), after GOV.UK's: a question with a length limit
 * (the template's max_length, which Python checks too) says how many characters are left once
 * most of them are used. The browser stops the text at the limit (maxlength); when typing or
 * pasting goes past it, the count says that the rest was not taken. Screen readers hear the
 * count after a pause in typing, not at every key. Text over the limit can only come from a
 * draft; the count then says how much too long it is.
 */
(() => {
  "use strict";

  const SHOW_FROM = 0.75; // of the limit
  const ANNOUNCE_DELAY_MS = 1000;

  class CharacterCount {
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.region = document.getElementById("plan-tegn");
      this.timer = null;
      // Whether the text being typed or pasted goes past the limit (and is cut there).
      root.addEventListener("beforeinput", (event) => {
        const control = event.target;
        if (!control.dataset || !control.dataset.maxLength) return;
        const data = event.data ?? event.dataTransfer?.getData("text/plain") ?? "";
        const selected = (control.selectionEnd ?? 0) - (control.selectionStart ?? 0);
        const after = Array.from(control.value).length - selected + Array.from(data).length;
        control.dataset.cut = after > Number(control.dataset.maxLength) ? "true" : "";
      });
      root.addEventListener("input", (event) => {
        const control = event.target;
        if (!control.dataset || !control.dataset.maxLength) return;
        const message = this.update(control);
        clearTimeout(this.timer);
        this.timer = setTimeout(() => page.announce(message, this.region), ANNOUNCE_DELAY_MS);
      });
      page.on("change", () => {
        for (const control of root.querySelectorAll("[data-max-length]")) this.update(control);
      });
      page.on("reset", () => page.announce("", this.region));
    }

    /** Update the count under one field; returns what it says ("" below the threshold). */
    update(control) {
      const status = document.getElementById(`${control.id}-antall`);
      if (!status) return "";
      if (!status.dataset.limitText) status.dataset.limitText = status.textContent;
      const { text } = this.page;
      const limit = Number(control.dataset.maxLength);
      // Characters as Python counts them (code points), not UTF-16 units.
      const length = Array.from(control.value).length;
      const left = limit - length;
      const say = (one, many, count) => (count === 1 ? one : this.page.say(many, { count }));
      const cut = control.dataset.cut === "true" && left <= 0;
      let message = "";
      if (left < 0) {
        message = say(text.characterTooMany, text.charactersTooMany, -left);
      } else if (cut) {
        message = this.page.say(text.textCut, { count: limit });
      } else if (left === 0) {
        message = this.page.say(text.limitReached, { count: limit });
      } else if (length >= limit * SHOW_FROM) {
        message = say(text.characterLeft, text.charactersLeft, left);
      }
      status.textContent = message || status.dataset.limitText;
      status.classList.toggle("plan-count--over", left < 0 || cut);
      return message;
    }
  }

  window.krisesenterPlan.define("plan-count", CharacterCount);
})();
