// Subscout's own script: small behaviours the CSP-safe pages need (no inline script anywhere).
(function () {
  "use strict";

  // Forms with data-confirm ask first (merge, remove, revoke, disconnect); capture runs before htmx.
  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // The Edit popover (a <details>): Escape or a click outside closes it and gives focus back to its row.
  function closePopover(popover) {
    popover.open = false;
    var summary = popover.querySelector("summary");
    if (summary) summary.focus();
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.querySelector("details.row-actions[open]");
    if (open) closePopover(open);
  });
  document.addEventListener("click", function (event) {
    document.querySelectorAll("details.row-actions[open]").forEach(function (popover) {
      if (!popover.contains(event.target)) popover.open = false;
    });
  });
  // One popover open at a time.
  document.addEventListener("toggle", function (event) {
    var opened = event.target;
    if (!opened.matches || !opened.matches("details.row-actions") || !opened.open) return;
    document.querySelectorAll("details.row-actions[open]").forEach(function (other) {
      if (other !== opened) other.open = false;
    });
  }, true);
})();
