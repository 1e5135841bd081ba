// Checks exercise solutions with qsharp-lang's checkExerciseSolution, many in one process (a
// process start costs ~1.5 s, a check ~0.1-0.9 s). Reads one JSON request on stdin:
//   { checks: [ { kata, exercise, code } | { sources: ["...Verification.qs text", ...], code } ] }
// and writes one JSON line per check, as each finishes, so a batch killed at its time limit still
// reports the checks it finished: { index, correct, compiled, messages, errors }.
// Usage: node --max-old-space-size=512 check-solutions.mjs < request.json
import { loadCompiler, QscEventTarget } from "./src/compiler.mjs";
import { getAllKatas, getExerciseSources } from "qsharp-lang/katas-md";
import { send } from "./src/protocol.mjs";
import { formatDump } from "./src/dump-format.mjs";

const request = JSON.parse(await readStdin());
const compiler = await loadCompiler();
const exercises = await exerciseIndex();

for (const [index, check] of request.checks.entries()) {
  send({ index, ...(await runCheck(check)) });
}
process.exit(0);

async function runCheck(check) {
  const sources = check.sources ?? (await kataSources(check.kata, check.exercise));
  if (!sources) return { correct: false, compiled: false, messages: [], errors: [`Unknown exercise ${check.kata}/${check.exercise}.`] };
  const target = new QscEventTarget(true);
  const messages = boundedList();
  target.addEventListener("Message", (e) => messages.add(e.detail));
  // Verifications dump the learner's and the expected state on failure: keep them, as text.
  target.addEventListener("DumpMachine", (e) => messages.add(formatDump(e.detail).find((f) => f.mimeType === "text/plain").value));
  let correct = false;
  try {
    correct = await compiler.checkExerciseSolution(String(check.code ?? ""), sources, target);
  } catch (error) {
    return { correct: false, compiled: false, messages, errors: [String(error?.message ?? error)] };
  }
  // A solution that does not compile, or fails at run time, comes back as a failed shot.
  const shot = target.getResults()[0];
  const errors = shot && !shot.success ? describeErrors(shot.result) : [];
  const compiled = !errors.some((e) => !e.runtime);
  return { correct: correct === true, compiled, messages, errors: errors.map((e) => e.text) };
}

// A solution that prints in a loop must not fill our memory or the hub's page.
function boundedList(maxItems = 200, maxCharacters = 64 * 1024) {
  const list = [];
  let characters = 0;
  let full = false;
  list.add = (item) => {
    if (full) return;
    characters += item.length;
    if (list.length >= maxItems || characters > maxCharacters) {
      full = true;
      list.push("… (further output dropped)");
    } else {
      list.push(item);
    }
  };
  return list;
}

function describeErrors(result) {
  if (typeof result === "string") return [{ text: result, runtime: true }];
  const list = Array.isArray(result?.errors) ? result.errors : [result];
  return list.map((e) => {
    const d = e?.diagnostic ?? e ?? {};
    const start = d.range?.start;
    // The user's code is document "solution"; other documents are the exercise's own sources.
    const where = start && e?.document === "solution" ? `line ${start.line + 1}, column ${start.character + 1}: ` : "";
    return { text: `${where}${d.message ?? JSON.stringify(d)}`, runtime: String(d.code ?? "").includes(".Eval.") };
  });
}

async function exerciseIndex() {
  const katas = await getAllKatas({ includeUnpublished: true });
  return new Map(katas.flatMap((k) => k.sections.filter((s) => s.type === "exercise").map((e) => [`${k.id}/${e.id}`, e])));
}

async function kataSources(kata, exercise) {
  const found = exercises.get(`${kata}/${exercise}`);
  return found ? getExerciseSources(found) : null;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
