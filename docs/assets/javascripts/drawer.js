/*
 * Material's menu on narrow screens (the drawer), for keyboard users.
 *
 * Its button is a <label> for a hidden checkbox: Tab never reaches it, and Enter or Space do
 * nothing (2.1.1 Keyboard). The closed drawer is only moved off screen, so its links stayed in
 * the Tab order where nobody could see the focus (2.4.7 Focus Visible), and Tab went on from the
 * open drawer to links hidden behind it. This script puts a real button with a name and a state
 * in the label's place, makes the drawer inert while it is closed on a narrow screen, moves
 * focus into it when it is opened from the keyboard, and closes it with Escape or when focus
 * leaves it. Sub-menus get the same care. Without the script the label works by touch and mouse
 * as before.
 */
(() => {
  "use strict";

  const toggle = document.getElementById("__drawer");
  const label = document.querySelector(".md-header label[for='__drawer']");
  const drawer = document.querySelector(".md-sidebar--primary");
  const nav = drawer && drawer.querySelector("nav[aria-label]");
  if (!toggle || !label || !nav) return;

  // The same width at which Material turns the sidebar into a drawer.
  const narrow = window.matchMedia("(max-width: 76.234375em)");
  const isOpen = () => narrow.matches && toggle.checked;
  // Panels slide in: scrolling to them before they arrive would push the menu out of view.
  const STILL = { preventScroll: true };

  function update() {
    button.setAttribute("aria-expanded", String(toggle.checked));
    drawer.inert = narrow.matches && !toggle.checked;
  }

  /** A label for one of Material's checkboxes in the menu, reachable with Tab, as Material's
   * own sub-menu labels are. */
  function focusable(target) {
    target.tabIndex = 0;
    // Enter is Material's: it clicks whichever label has focus. Space works as on a button.
    target.addEventListener("keydown", (event) => {
      if (event.key !== " ") return;
      event.preventDefault();
      target.click(); // the label's click toggles its checkbox, as a tap does
    });
  }

  const button = document.createElement("button");
  button.type = "button";
  button.className = `${label.className} drawer-button`;
  button.setAttribute("aria-label", nav.getAttribute("aria-label"));
  button.append(...label.childNodes);
  button.addEventListener("click", () => toggle.click());
  label.replaceWith(button);

  // A sub-menu covers the menu it came from, and its title at the top leads back: the title gets
  // a Tab stop, and focus follows when a sub-menu opens or closes.
  for (const title of drawer.querySelectorAll("label.md-nav__title:not([for='__drawer'])")) {
    const sub = document.getElementById(title.htmlFor);
    const opener = drawer.querySelector(`label.md-nav__link[for="${sub.id}"]`);
    focusable(title);
    if (opener) focusable(opener); // the page's table of contents had no Tab stop at all
    sub.addEventListener("change", () => {
      const focused = document.activeElement;
      if (sub.checked && focused === opener) title.focus(STILL);
      else if (!sub.checked && focused === title && opener) opener.focus(STILL);
    });
  }

  /** The title of the open sub-menu (Material opens the current page's), or the first link. */
  function firstInView() {
    const open = [...drawer.querySelectorAll(".md-nav__toggle:checked")].pop();
    const title = open && drawer.querySelector(`label.md-nav__title[for="${open.id}"]`);
    return title || drawer.querySelector("a[href]");
  }

  toggle.addEventListener("change", () => {
    const fromButton = document.activeElement === button;
    update();
    if (isOpen() && fromButton) firstInView().focus(STILL);
  });
  narrow.addEventListener("change", update);

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !isOpen()) return;
    button.click();
    button.focus();
  });
  drawer.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    if (isOpen() && next && next !== button && !drawer.contains(next)) button.click();
  });

  update();
})();
