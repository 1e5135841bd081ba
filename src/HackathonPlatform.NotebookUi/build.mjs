// Bundles the notebook front end into dist/ (served by the notebook server under its base path).
import { build } from "esbuild";
import { cpSync, mkdirSync } from "node:fs";

mkdirSync("dist", { recursive: true });
await build({
  entryPoints: ["src/main.js", "src/style.css"],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "iife",
  target: ["chrome110", "firefox110", "safari16"],
  outdir: "dist",
  loader: { ".woff2": "file", ".woff": "file", ".ttf": "file" },
  logLevel: "warning",
});
cpSync("src/index.html", "dist/index.html");
cpSync("node_modules/katex/dist/katex.min.css", "dist/katex.min.css");
cpSync("node_modules/katex/dist/fonts", "dist/fonts", { recursive: true });
