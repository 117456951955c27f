/*
 * Quick exit ("Forlat siden"): the button, the skip link and Shift pressed three times.
 *
 * Without this script the button and skip link are plain links to the neutral site. With it,
 * leaving also hides the page at once, empties every field, tells other scripts to wipe what
 * they hold (event "krisesenter:exit") and uses location.replace, so this page does not stay
 * in the tab's history. Texts come from data-i18n-* attributes (see partials/quick-exit.html).
 */
(function () {
  "use strict";

  const root = document.querySelector("[data-krs-exit-root]");
  const button = root && root.querySelector("a[data-krs-exit]");
  if (!button) {
    return;
  }

  const PRESSES_NEEDED = 3;
  const TIMEOUT_MS = 5000;
  const NOT_TYPED = ["button", "checkbox", "hidden", "image", "radio", "reset", "submit"];

  let presses = 0;
  let shiftAlone = false; // a Shift key went down and no other key or click since
  let pressTimer = null;
  let clearTimer = null;
  let leaving = false;
  let overlay = null;

  const status = document.createElement("span");
  status.className = "krs-visually-hidden";
  status.setAttribute("role", "status");
  root.appendChild(status);

  const indicator = document.createElement("span");
  indicator.className = "krs-exit__indicator";
  indicator.setAttribute("aria-hidden", "true");
  indicator.hidden = true;
  for (let i = 0; i < PRESSES_NEEDED; i++) {
    indicator.appendChild(document.createElement("span"));
  }
  root.appendChild(indicator);

  function text(key) {
    return root.getAttribute("data-i18n-" + key) || "";
  }

  function announce(message) {
    window.clearTimeout(clearTimer);
    status.textContent = message;
  }

  function showPresses() {
    indicator.hidden = presses === 0;
    for (let i = 0; i < indicator.children.length; i++) {
      indicator.children[i].classList.toggle("krs-exit__dot--on", i < presses);
    }
  }

  function resetPresses() {
    window.clearTimeout(pressTimer);
    presses = 0;
    showPresses();
  }

  function timeOut() {
    resetPresses();
    announce(text("timed-out"));
    clearTimer = window.setTimeout(function () {
      status.textContent = "";
    }, TIMEOUT_MS);
  }

  /* Empty every field, also outside forms. Buttons keep their labels and hidden inputs their
     values (nobody types into them); checkboxes and radio buttons return to how the page came. */
  // Field by field rather than form.reset(): Material answers a reset of its search form by
  // focusing the search box, which opens the search over the page.
  function clearFields() {
    document.querySelectorAll("input, textarea, select").forEach(function (field) {
      const type = (field.getAttribute("type") || "").toLowerCase();
      if (field.tagName === "INPUT" && (type === "checkbox" || type === "radio")) {
        field.checked = field.defaultChecked;
      } else if (field.tagName !== "INPUT" || NOT_TYPED.indexOf(type) === -1) {
        field.value = "";
      }
    });
  }

  function leave() {
    if (leaving) {
      return;
    }
    leaving = true;
    resetPresses();
    document.body.classList.add("krs-exit-hide");
    overlay = document.createElement("div");
    overlay.className = "krs-exit-overlay";
    overlay.setAttribute("role", "alert");
    document.body.appendChild(overlay);
    // Set after insertion: screen readers announce it more reliably (as GOV.UK found).
    overlay.textContent = text("activated");
    clearFields();
    window.dispatchEvent(new Event("krisesenter:exit"));
    leaveWindow();
  }

  /* Shown inside another site's frame (a host that allows framing), leave the whole tab: the
     page around the frame must not stay on screen, nor in history. A sandboxed frame may not
     navigate the tab; then at least the frame leaves. */
  function leaveWindow() {
    if (window.top !== window.self) {
      try {
        window.top.location.replace(button.href);
        return;
      } catch (error) {
        // Not allowed to navigate the top window: fall through.
      }
    }
    window.location.replace(button.href);
  }

  function onKeyDown(event) {
    if (event.key === "Shift") {
      shiftAlone = true;
      return;
    }
    shiftAlone = false;
    if (presses > 0) {
      resetPresses();
      announce("");
    }
  }

  /* Counted by event.key, not by location: left and right Shift may be mixed (govuk-frontend
     issue 5393), and a Shift held while the other one is pressed is no modifier. */
  function onKeyUp(event) {
    if (event.key !== "Shift" || !shiftAlone) {
      return;
    }
    presses += 1;
    window.clearTimeout(pressTimer);
    showPresses();
    if (presses >= PRESSES_NEEDED) {
      leave();
      return;
    }
    announce(text(presses === 1 ? "press-two-more-times" : "press-one-more-time"));
    pressTimer = window.setTimeout(timeOut, TIMEOUT_MS);
  }

  /* Back to a page of this site from history (back/forward cache or the browser's own form
     restoration): make it usable again and show nothing that was typed before. */
  function onPageShow(event) {
    const navigation = performance.getEntriesByType ? performance.getEntriesByType("navigation") : [];
    const fromHistory = navigation.length > 0 && navigation[0].type === "back_forward";
    if (event.persisted || fromHistory || leaving) {
      clearFields();
    }
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
    document.body.classList.remove("krs-exit-hide");
    leaving = false;
    resetPresses();
    announce("");
  }

  document.querySelectorAll("a[data-krs-exit]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      leave();
    });
  });
  // Capture phase on window: runs first, also while typing in a field that stops propagation.
  window.addEventListener("keydown", onKeyDown, true);
  window.addEventListener("keyup", onKeyUp, true);
  window.addEventListener(
    "pointerdown",
    function () {
      shiftAlone = false; // Shift+click selects text: Shift as a modifier
    },
    true
  );
  window.addEventListener("pageshow", onPageShow);
})();
