// Runs one SubmitCode against the session and answers with protocol events: Message output as it
// happens, DumpMachine as a table, the result, then CommandSucceeded; or diagnostics and
// CommandFailed. qsharp-lang throws on compile errors but reports runtime errors as a failed shot.
import { QscEventTarget } from "./compiler.mjs";
import { formatDump, formatMatrix } from "./dump-format.mjs";
import { send, events } from "./protocol.mjs";

export async function runCell(compiler, session, command, executionCount, maxOutputBytes) {
  const token = command.token;
  const plan = session.prepare(String(command.code ?? ""), command.cellId);
  const output = outputBudget(token, maxOutputBytes);
  const target = new QscEventTarget(true);
  target.addEventListener("Message", (e) => output.emit(events.stdout(token, `${e.detail}\n`), e.detail.length + 1));
  target.addEventListener("DumpMachine", (e) => output.emit(events.displayed(token, formatDump(e.detail)), Object.keys(e.detail.state).length * 200));
  target.addEventListener("Matrix", (e) => output.emit(events.displayed(token, formatMatrix(e.detail)), e.detail.matrix.length ** 2 * 40));

  let thrown = null;
  try {
    await compiler.run({ sources: plan.sources, languageFeatures: [] }, plan.entry, 1, target);
  } catch (error) {
    thrown = error;
  }
  const shot = target.getResults()[0];
  if (thrown) {
    reportCompileErrors(token, plan, shot, thrown);
    return;
  }

  // The definitions compiled: keep them, even when the statements then fail at run time.
  plan.commit();
  if (!shot || !shot.success) {
    reportRuntimeError(token, plan, shot);
    return;
  }
  if (shot.result !== "()") {
    send(events.returned(token, [{ mimeType: "text/plain", value: String(shot.result) }]));
  }
  send(events.succeeded(token, executionCount));
}

function reportCompileErrors(token, plan, shot, thrown) {
  const errors = shot && !shot.success && Array.isArray(shot.result?.errors) ? shot.result.errors : Array.isArray(thrown?.diagnostics) ? thrown.diagnostics : [];
  const diagnostics = errors.map(plan.mapDiagnostic);
  send(events.diagnostics(token, diagnostics));
  const first = diagnostics.find((d) => d.severity === "Error") ?? diagnostics[0];
  const message = first
    ? `${first.message} (line ${first.startLine + 1}, column ${first.startColumn + 1})${diagnostics.length > 1 ? ` and ${diagnostics.length - 1} more` : ""}`
    : String(thrown?.message ?? thrown);
  send(events.failed(token, "CompilationError", message));
}

function reportRuntimeError(token, plan, shot) {
  const error = shot?.result?.errors?.[0] ?? shot?.result ?? {};
  const diagnostic = error.diagnostic ?? error;
  const name = diagnostic.code ?? "Qdk.Qsc.Eval.Error";
  const message = diagnostic.message ?? (typeof shot?.result === "string" ? shot.result : "The program failed.");
  send(events.failed(token, name, message, plan.mapStack(error.stack)));
}

// Stops a cell that prints in a loop from flooding the pipe; the client cuts again at its own limit.
function outputBudget(token, maxBytes) {
  let used = 0;
  let noticed = false;
  return {
    emit(event, size) {
      used += size;
      if (used <= maxBytes) {
        send(event);
      } else if (!noticed) {
        noticed = true;
        send(events.stderr(token, `\nOutput limit of ${maxBytes} characters reached; further output of this cell is dropped.\n`));
      }
    },
  };
}
