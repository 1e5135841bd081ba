// Graded exercises: a notebook released into the workspace lives in a folder named after its exercise
// (e.g. qubo-vqe/qubo-vqe.ipynb). When the hub knows that exercise, the page offers "Submit", which sends
// the saved file, byte for byte, to the hub's submission API (same origin: the hub serves this page).
import { api } from "./api.js";
import { escapeHtml } from "./markdown.js";

/** The hub's exercise for this notebook path, or null. */
export async function findExercise(path) {
  const folder = path.includes("/") ? path.slice(0, path.indexOf("/")) : null;
  if (!folder) return null;
  try {
    const response = await fetch(`/api/exercises/${encodeURIComponent(folder)}`, { credentials: "same-origin" });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/** Adds the Submit button to the toolbar; `save` resolves to true once the notebook is saved. */
export function addSubmitButton(toolbar, path, exercise, save, setStatus) {
  const button = document.createElement("button");
  button.dataset.action = "submit";
  button.className = "nb-submit";
  button.textContent = `Submit "${exercise.title}"`;
  const result = document.createElement("a");
  result.className = "nb-submit-result";
  result.href = `/exercises/${encodeURIComponent(exercise.id)}`;
  result.hidden = true;
  toolbar.append(button, result);
  button.onclick = async () => {
    button.disabled = true;
    try {
      if (!(await save())) throw new Error("the notebook could not be saved");
      const file = await fetch(api.downloadUrl(path), { credentials: "same-origin" });
      if (!file.ok) throw new Error(`the notebook could not be read (${file.status})`);
      const form = new FormData();
      form.append("notebook", await file.blob(), path.split("/").pop());
      const response = await fetch(`/api/exercises/${encodeURIComponent(exercise.id)}/submissions`, { method: "POST", body: form, credentials: "same-origin" });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        const detail = body.errors ? Object.values(body.errors).flat().join(" ") : body.detail || body.title || response.statusText;
        throw new Error(detail);
      }
      result.innerHTML = `Submitted at ${escapeHtml(new Date().toLocaleTimeString())}: see the grade and feedback`;
      result.hidden = false;
      setStatus("Submitted: grading has started.");
    } catch (error) {
      setStatus(`Submitting failed: ${error.message}`, true);
    } finally {
      button.disabled = false;
    }
  };
}
