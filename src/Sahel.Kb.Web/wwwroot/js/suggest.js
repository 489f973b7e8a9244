// Title suggestions for the header's search box. Without JavaScript the box is a plain GET form;
// with it, the box becomes an ARIA combobox listing articles whose title or alias starts with
// what was typed (GET /api/suggest?q=). Choosing one opens the article.
(() => {
  "use strict";
  const input = document.getElementById("site-search");
  if (!input || !window.fetch) {
    return;
  }

  const list = document.createElement("ul");
  list.id = "site-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggested articles");
  list.hidden = true;
  input.after(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  input.autocomplete = "off";

  let active = -1;
  let timer = 0;
  let latest = 0;

  const options = () => Array.from(list.children);

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const highlight = (index) => {
    const all = options();
    active = index;
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", all[index].id);
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const open = (articles) => {
    list.replaceChildren(...articles.map((article, i) => {
      const option = document.createElement("li");
      option.id = `site-suggestion-${i}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.href = `/articles/${encodeURIComponent(article.slug)}`;
      const title = document.createElement("span");
      title.textContent = article.title;
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = article.kind;
      option.append(title, " ", kind);
      option.addEventListener("mousedown", (event) => event.preventDefault());
      option.addEventListener("click", () => window.location.assign(option.dataset.href));
      return option;
    }));
    list.hidden = articles.length === 0;
    input.setAttribute("aria-expanded", String(articles.length > 0));
    active = -1;
  };

  const suggest = async () => {
    const query = input.value.trim();
    const request = ++latest;
    if (query.length < 2) {
      close();
      return;
    }

    try {
      const response = await fetch(`/api/suggest?q=${encodeURIComponent(query)}`, { headers: { Accept: "application/json" } });
      if (response.ok && request === latest) {
        open(await response.json());
      }
    } catch {
      close();
    }
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 150);
  });

  input.addEventListener("keydown", (event) => {
    const count = options().length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      highlight((active + 1) % count);
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      highlight(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.assign(options()[active].dataset.href);
    } else if (event.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", () => window.setTimeout(close, 100));
})();
