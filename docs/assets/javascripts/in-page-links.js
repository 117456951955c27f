/*
 * Links to a place on the same page (skip links, the table of contents, a search hit on this
 * page, the plan's error summary) scroll to it and move focus there without adding an entry to
 * the tab's history. Each page thus keeps exactly one entry, so quick exit's location.replace
 * removes it for good, and Back never shows the page that was left (docs/trygg-bruk.md).
 */
(function () {
  "use strict";

  const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";

  function targetOnThisPage(link) {
    if (!link.hash || link.href.split("#")[0] !== window.location.href.split("#")[0]) {
      return null;
    }
    let id = link.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch (error) {
      // A malformed escape: look the id up as it is written.
    }
    return document.getElementById(id);
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) {
      return;
    }
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return; // a new tab or window: the browser's own business
    }
    const link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) {
      return;
    }
    const target = targetOnThisPage(link);
    if (!target) {
      return;
    }
    event.preventDefault();
    const oldURL = window.location.href;
    window.history.replaceState(window.history.state, "", link.hash);
    // Material closes its drawer and search, and opens what hides the target, on hashchange.
    window.dispatchEvent(
      new HashChangeEvent("hashchange", { oldURL: oldURL, newURL: window.location.href })
    );
    target.scrollIntoView();
    if (!target.matches(FOCUSABLE)) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus({ preventScroll: true });
  });
})();
