// The notebook page: toolbar, cells, running, saving and autosave.
import { api } from "./api.js";
import { CellView } from "./cell.js";
import { KernelSession } from "./kernel.js";
import { applyEvent } from "./outputs.js";
import { escapeHtml } from "./markdown.js";
import { findExercise, addSubmitButton } from "./exercise.js";
import { notebookLanguage } from "./qsharp.js";

const kernelNames = { csharp: "C#", qsharp: "Q#", CSharp: "C#", QSharp: "Q#" };

const AUTOSAVE_MS = 20_000;
const newId = () => (crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`).replace(/-/g, "").slice(0, 12);

export async function showNotebook(app, path, setStatus) {
  document.getElementById("nb-where").textContent = path;
  let model;
  try {
    model = await api.getNotebook(path);
  } catch (error) {
    // A corrupt or foreign file is shown as an error and never overwritten.
    app.innerHTML = `<p class="nb-problem" role="alert">This notebook cannot be opened: ${escapeHtml(error.message)}</p><p><a href="#/tree/">Back to the workspace</a></p>`;
    return;
  }
  const notebook = model.content;
  notebook.cells ??= [];
  const page = new NotebookPage(app, path, notebook, setStatus);
  await page.mount();
}

class NotebookPage {
  constructor(app, path, notebook, setStatus) {
    Object.assign(this, { app, path, notebook, setStatus, views: [], dirty: false, selected: null, language: notebookLanguage(notebook) });
  }

  async mount() {
    const folder = this.path.includes("/") ? this.path.slice(0, this.path.lastIndexOf("/") + 1) : "";
    this.app.innerHTML = `
      <nav class="nb-crumbs"><a href="#/tree/${encodeURI(folder)}">← workspace</a> <span class="nb-kernel-name" id="kernel-name" title="This notebook's kernel">${kernelNames[this.language]}</span> <span class="nb-kernel" id="kernel-state">kernel: starting</span></nav>
      <div class="nb-toolbar" role="toolbar" aria-label="Notebook">
        <button data-action="save" title="Ctrl+S">Save</button>
        <button data-action="run" title="Shift+Enter">Run</button>
        <button data-action="run-all">Run all</button>
        <button data-action="interrupt" class="secondary">Interrupt</button>
        <button data-action="restart" class="secondary">Restart kernel</button>
        <button data-action="add-code" class="secondary">+ Code</button>
        <button data-action="add-markdown" class="secondary">+ Markdown</button>
        <button data-action="up" class="secondary" aria-label="Move cell up">↑</button>
        <button data-action="down" class="secondary" aria-label="Move cell down">↓</button>
        <button data-action="delete" class="secondary danger">Delete cell</button>
        <a class="button secondary" href="${api.downloadUrl(this.path)}" download>Download .ipynb</a>
      </div>
      <div class="nb-cells"></div>`;
    this.cellsHost = this.app.querySelector(".nb-cells");
    for (const cell of this.notebook.cells) this.addView(cell);
    if (this.views.length === 0) this.insert("code");
    this.app.querySelector(".nb-toolbar").onclick = (e) => this.onToolbar(e.target.closest("[data-action]")?.dataset.action);
    findExercise(this.path).then((exercise) => exercise && addSubmitButton(this.app.querySelector(".nb-toolbar"), this.path, exercise, () => this.save(), this.setStatus));
    document.onkeydown = (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); this.save(); }
    };
    this.autosave = setInterval(() => this.dirty && this.save(true), AUTOSAVE_MS);
    window.onbeforeunload = () => (this.dirty ? "There are unsaved changes." : undefined);
    this.kernel = new KernelSession(this.path, (state, detail) => {
      this.app.querySelector("#kernel-state").textContent = `kernel: ${state}${detail ? ` (${detail})` : ""}`;
      if (detail) this.setStatus(detail, state === "dead");
    });
    try {
      await this.kernel.start();
      // The server decides from the saved file; show what it actually started.
      this.app.querySelector("#kernel-name").textContent = kernelNames[this.kernel.language] ?? kernelNames[this.language];
    } catch (error) {
      this.setStatus(`The kernel could not start: ${error.message}`, true);
    }
  }

  addView(cell, index = this.views.length) {
    cell.id ??= newId();
    cell.metadata ??= {};
    if (cell.cell_type === "code") cell.outputs ??= [];
    const view = new CellView(cell, {
      run: (v, advance) => this.runAndAdvance(v, advance),
      changed: () => (this.dirty = true),
      focus: (v) => this.select(v),
    }, this.language);
    this.views.splice(index, 0, view);
    this.cellsHost.insertBefore(view.element, this.cellsHost.children[index] ?? null);
    return view;
  }

  select(view) {
    this.selected?.element.classList.remove("nb-selected");
    this.selected = view;
    view.element.classList.add("nb-selected");
  }

  insert(type) {
    const index = this.selected ? this.views.indexOf(this.selected) + 1 : this.views.length;
    const cell = type === "code" ? { cell_type: "code", source: "", metadata: {}, outputs: [], execution_count: null } : { cell_type: "markdown", source: "", metadata: {} };
    this.notebook.cells.splice(index, 0, cell);
    const view = this.addView(cell, index);
    view.edit();
    this.select(view);
    this.dirty = true;
  }

  move(delta) {
    const view = this.selected;
    if (!view) return;
    const from = this.views.indexOf(view);
    const to = from + delta;
    if (to < 0 || to >= this.views.length) return;
    this.views.splice(from, 1);
    this.views.splice(to, 0, view);
    this.notebook.cells.splice(from, 1);
    this.notebook.cells.splice(to, 0, view.cell);
    this.cellsHost.insertBefore(view.element, delta < 0 ? this.views[to + 1].element : this.views[to - 1].element.nextSibling);
    this.dirty = true;
  }

  remove() {
    const view = this.selected;
    if (!view) return;
    const index = this.views.indexOf(view);
    this.views.splice(index, 1);
    this.notebook.cells.splice(index, 1);
    view.element.remove();
    this.selected = null;
    if (this.views[index] ?? this.views[index - 1]) this.select(this.views[index] ?? this.views[index - 1]);
    this.dirty = true;
  }

  async runCell(view) {
    if (view.cell.cell_type === "markdown") {
      view.render();
      return true;
    }
    if (view.cell.cell_type !== "code" || !this.kernel?.socket) return false;
    view.clearOutputs();
    view.setPrompt("running");
    const ok = await this.kernel.execute(view.source, view.cell.id, (event) => {
      if (event.type === "DiagnosticsProduced") view.showDiagnostics(event.diagnostics ?? []);
      if (applyEvent(view.cell, event)) view.renderOutputs();
    });
    this.executionCount = (this.executionCount ?? 0) + 1;
    view.cell.execution_count = this.executionCount;
    for (const output of view.cell.outputs) if (output.output_type === "execute_result") output.execution_count = this.executionCount;
    view.setPrompt();
    this.dirty = true;
    return ok;
  }

  async runAndAdvance(view, advance) {
    await this.runCell(view);
    if (!advance) return;
    const next = this.views[this.views.indexOf(view) + 1];
    if (next) {
      this.select(next);
      next.cell.cell_type === "markdown" && !next.rendered.hidden ? next.focus() : next.editor.focus();
    } else {
      this.insert("code");
    }
  }

  async runAll() {
    for (const view of [...this.views]) {
      if (!(await this.runCell(view)) && view.cell.cell_type === "code") {
        this.setStatus("Run all stopped at a cell that failed.", true);
        return;
      }
    }
  }

  async save(auto = false) {
    try {
      for (const view of this.views) view.cell.source = view.source;
      await api.saveNotebook(this.path, this.notebook);
      this.dirty = false;
      this.setStatus(auto ? "Autosaved" : "Saved");
      return true;
    } catch (error) {
      this.setStatus(`Saving failed: ${error.message}`, true);
      return false;
    }
  }

  async onToolbar(action) {
    const view = this.selected ?? this.views[0];
    switch (action) {
      case "save": return this.save();
      case "run": return view && this.runAndAdvance(view, true);
      case "run-all": return this.runAll();
      case "interrupt": return this.kernel?.interrupt().catch((e) => this.setStatus(e.message, true));
      case "restart": return this.kernel?.restart().catch((e) => this.setStatus(e.message, true));
      case "add-code": return this.insert("code");
      case "add-markdown": return this.insert("markdown");
      case "up": return this.move(-1);
      case "down": return this.move(1);
      case "delete": return this.remove();
      default: return undefined;
    }
  }
}
