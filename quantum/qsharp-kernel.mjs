#!/usr/bin/env -S node --max-old-space-size=512 --disable-wasm-trap-handler
// The Q# notebook kernel: speaks our kernel protocol (src/HackathonPlatform.Notebooks/Kernels) on
// stdin/stdout, one JSON object per line, and runs cells with the pinned qsharp-lang (package.json).
// Usage: node --max-old-space-size=512 --disable-wasm-trap-handler qsharp-kernel.mjs [--max-output-bytes N]
// --disable-wasm-trap-handler: V8 otherwise reserves ~10 GiB of address space for the simulator's
// wasm memory (guard regions), which an address-space rlimit (prlimit --as) refuses at start-up;
// with inline bounds checks the kernel starts and runs under --as=2G.
// Wall-clock, CPU and address-space limits are the launcher's job (KernelProcess): a runaway cell
// holds the event loop inside the wasm simulator, so killing the process is the only interrupt.
import readline from "node:readline";
import { loadCompiler } from "./src/compiler.mjs";
import { librarySources } from "./src/library.mjs";
import { Session } from "./src/session.mjs";
import { send, events, moveConsoleToStderr } from "./src/protocol.mjs";
import { runCell } from "./src/cell-runner.mjs";

moveConsoleToStderr();
const options = parseArguments(process.argv.slice(2));
const compiler = await loadCompiler();
const session = new Session(librarySources());
await warmUp();
send(events.ready(process.pid, Math.round(process.uptime() * 1000)));
process.stderr.write(`qsharp kernel ready in ${Math.round(process.uptime() * 1000)} ms\n`);

let executionCount = 0;
let queue = Promise.resolve();
const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on("line", (line) => {
  const command = parseCommand(line);
  if (!command) return;
  if (command.type === "InterruptKernel") {
    // When this line is read no cell is running (a running cell holds the event loop).
    send(events.succeeded(command.token));
    return;
  }
  queue = queue.then(() => handle(command)).catch((error) => process.stderr.write(`kernel error: ${error?.stack ?? error}\n`));
});
input.on("close", () => queue.then(() => process.exit(0)));

async function handle(command) {
  if (command.type === "ShutdownKernel") {
    send(events.succeeded(command.token));
    process.exit(0);
  }
  if (command.type === "SubmitCode") {
    executionCount++;
    await runCell(compiler, session, command, executionCount, options.maxOutputBytes);
  }
}

function parseCommand(line) {
  if (!line.trim()) return null;
  try {
    const command = JSON.parse(line);
    if (typeof command?.type === "string" && typeof command.token === "string") return command;
  } catch {
    // fall through to the log line
  }
  process.stderr.write(`ignored a malformed command line (${line.length} characters)\n`);
  return null;
}

// Compiling once at start (library included) pays the compiler's first-use cost before
// KernelReady, so the first cell is as fast as the others.
async function warmUp() {
  const { QscEventTarget } = await import("./src/compiler.mjs");
  const plan = session.prepare("", "warm-up");
  await compiler.run({ sources: plan.sources, languageFeatures: [] }, plan.entry, 1, new QscEventTarget(false));
}

function parseArguments(args) {
  const result = { maxOutputBytes: 10 * 1024 * 1024 };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--max-output-bytes" && i + 1 < args.length) result.maxOutputBytes = Number(args[++i]);
  }
  return result;
}
