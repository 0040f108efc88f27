// newsgraph web: mark an item's words, keyboard keys, tidy form URLs. No inline script anywhere.
(function () {
  "use strict";

  function marks(id) {
    return document.querySelectorAll('.ng-text [data-i~="' + CSS.escape(id) + '"]');
  }

  function sideItem(id) {
    return document.querySelector('.ng-side li[data-for="' + CSS.escape(id) + '"]');
  }

  function clear(cls) {
    document.querySelectorAll("." + cls).forEach(function (el) { el.classList.remove(cls); });
  }

  // Mark the words of one statement, event or actor; `scroll` brings them into view.
  function select(id, scroll) {
    clear("ng-on");
    if (!id) return;
    var found = marks(id);
    found.forEach(function (el) { el.classList.add("ng-on"); });
    var item = sideItem(id);
    if (item) item.classList.add("ng-on");
    if (scroll && found.length) found[0].scrollIntoView({ block: "center" });
    document.body.dataset.selected = id;
  }

  function fromHash() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (id && document.querySelector(".ng-text")) select(id, true);
  }

  function itemIds() {
    return Array.prototype.map.call(
      document.querySelectorAll(".ng-side li[data-for]"),
      function (li) { return li.dataset.for; });
  }

  function step(delta) {
    var ids = itemIds();
    if (!ids.length) return false;
    var at = ids.indexOf(document.body.dataset.selected || "");
    var next = ids[Math.max(0, Math.min(ids.length - 1, at < 0 ? 0 : at + delta))];
    history.replaceState(null, "", "#" + next);
    select(next, true);
    var link = document.querySelector('.ng-side a.ng-item[data-for="' + CSS.escape(next) + '"]');
    if (link) link.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var texts = document.querySelectorAll(".ng-text"); // one on an article, two on compare
    texts.forEach(function (text) {
      // Click on marked words: select the first item they belong to (statements first).
      text.addEventListener("click", function (ev) {
        var el = ev.target.closest("[data-i]");
        if (!el) return;
        var ids = el.dataset.i.split(" ");
        var current = ids.indexOf(document.body.dataset.selected || "");
        var id = ids[(current + 1) % ids.length]; // clicking again cycles through the items
        history.replaceState(null, "", "#" + id);
        select(id, false);
        var item = sideItem(id);
        if (item) item.scrollIntoView({ block: "nearest" });
      });
      // Hovering marked words lights up every word of their first item.
      text.addEventListener("mouseover", function (ev) {
        var el = ev.target.closest("[data-i]");
        clear("ng-hover");
        if (el) marks(el.dataset.i.split(" ")[0]).forEach(function (m) { m.classList.add("ng-hover"); });
      });
      text.addEventListener("mouseleave", function () { clear("ng-hover"); });
    });
    if (texts.length) {
      document.querySelectorAll(".ng-side [data-for]").forEach(function (el) {
        var id = el.dataset.for;
        el.addEventListener("mouseenter", function () { marks(id).forEach(function (m) { m.classList.add("ng-hover"); }); });
        el.addEventListener("mouseleave", function () { clear("ng-hover"); });
        if (el.tagName === "A") {
          el.addEventListener("focus", function () { select(id, false); });
          el.addEventListener("click", function (ev) {
            ev.preventDefault();
            history.replaceState(null, "", "#" + id);
            select(id, true);
          });
        }
      });
      window.addEventListener("hashchange", fromHash);
      fromHash();
    }

    // Forms: leave empty fields out of the URL, so permalinks stay short.
    document.querySelectorAll("form[method=get]").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("input[name]").forEach(function (input) {
          if (input.value === "") input.disabled = true;
        });
      });
    });
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") {
      if (ev.key === "Escape") ev.target.blur();
      return;
    }
    var go = function (rel) {
      var a = document.querySelector('a[rel="' + rel + '"]');
      if (a) location.href = a.href;
    };
    if (ev.key === "/") {
      var box = document.querySelector("[data-hotkey-main]") || document.querySelector("[data-hotkey]");
      if (box) { ev.preventDefault(); box.focus(); box.select(); }
    } else if (ev.key === "j") {
      if (step(1)) ev.preventDefault();
    } else if (ev.key === "k") {
      if (step(-1)) ev.preventDefault();
    } else if (ev.key === "n") {
      go("next");
    } else if (ev.key === "p") {
      go("prev");
    } else if (ev.key === "Escape") {
      select(null);
      history.replaceState(null, "", location.pathname + location.search);
    }
  });
})();
