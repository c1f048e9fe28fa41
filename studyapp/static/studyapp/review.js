// Review page: keyboard review (j/k, a, r, e) and adding an item by selecting words in a passage.
// Without JavaScript every action is a plain form.
(function () {
  "use strict";
  const page = document.querySelector("[data-review]");
  if (!page) return;
  const items = () => Array.from(page.querySelectorAll("[data-item]"));

  function focusItem(delta) {
    const all = items();
    if (!all.length) return;
    const current = all.indexOf(document.activeElement.closest("[data-item]"));
    let next = current < 0 ? 0 : current + delta;
    next = Math.max(0, Math.min(all.length - 1, next));
    all[next].focus();
    all[next].scrollIntoView({ block: "nearest" });
  }

  function submitWithNext(item, selector) {
    const button = item.querySelector(selector);
    if (!button) return;
    const all = items();
    const after = all.slice(all.indexOf(item) + 1).find((i) => i.dataset.status === "drafted");
    const form = button.form;
    if (after) {
      const next = document.createElement("input");
      next.type = "hidden";
      next.name = "next";
      next.value = after.id;
      form.appendChild(next);
    }
    form.requestSubmit(button);
  }

  document.addEventListener("keydown", function (event) {
    const target = event.target;
    if (target.closest("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
    const item = target.closest("[data-item]");
    if (event.key === "j") { focusItem(1); event.preventDefault(); }
    else if (event.key === "k") { focusItem(-1); event.preventDefault(); }
    else if (item && event.key === "a") { submitWithNext(item, "[data-accept]"); event.preventDefault(); }
    else if (item && event.key === "r") { submitWithNext(item, "[data-reject]"); event.preventDefault(); }
    else if (item && event.key === "e") {
      const details = item.querySelector("[data-edit]");
      details.open = true;
      details.querySelector("textarea, input:not([type=hidden]), select").focus();
      event.preventDefault();
    }
  });

  // After a redirect to #item-…, keep the keyboard where the reader was.
  if (location.hash.startsWith("#item-")) {
    const item = document.getElementById(location.hash.slice(1));
    if (item) item.focus();
  }

  const form = page.querySelector("[data-add-form]");
  page.querySelectorAll("[data-passage]").forEach(function (passage) {
    passage.addEventListener("mouseup", function () {
      const selected = window.getSelection().toString().trim();
      if (!selected || !form) return;
      form.elements.passage.value = passage.dataset.passage;
      form.elements.span.value = selected;
      form.scrollIntoView({ block: "nearest" });
      form.elements.kind.focus();
    });
  });
})();
