// nbformat outputs: rendering them, and turning kernel events into them.
import { renderMarkdown, sanitizeHtml, sanitizeSvg, escapeHtml } from "./markdown.js";

const MAX_TEXT = 200_000; // characters shown per output; the rest stays in the file
const MIME_ORDER = ["application/json", "text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/latex", "text/plain"];

const joinText = (text) => (Array.isArray(text) ? text.join("") : String(text ?? ""));

function textBlock(text, className) {
  const pre = document.createElement("pre");
  pre.className = className;
  let value = stripAnsi(text);
  if (value.length > MAX_TEXT) {
    value = value.slice(0, MAX_TEXT);
    pre.dataset.truncated = "true";
  }
  pre.textContent = value;
  if (pre.dataset.truncated) {
    const note = document.createElement("div");
    note.className = "nb-truncated";
    note.textContent = `Output truncated in the browser after ${MAX_TEXT.toLocaleString()} characters.`;
    pre.append(note);
  }
  return pre;
}

function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}

function renderData(data) {
  const mime = MIME_ORDER.find((m) => data[m] !== undefined);
  const div = document.createElement("div");
  div.className = "nb-output-data";
  if (!mime) {
    div.append(textBlock(`[output of type ${Object.keys(data).join(", ")}]`, "nb-text"));
    return div;
  }
  const value = data[mime];
  div.dataset.mime = mime;
  switch (mime) {
    case "text/html": div.innerHTML = sanitizeHtml(joinText(value)); break;
    case "image/svg+xml": div.innerHTML = sanitizeSvg(joinText(value)); break;
    case "image/png":
    case "image/jpeg": {
      const img = document.createElement("img");
      img.src = `data:${mime};base64,${joinText(value).replace(/\s/g, "")}`;
      img.alt = "cell output";
      div.append(img);
      break;
    }
    case "text/markdown": div.innerHTML = renderMarkdown(joinText(value)); break;
    case "text/latex": div.innerHTML = renderMarkdown(joinText(value)); break;
    case "application/json": div.append(textBlock(JSON.stringify(value, null, 2), "nb-json")); break;
    default: div.append(textBlock(joinText(value), "nb-text"));
  }
  return div;
}

/** Renders one nbformat output as a DOM element. */
export function renderOutput(output) {
  switch (output.output_type) {
    case "stream": return textBlock(joinText(output.text), output.name === "stderr" ? "nb-stderr" : "nb-stdout");
    case "error": {
      const div = document.createElement("div");
      div.className = "nb-error";
      div.innerHTML = `<strong>${escapeHtml(output.ename)}</strong>: ${escapeHtml(output.evalue)}`;
      if (output.traceback?.length) {
        div.append(textBlock(output.traceback.join("\n"), "nb-traceback"));
      }
      return div;
    }
    default: return renderData(output.data ?? {});
  }
}

const bundle = (values) => Object.fromEntries((values ?? []).map((v) => [v.mimeType, v.value]));

/** Appends a kernel event to a cell's outputs (nbformat shapes); returns true when it changed them. */
export function applyEvent(cell, event) {
  const outputs = cell.outputs;
  const last = outputs[outputs.length - 1];
  switch (event.type) {
    case "StandardOutputProduced":
    case "StandardErrorProduced": {
      const name = event.type === "StandardOutputProduced" ? "stdout" : "stderr";
      if (last?.output_type === "stream" && last.name === name) {
        last.text = joinText(last.text) + event.text;
      } else {
        outputs.push({ output_type: "stream", name, text: event.text });
      }
      return true;
    }
    case "ReturnValueProduced":
      outputs.push({ output_type: "execute_result", execution_count: cell.execution_count ?? null, data: bundle(event.formattedValues), metadata: {} });
      return true;
    case "DisplayedValueProduced":
      outputs.push({ output_type: "display_data", data: bundle(event.formattedValues), metadata: {} });
      return true;
    case "CommandFailed":
      outputs.push({ output_type: "error", ename: event.errorName || "Error", evalue: event.message || "", traceback: event.traceback ?? [] });
      return true;
    default:
      return false;
  }
}
