// Loads the pinned qsharp-lang compiler in Node. The wasm bytes must be handed over before
// getCompiler(); the package's exports hide its own files, so they are found next to this module.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadWasmModule, getCompiler, QscEventTarget } from "qsharp-lang";

export const quantumDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function loadCompiler() {
  const wasm = path.join(quantumDir, "node_modules", "qsharp-lang", "lib", "web", "qsc_wasm_bg.wasm");
  await loadWasmModule(readFileSync(wasm));
  return getCompiler();
}

export { QscEventTarget };
