// Our kernel protocol (src/HackathonPlatform.Notebooks/Kernels): one compact JSON object per line,
// camelCase fields, a "type" discriminator. Lines go out with a synchronous write on fd 1 so that
// output streams while the (synchronous) Q# simulator holds the event loop, and so that nothing a
// library prints through console.log can corrupt the stream (console output is moved to stderr).
import { writeSync } from "node:fs";

export const READY_TOKEN = "kernel-ready";

export function send(event) {
  writeAll(JSON.stringify(event) + "\n");
}

function writeAll(text) {
  let buffer = Buffer.from(text, "utf8");
  while (buffer.length > 0) {
    try {
      const written = writeSync(1, buffer);
      buffer = buffer.subarray(written);
    } catch (error) {
      // A non-blocking pipe that is full answers EAGAIN: wait for the reader instead of losing output.
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

export function moveConsoleToStderr() {
  const toStderr = (...args) => process.stderr.write(args.map(String).join(" ") + "\n");
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}

export const events = {
  ready: (processId, startupMilliseconds) => ({ type: "KernelReady", commandToken: READY_TOKEN, language: "qsharp", processId, startupMilliseconds }),
  succeeded: (token, executionCount = null) => ({ type: "CommandSucceeded", commandToken: token, executionCount }),
  failed: (token, errorName, message, traceback = []) => ({ type: "CommandFailed", commandToken: token, errorName, message, traceback }),
  stdout: (token, text) => ({ type: "StandardOutputProduced", commandToken: token, text }),
  stderr: (token, text) => ({ type: "StandardErrorProduced", commandToken: token, text }),
  returned: (token, formattedValues) => ({ type: "ReturnValueProduced", commandToken: token, formattedValues }),
  displayed: (token, formattedValues) => ({ type: "DisplayedValueProduced", commandToken: token, formattedValues }),
  diagnostics: (token, diagnostics) => ({ type: "DiagnosticsProduced", commandToken: token, diagnostics }),
};
