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
  function tick() {
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    var minutes = Math.floor(left / 60), seconds = left % 60;
    output.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    if (left === 0) { window.location.reload(); return; }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
