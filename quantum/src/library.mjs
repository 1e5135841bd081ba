// Our Q# library (quantum/lib/*.qs): compiled with every notebook cell and exercise check, so
// cells can `import HackathonPlatform.Quantum.*;`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { quantumDir } from "./compiler.mjs";

export function librarySources() {
  const dir = path.join(quantumDir, "lib");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".qs"))
    .sort()
    .map((name) => [`lib/${name}`, readFileSync(path.join(dir, name), "utf8")]);
}
