// A notebook session for Q#: the items (operations, functions, types, namespaces) and the
// import/open directives of earlier cells accumulate, and every run recompiles all of them, since
// qsharp-lang has no incremental interpreter in its npm API. Cells without an explicit namespace
// are wrapped in `namespace Notebook { ... }`; a cell's top-level statements become the entry
// expression `{ import Notebook.*; ...statements... }`. Variables therefore live for one cell only.
import { splitCell, maskKeeping } from "./cell-splitter.mjs";

export const NOTEBOOK_NAMESPACE = "Notebook";

export class Session {
  #library;
  #cells = [];
  #counter = 0;

  /** @param {[string, string][]} librarySources always compiled along (quantum/lib) */
  constructor(librarySources) {
    this.#library = librarySources;
  }

  /**
   * Plans the run of one cell against the current session without changing it; call
   * `commit()` on the plan once the cell compiled.
   */
  prepare(code, cellId) {
    const split = splitCell(code);
    const namespaces = split.items.filter((i) => i.keyword === "namespace").map((i) => /namespace\s+([\w.]+)/.exec(i.text)?.[1]).filter(Boolean);
    const wrapped = namespaces.length === 0;
    const doc = `cell${++this.#counter}.qs`;
    const cell = {
      key: cellId || doc,
      doc,
      code,
      wrapped,
      namespaces,
      items: wrapped ? split.items.filter((i) => !i.directive) : split.items,
      directives: wrapped ? split.items.filter((i) => i.directive).map((i) => i.text.trim()) : [],
    };
    const cells = this.#withCell(cell);
    const directives = [...new Set(cells.flatMap((c) => c.directives))];
    const sources = [...this.#library, ["notebook.qs", `namespace ${NOTEBOOK_NAMESPACE} {}`], ...cells.map((c) => [c.doc, documentOf(c, directives)])];
    const imports = [NOTEBOOK_NAMESPACE, ...cells.flatMap((c) => c.namespaces)].map((ns) => `import ${ns}.*;`);
    // The prefix sits alone on the first line, so entry positions are cell positions one line down.
    const entry = split.hasStatements ? `{ ${[...imports, ...directives].join(" ")}\n${split.statements}\n}` : "()";
    return {
      sources,
      entry,
      commit: () => { this.#cells = cells; },
      mapDiagnostic: (error) => mapDiagnostic(error, cell, cells),
      mapStack: (stack) => mapStack(stack, cell, cells),
    };
  }

  /** The cells now in the session (for tests and debugging). */
  get cellCount() {
    return this.#cells.length;
  }

  // A re-run cell (same cellId) replaces its earlier version in place; an item defined again in a
  // later cell shadows the earlier definition, as re-running an edited definition does in Jupyter.
  #withCell(cell) {
    const names = new Set(cell.wrapped ? cell.items.filter((i) => i.name).map((i) => i.name) : []);
    const others = this.#cells.map((c) => (c.wrapped && names.size > 0 ? { ...c, items: c.items.filter((i) => !names.has(i.name)) } : c));
    const index = others.findIndex((c) => c.key === cell.key);
    if (index >= 0) {
      others[index] = cell;
      return others;
    }
    return [...others, cell];
  }
}

function documentOf(cell, directives) {
  const body = maskKeeping(cell.code, cell.items);
  return cell.wrapped ? `namespace ${NOTEBOOK_NAMESPACE} { ${directives.join(" ")}\n${body}\n}` : body;
}

function lineOffset(document, cell, cells) {
  if (document === "<entry>") return 1;
  const owner = cells.find((c) => c.doc === document);
  return owner?.wrapped ? 1 : 0;
}

function mapDiagnostic(error, cell, cells) {
  const d = error.diagnostic ?? error;
  const range = d.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const ours = error.document === cell.doc || error.document === "<entry>";
  const offset = lineOffset(error.document, cell, cells);
  const lastLine = Math.max(0, cell.code.split("\n").length - 1);
  const line = (l) => Math.min(lastLine, Math.max(0, l - offset));
  const where = ours ? "" : ` (in ${describe(error.document, cells)})`;
  return {
    id: d.code ?? "Qsharp",
    severity: d.severity === "warning" ? "Warning" : d.severity === "error" ? "Error" : "Info",
    message: `${d.message}${where}`,
    startLine: ours ? line(range.start.line) : 0,
    startColumn: ours && range.start.line >= offset ? range.start.character : 0,
    endLine: ours ? line(range.end.line) : 0,
    endColumn: ours && range.end.line >= offset ? range.end.character : 0,
  };
}

function describe(document, cells) {
  const index = cells.findIndex((c) => c.doc === document);
  return index >= 0 ? `an earlier cell, the ${ordinal(index + 1)} defining one` : document;
}

function ordinal(n) {
  return n === 1 ? "1st" : n === 2 ? "2nd" : n === 3 ? "3rd" : `${n}th`;
}

// "at Notebook.Foo in cell3.qs:5:9" → "at Notebook.Foo in this cell, line 4, column 9" (1-based,
// as the compiler writes them, minus the wrapper line).
function mapStack(stack, cell, cells) {
  return (stack ?? "").split("\n").filter((l) => l.trim().length > 0).map((l) =>
    l.replace(/(cell\d+\.qs):(\d+):(\d+)/g, (_, doc, line, column) => {
      const offset = lineOffset(doc, cell, cells);
      const name = doc === cell.doc ? "this cell" : describe(doc, cells);
      return `${name}, line ${Number(line) - offset}, column ${column}`;
    }));
}
