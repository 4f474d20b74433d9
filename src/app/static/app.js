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

  // Live updates: while the page's socket is closed or cannot connect, say so and poll each running
  // job's panel instead (the answer is what the socket would send: out-of-band panels, results when done),
  // and each live section that names its own URL (data-poll-url: the delivery log).
  var POLL_EVERY = 2000, FIRST_CONNECT_WAIT = 5000;
  document.querySelectorAll("[ws-connect]").forEach(function (live) {
    var notice = live.querySelector("[data-live-status]");
    var timer = null;
    function poll() {
      live.querySelectorAll("[data-job-id][data-state=pending], [data-job-id][data-state=active]").forEach(function (panel) {
        var url = "/scans/jobs/" + encodeURIComponent(panel.getAttribute("data-queue")) + "/" +
          encodeURIComponent(panel.getAttribute("data-job-id"));
        htmx.ajax("GET", url, { source: panel, swap: "none" });
      });
      live.querySelectorAll("[data-poll-url]").forEach(function (section) {
        htmx.ajax("GET", section.getAttribute("data-poll-url"), { target: section, swap: "outerHTML" });
      });
    }
    function down() {
      if (notice) notice.hidden = false;
      if (timer === null) { timer = window.setInterval(poll, POLL_EVERY); poll(); }
    }
    function up() {
      window.clearTimeout(firstConnect);
      if (notice) notice.hidden = true;
      if (timer !== null) { window.clearInterval(timer); timer = null; }
    }
    var firstConnect = window.setTimeout(down, FIRST_CONNECT_WAIT);
    live.addEventListener("htmx:wsOpen", up);
    live.addEventListener("htmx:wsClose", down);
    live.addEventListener("htmx:wsError", down);
  });
})();
