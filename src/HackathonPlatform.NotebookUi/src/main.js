// Routes #/tree/<folder> and #/notebooks/<path> inside one page served by the group's notebook server.
import { showTree } from "./tree.js";
import { showNotebook } from "./notebook.js";

const app = document.getElementById("app");
const status = document.getElementById("nb-status");
let statusTimer;

function setStatus(message, isError = false) {
  status.textContent = message;
  status.classList.toggle("nb-status-error", isError);
  clearTimeout(statusTimer);
  if (!isError) statusTimer = setTimeout(() => (status.textContent = ""), 4000);
}

async function route() {
  const hash = decodeURI(location.hash.replace(/^#\/?/, ""));
  if (hash.startsWith("notebooks/")) {
    await showNotebook(app, hash.slice("notebooks/".length), setStatus);
  } else {
    await showTree(app, hash.startsWith("tree/") ? hash.slice("tree/".length) : "", setStatus);
  }
}

window.addEventListener("hashchange", () => {
  if (window.onbeforeunload?.() && !confirm("Leave without saving?")) return;
  window.onbeforeunload = null;
  document.onkeydown = null;
  route();
});
route();
