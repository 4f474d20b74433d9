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

  // The calendar's month (a plain table without JavaScript) as a WAI-ARIA grid: its days are one tab stop
  // (today, else the 1st, else where the keys went); arrows step a day or a week, Home/End go to the week's
  // Monday/Sunday, PageUp/PageDown to the same day of the previous/next month. A day outside the month shown
  // brings its month in (htmx, address pushed) with focus on that day. Enter goes into the day's renewals,
  // whose links leave the tab order (Escape or an arrow comes back out).
  var DAY_MS = 86400000, focusAfterSwap = null;
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function sameDayOfMonth(year, month, day) {
    var last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return isoDay(Date.UTC(year, month, Math.min(day, last)));
  }
  function dayAfterKey(iso, key) {
    var p = iso.split("-").map(Number), ms = Date.UTC(p[0], p[1] - 1, p[2]);
    var weekday = (new Date(ms).getUTCDay() + 6) % 7;  // Monday first, as the grid
    var steps = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: -weekday, End: 6 - weekday };
    if (key in steps) return isoDay(ms + steps[key] * DAY_MS);
    if (key === "PageUp" || key === "PageDown") return sameDayOfMonth(p[0], p[1] - 1 + (key === "PageUp" ? -1 : 1), p[2]);
    return null;
  }
  function selectDay(grid, cell, focus) {
    grid.querySelectorAll("td[data-date]").forEach(function (day) {
      day.tabIndex = day === cell ? 0 : -1;
      day.setAttribute("aria-selected", day === cell ? "true" : "false");
    });
    if (focus) cell.focus();
  }
  function makeGrid(grid) {
    grid.setAttribute("role", "grid");
    grid.querySelectorAll("td[data-date]").forEach(function (day) { day.setAttribute("role", "gridcell"); });
    grid.querySelectorAll("td[data-date] a").forEach(function (link) { link.tabIndex = -1; });
    var wanted = focusAfterSwap && grid.querySelector('td[data-date="' + focusAfterSwap + '"]');
    focusAfterSwap = null;
    selectDay(grid, wanted || grid.querySelector("td[aria-current=date]:not(.other-month)") ||
      grid.querySelector("td[data-date]:not(.other-month)"), Boolean(wanted));
  }
  htmx.onLoad(function (root) {
    if (root.matches("table.month")) makeGrid(root);
    root.querySelectorAll("table.month").forEach(makeGrid);
  });
  document.addEventListener("focusin", function (event) {  // a click on a day moves the tab stop too
    var cell = event.target.matches && event.target.matches("table.month[role=grid] td[data-date]") && event.target;
    if (cell) selectDay(cell.closest("table"), cell, false);
  });
  document.addEventListener("keydown", function (event) {
    var cell = event.target.closest && event.target.closest("table.month[role=grid] td[data-date]");
    if (!cell || event.altKey || event.ctrlKey || event.metaKey) return;
    var link = cell.querySelector("a");
    if (event.target === cell && event.key === "Enter" && link) { event.preventDefault(); link.focus(); return; }
    if (event.target !== cell && event.key === "Escape") { event.preventDefault(); cell.focus(); return; }
    var next = dayAfterKey(cell.getAttribute("data-date"), event.key);
    if (next === null) return;
    event.preventDefault();
    var grid = cell.closest("table"), there = grid.querySelector('td[data-date="' + next + '"]');
    if (there && !there.classList.contains("other-month")) { selectDay(grid, there, true); return; }
    focusAfterSwap = next;
    var url = "/calendar?month=" + next.slice(0, 7);
    htmx.ajax("GET", url, { target: "#calendar", swap: "outerHTML", push: url });
  });

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
