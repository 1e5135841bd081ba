// Runs a Q# program on the qsharp-lang simulator (npm, pinned in package.json) and prints one JSON
// object on stdout: { seconds, dumps: [{ qubitCount, state: { "|0101⟩": [re, im], ... } }], messages, results }.
// Usage: node run-qsharp.mjs <file.qs> <entry expression> [shots]
// Used by bench/HackathonPlatform.Quantum.Benchmarks (the "qsharp" benchmark).
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadWasmModule, getCompiler, QscEventTarget } from "qsharp-lang";

const [file, expr, shotsText] = process.argv.slice(2);
if (!file || !expr) {
  console.error("usage: node run-qsharp.mjs <file.qs> <entry expression> [shots]");
  process.exit(2);
}

// In Node the wasm bytes must be handed over before the compiler starts.
// The package's exports hide package.json, so find it next to this script.
const packageDir = path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules", "qsharp-lang");
await loadWasmModule(readFileSync(path.join(packageDir, "lib", "web", "qsc_wasm_bg.wasm")));
const compiler = await getCompiler();

const dumps = [];
const messages = [];
const events = new QscEventTarget(true);
events.addEventListener("DumpMachine", (e) => dumps.push({ qubitCount: e.detail.qubitCount, state: e.detail.state }));
events.addEventListener("Message", (e) => messages.push(e.detail));

const source = readFileSync(file, "utf8");
const started = process.hrtime.bigint();
await compiler.run({ sources: [[path.basename(file), source]], languageFeatures: [] }, expr, Number(shotsText ?? 1), events);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

// A runtime failure comes back as success:false in the results, not as an exception.
const results = events.getResults().map((r) => ({ success: r.success, result: typeof r.result === "string" ? r.result : JSON.stringify(r.result) }));
// Exit only once the pipe has taken everything: exiting right away truncates output at 64 KiB.
process.stdout.write(JSON.stringify({ seconds, dumps, messages, results }), () => process.exit(0));
