// The offline edition's search: the query in the page's address (?q=) against the index the
// export wrote (search-index.js), folded as the server folds it — case, accents, apostrophes and
// dashes — with the last word as a prefix. The named article first, then titles that begin with
// the query, titles that hold every word, aliases, and text; a name without an article after the
// articles its words match as well, before those whose words match less.
(function () {
  "use strict";
  var index = window.SAHEL_KB_INDEX || [];
  var results = document.getElementById("offline-results");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  var box = document.querySelector("main input[type=search]");
  if (box) { box.value = query; }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").replace(/[\u2010-\u2014\u2212]/g, "-")
      .replace(/\s+/g, " ").trim();
  }
  function words(text) { return text.split(/[^\p{L}\p{N}']+/u).filter(function (w) { return w.length > 0; }); }
  function holds(text, terms) {
    var found = words(text);
    return terms.every(function (term, i) {
      return found.some(function (w) { return i === terms.length - 1 ? w.indexOf(term) === 0 : w === term; });
    });
  }
  function tier(entry, folded, terms) {
    if (entry.f === folded || entry.a.indexOf(folded) >= 0) { return 0; }
    if (entry.f.indexOf(folded) === 0) { return 1; }
    if (holds(entry.f, terms)) { return 2; }
    if (entry.a.some(function (alias) { return holds(alias, terms); })) { return 3; }
    if (holds(entry.x, terms)) { return 4; }
    return -1;
  }

  var folded = fold(query);
  var terms = words(folded);
  if (!results || terms.length === 0) { return; }
  var found = [];
  index.forEach(function (entry) {
    var t = tier(entry, folded, terms);
    if (t >= 0) { found.push({ tier: entry.w ? t + 0.5 : t, entry: entry }); }
  });
  found.sort(function (a, b) { return a.tier - b.tier || a.entry.t.localeCompare(b.entry.t); });

  var heading = document.createElement("p");
  heading.textContent = found.length === 0 ? "No article matches \u201c" + query + "\u201d."
    : found.length + (found.length === 1 ? " article matches \u201c" : " articles match \u201c") + query + "\u201d.";
  results.appendChild(heading);
  var list = document.createElement("ol");
  list.className = "results";
  found.slice(0, 100).forEach(function (hit) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = hit.entry.u;
    link.textContent = hit.entry.t;
    var kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = " " + hit.entry.k;
    var lead = document.createElement("p");
    lead.textContent = hit.entry.s;
    item.append(link, kind, lead);
    list.appendChild(item);
  });
  results.appendChild(list);
})();
