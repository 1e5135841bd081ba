// Renders a DumpMachine state as an HTML table and as plain text. qsharp-lang keys basis states as
// kets with qubit 0 leftmost ("|01⟩": qubit 0 = 0, qubit 1 = 1) and leaves out tiny amplitudes.

export function formatDump(dump) {
  const rows = Object.entries(dump.state).map(([ket, [re, im]]) => ({
    ket,
    re,
    im,
    probability: re * re + im * im,
    phase: Math.atan2(im, re),
  }));
  return [
    { mimeType: "text/html", value: toHtml(rows, dump.qubitCount) },
    { mimeType: "text/plain", value: toPlain(rows, dump.qubitCount) },
  ];
}

function toHtml(rows, qubitCount) {
  const body = rows.map((r) =>
    `<tr><td><code>${escapeHtml(r.ket)}</code></td><td>${complex(r.re, r.im)}</td>` +
    `<td>${(r.probability * 100).toFixed(4)}%</td><td>${r.phase.toFixed(4)}</td></tr>`).join("");
  return `<table class="qsharp-dump"><caption>DumpMachine: ${qubitCount} qubit(s), qubit 0 leftmost</caption>` +
    `<thead><tr><th>Basis state</th><th>Amplitude</th><th>Probability</th><th>Phase</th></tr></thead>` +
    `<tbody>${body}</tbody></table>`;
}

function toPlain(rows, qubitCount) {
  const lines = rows.map((r) =>
    `${r.ket.padEnd(qubitCount + 3)}  ${complex(r.re, r.im).padStart(22)}  ${(r.probability * 100).toFixed(4).padStart(9)}%  ${r.phase.toFixed(4).padStart(8)}`);
  return [`Basis state  Amplitude  Probability  Phase  (${qubitCount} qubit(s), qubit 0 leftmost)`, ...lines].join("\n");
}

function complex(re, im) {
  return `${re.toFixed(4)}${im < 0 ? "-" : "+"}${Math.abs(im).toFixed(4)}i`;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export function formatMatrix(matrix) {
  const rows = matrix.matrix.map((row) => row.map(([re, im]) => complex(re, im)).join("  "));
  return [{ mimeType: "text/plain", value: rows.join("\n") }];
}
