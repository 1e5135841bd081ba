// One cell: a CodeMirror 6 editor (C#, Q# or Markdown), its rendered Markdown, outputs and diagnostics.
import { EditorView, keymap, lineNumbers, highlightActiveLine } from "@codemirror/view";
import { EditorState } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from "@codemirror/language";
import { csharp } from "@codemirror/legacy-modes/mode/clike";
import { markdown } from "@codemirror/lang-markdown";
import { qsharp } from "./qsharp.js";
import { renderMarkdown, escapeHtml } from "./markdown.js";
import { renderOutput } from "./outputs.js";

const joinSource = (source) => (Array.isArray(source) ? source.join("") : String(source ?? ""));

export class CellView {
  constructor(cell, handlers, language = "csharp") {
    this.cell = cell;
    this.language = language;
    this.handlers = handlers; // { run(cellView, advance), changed(), focus(cellView) }
    this.element = document.createElement("section");
    this.element.className = `nb-cell nb-${cell.cell_type}`;
    this.element.dataset.cellId = cell.id ?? "";
    this.element.tabIndex = -1;
    this.prompt = document.createElement("div");
    this.prompt.className = "nb-prompt";
    this.editorHost = document.createElement("div");
    this.editorHost.className = "nb-editor";
    this.rendered = document.createElement("div");
    this.rendered.className = "nb-rendered";
    this.diagnostics = document.createElement("ul");
    this.diagnostics.className = "nb-diagnostics";
    this.outputArea = document.createElement("div");
    this.outputArea.className = "nb-outputs";
    const body = document.createElement("div");
    body.className = "nb-body";
    body.append(this.editorHost, this.rendered, this.diagnostics, this.outputArea);
    this.element.append(this.prompt, body);
    this.editor = this.createEditor();
    this.element.addEventListener("focusin", () => handlers.focus(this));
    this.rendered.addEventListener("dblclick", () => this.edit());
    if (cell.cell_type === "markdown" && joinSource(cell.source).trim()) {
      this.render();
    } else {
      this.edit(false);
    }
    this.renderOutputs();
    this.setPrompt();
  }

  createEditor() {
    const language = this.cell.cell_type === "code" ? StreamLanguage.define(this.language === "qsharp" ? qsharp : csharp) : markdown();
    const runKeys = keymap.of([
      { key: "Shift-Enter", run: () => (this.handlers.run(this, true), true) },
      { key: "Ctrl-Enter", run: () => (this.handlers.run(this, false), true) },
    ]);
    return new EditorView({
      parent: this.editorHost,
      state: EditorState.create({
        doc: joinSource(this.cell.source),
        extensions: [
          runKeys, lineNumbers(), highlightActiveLine(), history(), bracketMatching(), language,
          syntaxHighlighting(defaultHighlightStyle), keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              this.cell.source = update.state.doc.toString();
              this.handlers.changed();
            }
          }),
        ],
      }),
    });
  }

  get source() {
    return this.editor.state.doc.toString();
  }

  /** Markdown cells: show the editor. */
  edit(focus = true) {
    this.rendered.hidden = true;
    this.editorHost.hidden = false;
    if (focus) this.editor.focus();
  }

  /** Markdown cells: show the rendered text with math. */
  render() {
    this.rendered.innerHTML = renderMarkdown(this.source) || "<p class=\"nb-muted\">Empty Markdown cell: double-click to edit.</p>";
    this.rendered.hidden = false;
    this.editorHost.hidden = true;
  }

  setPrompt(state) {
    const count = this.cell.execution_count;
    this.prompt.textContent = this.cell.cell_type !== "code" ? "" : state === "queued" ? "[*]" : state === "running" ? "[…]" : `[${count ?? " "}]`;
    this.element.classList.toggle("nb-running", state === "running");
  }

  clearOutputs() {
    this.cell.outputs = [];
    this.diagnostics.replaceChildren();
    this.renderOutputs();
  }

  renderOutputs() {
    if (this.cell.cell_type !== "code") return;
    this.outputArea.replaceChildren(...(this.cell.outputs ?? []).map(renderOutput));
  }

  showDiagnostics(diagnostics) {
    this.diagnostics.replaceChildren(...diagnostics.map((d) => {
      const li = document.createElement("li");
      li.className = `nb-diagnostic nb-${String(d.severity).toLowerCase()}`;
      // Positions from the kernel are 0-based; people count from 1.
      li.innerHTML = `<span class="nb-pos">(${d.startLine + 1},${d.startColumn + 1})</span> <strong>${escapeHtml(d.id)}</strong> ${escapeHtml(d.message)}`;
      return li;
    }));
  }

  focus() {
    this.element.focus();
  }
}
