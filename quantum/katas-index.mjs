// Prints the Quantum Katas shipped in qsharp-lang (MIT) as one JSON object on stdout, for
// HackathonPlatform.Katas.KataCatalog, which caches it: { version, katas: [{ id, title, published,
// introduction, exercises: [{ id, title, description, placeholder, solutions, hints }] }] }.
// Descriptions come from the Markdown bundle (the HTML one is pre-rendered for the playground), so
// the hub renders them with its own sanitising Markdown pipeline.
// Usage: node katas-index.mjs
import { readFileSync } from "node:fs";
import path from "node:path";
import { getAllKatas } from "qsharp-lang/katas-md";
import { quantumDir } from "./src/compiler.mjs";

const version = JSON.parse(readFileSync(path.join(quantumDir, "node_modules", "qsharp-lang", "package.json"), "utf8")).version;
const katas = (await getAllKatas({ includeUnpublished: true })).map((kata) => ({
  id: kata.id,
  title: kata.title,
  published: kata.published,
  introduction: introductionOf(kata),
  exercises: kata.sections.filter((s) => s.type === "exercise").map((exercise) => ({
    id: exercise.id,
    title: exercise.title,
    description: exercise.description.content,
    placeholder: exercise.placeholderCode,
    solutions: exercise.explainedSolution.items.filter((i) => i.type === "solution").map((i) => i.code),
    hints: exercise.hints ?? [],
  })),
}));

process.stdout.write(JSON.stringify({ version, katas }), () => process.exit(0));

// The first lesson's opening text is the kata's introduction.
function introductionOf(kata) {
  const lesson = kata.sections.find((s) => s.type === "lesson");
  const text = lesson?.items.find((i) => i.type === "text-content");
  return text?.content ?? "";
}
