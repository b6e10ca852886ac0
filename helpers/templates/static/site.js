// The collection's two behaviours: search across all pages (the index is search-index.js, a
// script beside the pages, so it works from file:// with no fetch) and long tables that show
// their first rows until asked for all. Everything else (folded code, solutions) is HTML.
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function snippet(text, word) {
    var at = fold(text).indexOf(word);
    var start = Math.max(0, at - 60);
    return (start > 0 ? "\u2026" : "") + text.slice(start, start + 180) +
      (start + 180 < text.length ? "\u2026" : "");
  }
  function search(query) {
    var words = fold(query).split(/\s+/).filter(function (w) { return w.length > 1; });
    if (!words.length) { return []; }
    return (window.SEARCH_INDEX || []).filter(function (entry) {
      var hay = entry.folded || (entry.folded = fold(entry.page_title + " " + entry.section + " " + entry.text));
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    }).map(function (entry) { return { entry: entry, word: words[0] }; });
  }
  function show(box, query, hits) {
    box.textContent = "";
    if (!query.trim()) { box.hidden = true; return; }
    box.hidden = false;
    var head = document.createElement("p");
    head.textContent = hits.length ? hits.length + " section(s) contain \u201c" + query + "\u201d:"
                                   : "No section contains \u201c" + query + "\u201d.";
    box.appendChild(head);
    var list = document.createElement("ol");
    hits.slice(0, 30).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.entry.href;
      link.textContent = hit.entry.section || hit.entry.page_title;
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = " \u2014 " + hit.entry.page_title;
      var text = document.createElement("div");
      text.textContent = snippet(hit.entry.text, hit.word);
      item.appendChild(link); item.appendChild(where); item.appendChild(text);
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  function longTables() {
    document.querySelectorAll("table[data-rows-shown]").forEach(function (table) {
      var note = table.parentNode.querySelector(".table-note[data-for='" + table.id + "']");
      if (!note) { return; }
      var button = document.createElement("button");
      button.type = "button";
      var label = function () {
        button.textContent = table.classList.contains("show-all")
          ? "Show the first " + table.dataset.rowsShown + " rows" : "Show all " + table.dataset.rows + " rows";
      };
      button.addEventListener("click", function () { table.classList.toggle("show-all"); label(); });
      label();
      note.appendChild(button);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("site-search");
    var box = document.getElementById("search-results");
    if (input && box) {
      input.addEventListener("input", function () { show(box, input.value, search(input.value)); });
    }
    longTables();
  });
}());
