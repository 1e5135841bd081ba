// Markdown cells and text/markdown outputs: marked for the syntax, KaTeX for $...$ and $$...$$ math,
// DOMPurify on the result so that notebooks from anywhere cannot run script in the page.
import { marked } from "marked";
import katex from "katex";
import DOMPurify from "dompurify";

const mathBlock = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]/g;
const mathInline = /(?<![\\$])\$(?!\s)((?:\\\$|[^$\n])+?)\$|\\\(([\s\S]+?)\\\)/g;

function renderMath(tex, displayMode) {
  try {
    return katex.renderToString(tex, { displayMode, throwOnError: false, trust: false, output: "html" });
  } catch (error) {
    return `<code class="math-error">${escapeHtml(tex)}</code>`;
  }
}

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** Renders Markdown with math to sanitised HTML. */
export function renderMarkdown(source) {
  // Math is cut out before Markdown runs (so "_" and "*" inside TeX stay TeX) and put back after.
  const stash = [];
  // Private-use characters survive marked and DOMPurify untouched (NUL would be replaced by U+FFFD).
  const keep = (html) => `\uE000${stash.push(html) - 1}\uE001`;
  let text = String(source ?? "");
  text = text.replace(mathBlock, (_, a, b) => keep(renderMath(a ?? b, true)));
  text = text.replace(mathInline, (_, a, b) => keep(renderMath(a ?? b, false)));
  let html = marked.parse(text, { gfm: true, breaks: false, async: false });
  html = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form", "input", "button"] });
  return html.replace(/\uE000(\d+)\uE001/g, (_, i) => stash[Number(i)]);
}

/** Sanitises HTML produced by a kernel (text/html outputs). */
export function sanitizeHtml(html) {
  return DOMPurify.sanitize(String(html), { USE_PROFILES: { html: true, svg: true }, FORBID_TAGS: ["style", "form"] });
}

/** Sanitises an SVG document (image/svg+xml outputs). */
export function sanitizeSvg(svg) {
  return DOMPurify.sanitize(String(svg), { USE_PROFILES: { svg: true, svgFilters: true } });
}
