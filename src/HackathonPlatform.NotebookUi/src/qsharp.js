// Q# highlighting for CodeMirror: the legacy C-like tokenizer with Q#'s words (Q# has no Lezer grammar
// on npm; its syntax is C-like enough that the clike mode gets strings, comments and braces right).
import { clike } from "@codemirror/legacy-modes/mode/clike";

const words = (text) => Object.fromEntries(text.split(" ").map((w) => [w, true]));

export const qsharp = clike({
  name: "qsharp",
  keywords: words(
    "namespace open import export operation function newtype struct new let mutable set use borrow using borrowing " +
    "if elif else for in while repeat until fixup return fail within apply is Adj Ctl Adjoint Controlled " +
    "body adjoint controlled distribute intrinsic invert self auto internal not and or"),
  builtin: words("Message DumpMachine DumpRegister ResetAll Reset M MResetZ Measure H X Y Z S T CNOT CCNOT SWAP Rx Ry Rz R1"),
  types: words("Qubit Result Int BigInt Double Bool String Pauli Range Unit"),
  blockKeywords: words("namespace operation function if elif else for while repeat until within apply"),
  defKeywords: words("namespace operation function newtype struct"),
  atoms: words("true false Zero One PauliI PauliX PauliY PauliZ PI"),
  // A single quote starts a character in C; in Q# it only appears in identifiers (q'), so no char literals.
  hooks: { "'": (stream) => (stream.next(), "operator") },
});

/** The notebook's language as the front end names it: "qsharp" or "csharp". */
export function notebookLanguage(notebook) {
  const meta = notebook?.metadata ?? {};
  const names = [meta.language_info?.name, meta.kernelspec?.language, meta.kernelspec?.name];
  return names.some((n) => ["qsharp", "q#", "iqsharp"].includes(String(n ?? "").toLowerCase())) ? "qsharp" : "csharp";
}
