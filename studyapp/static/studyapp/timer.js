// Counts down an exam's time limit; the server enforces it whatever this script does.
(function () {
  var timer = document.querySelector(".timer[data-deadline]");
  if (!timer) return;
  var deadline = new Date(timer.getAttribute("data-deadline")).getTime();
  var output = document.createElement("span");
  output.className = "countdown";
  output.setAttribute("aria-live", "off");
  timer.appendChild(document.createTextNode(" · "));
  timer.appendChild(output);
  // One minute before the end, say so once, loud enough for a screen reader too.
  var warning = document.createElement("p");
  warning.className = "timer-warning";
  warning.setAttribute("role", "alert");
  timer.parentNode.insertBefore(warning, timer.nextSibling);
  var warned = false;
  function tick() {
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    if (left <= 60 && left > 0 && !warned) {
      warned = true;
      timer.classList.add("ending");
      warning.textContent = timer.getAttribute("data-warning") || "";
    }
    var minutes = Math.floor(left / 60), seconds = left % 60;
    output.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    if (left === 0) { window.location.reload(); return; }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
