/**
 * The site's only script, shared by every page: the search box and the language switcher keeping the
 * current anchor. Plain browser JavaScript with no dependency; pages stay fully usable without it.
 * The search index is loaded on first use with a `<script>` element, which also works from `file://`.
 */
export const SITE_SCRIPT = `"use strict";
(function () {
  var MAX_RESULTS = 50;

  function normalize(text) {
    return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
  }

  // A count in the page's language (digit grouping), into a text that says "{count} results".
  function withCount(text, count) {
    var shown = typeof Intl === "object" ? new Intl.NumberFormat(document.documentElement.lang || undefined).format(count) : String(count);
    return text.replace("{count}", shown);
  }

  function keepHash(link) {
    link.addEventListener("click", function () {
      if (location.hash) link.href = link.href.split("#")[0] + location.hash;
    });
  }

  function setupSearch(form) {
    var input = form.querySelector("input");
    var list = form.querySelector(".search-results");
    var status = form.querySelector(".search-status");
    var root = form.getAttribute("data-root");
    var requested = false;
    var waiting = [];
    form.hidden = false;

    function load(then) {
      if (window.TIP_SEARCH) return then();
      waiting.push(then);
      if (requested) return;
      requested = true;
      var script = document.createElement("script");
      script.src = form.getAttribute("data-index");
      script.onload = function () {
        waiting.splice(0).forEach(function (callback) { callback(); });
      };
      document.head.appendChild(script);
    }

    var KIND_ORDER = { field: 0, object: 1, codeList: 2, code: 3 };

    // 0: the id, the label or an outside name is the query; 1: the id or a word of the label starts with it;
    // 2: every term is in the id, label or outside names; 3: some term is only in the description.
    function rank(entry, query, terms) {
      var names = entry.m ? entry.m.split(" ") : [];
      var label = normalize(entry.l);
      var id = normalize(entry.i);
      if (id === query || label === query || names.indexOf(query) >= 0) return 0;
      if (id.indexOf(query) === 0 || (" " + label).indexOf(" " + query) >= 0) return 1;
      var main = entry.s + " " + entry.m;
      for (var t = 0; t < terms.length; t++) if (main.indexOf(terms[t]) < 0) return 3;
      return 2;
    }

    function render() {
      var query = normalize(input.value.trim());
      list.textContent = "";
      if (!query) {
        list.hidden = true;
        status.textContent = "";
        return;
      }
      var data = window.TIP_SEARCH;
      var terms = query.split(/\\s+/);
      var hits = [];
      data.entries.forEach(function (entry, index) {
        var text = entry.s + " " + entry.m + " " + entry.d;
        for (var t = 0; t < terms.length; t++) if (text.indexOf(terms[t]) < 0) return;
        hits.push({ entry: entry, rank: rank(entry, query, terms), index: index });
      });
      hits.sort(function (a, b) {
        return a.rank - b.rank || KIND_ORDER[a.entry.k] - KIND_ORDER[b.entry.k] || a.index - b.index;
      });
      hits.slice(0, MAX_RESULTS).forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + hit.entry.u;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = data.texts.kinds[hit.entry.k];
        var label = document.createElement("span");
        label.className = "label";
        label.textContent = hit.entry.l;
        var id = document.createElement("code");
        id.textContent = hit.entry.i;
        link.append(kind, " ", label, " ", id);
        item.append(link);
        list.append(item);
      });
      list.hidden = hits.length === 0;
      status.textContent = hits.length === 0
        ? data.texts.noResults
        : hits.length === 1
          ? data.texts.oneResult
          : withCount(data.texts.results, hits.length);
    }

    input.addEventListener("focus", function () { load(function () {}); });
    input.addEventListener("input", function () { load(render); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        render();
      } else if (event.key === "ArrowDown") {
        var first = list.querySelector("a");
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      load(function () {
        render();
        var first = list.querySelector("a");
        if (first) location.href = first.href;
      });
    });
  }

  // Opens the field entry (a closed <details>) the address points at, on load and when the anchor changes.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS" && !target.open) {
      target.open = true;
      target.scrollIntoView();
    }
  }

  // The "I come from HTCDS / CTDC" box: keeps the rows of the named tables whose text holds every term.
  function setupLookup(form) {
    var input = form.querySelector("input");
    var status = form.querySelector("[role=status]");
    var rows = [];
    form.getAttribute("data-lookup").split(" ").forEach(function (id) {
      var table = document.getElementById(id);
      if (table) table.querySelectorAll("tbody tr").forEach(function (row) {
        rows.push({ row: row, text: normalize(row.textContent) });
      });
    });
    form.hidden = false;
    function filter() {
      var terms = normalize(input.value.trim()).split(/s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (entry) {
        var match = terms.every(function (term) { return entry.text.indexOf(term) >= 0; });
        entry.row.hidden = !match;
        if (match) shown++;
      });
      status.textContent = terms.length === 0
        ? ""
        : shown === 0
          ? form.getAttribute("data-no-results")
          : shown === 1
            ? form.getAttribute("data-one-result")
            : withCount(form.getAttribute("data-results"), shown);
    }
    input.addEventListener("input", filter);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  }

  document.querySelectorAll("[data-keep-hash]").forEach(keepHash);
  var lookup = document.querySelector("form[data-lookup]");
  if (lookup) setupLookup(lookup);
  openTarget();
  window.addEventListener("hashchange", openTarget);
  var form = document.querySelector("form[data-search]");
  if (form) setupSearch(form);
})();
`;
