/*
 * Material's search reads the search box when a key is released. Text that arrives without a
 * key (pasted with the mouse, dictated, filled in by the browser or a test) would never be
 * searched, so every change of the box is passed on as a key release.
 */
(() => {
  "use strict";

  const box = document.querySelector(".md-search__input");
  if (!box) return;
  box.addEventListener("input", (event) => {
    if (event.isComposing) return;
    box.dispatchEvent(new KeyboardEvent("keyup", { key: "Unidentified", bubbles: true }));
  });
})();
