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

    function rank(entry, query) {
      var id = normalize(entry.i);
      var label = normalize(entry.l);
      if (id === query || label === query) return 0;
      if (label.indexOf(query) === 0 || id.indexOf(query) === 0) return 1;
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
        for (var t = 0; t < terms.length; t++) if (entry.s.indexOf(terms[t]) < 0) return;
        hits.push({ entry: entry, rank: rank(entry, query), index: index });
      });
      hits.sort(function (a, b) { return a.rank - b.rank || a.index - b.index; });
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
          : data.texts.results.replace("{count}", String(hits.length));
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

  document.querySelectorAll("[data-keep-hash]").forEach(keepHash);
  var form = document.querySelector("form[data-search]");
  if (form) setupSearch(form);
})();
`;
