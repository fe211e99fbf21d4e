const { invoke } = window.__TAURI__.core;

let greetInputEl;
let greetMsgEl;

async function greet() {
  greetMsgEl.textContent = await invoke("greet", { name: greetInputEl.value });
}

window.addEventListener("DOMContentLoaded", () => {
  greetInputEl = document.querySelector("#greet-input");
  greetMsgEl = document.querySelector("#greet-msg");
  document.querySelector("#greet-form").addEventListener("submit", (e) => {
    e.preventDefault();
    greet();
  });
  // Added to the template for `make bench-app`: the first frame with the form wired has been
  // drawn (the second animation frame), as Waypoint marks its home view.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("first-screen")));
});
