// Keyboard shortcuts for flashcards, as in Anki: space shows the answer, 1-4 rate, u undoes.
(function () {
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    var button = null;
    if (event.key === " " || event.key === "Enter") {
      button = document.getElementById("show-answer");
    } else if (/^[1-4]$/.test(event.key)) {
      button = document.querySelector('.ratings button[data-key="' + event.key + '"]');
    } else if (event.key === "u") {
      button = document.getElementById("undo");
    }
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
})();
