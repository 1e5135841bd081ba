// The one place that knows the notebook server's REST and WebSocket API. All URLs are relative to the
// page's base (the hub proxies /servers/{group}/ to the group's server and adds the server's token).

const base = new URL(".", document.baseURI.replace(/#.*$/, "")).pathname.replace(/\/(notebooks|tree)\/.*$/, "/");

function url(path) {
  return base + path;
}

function encodePath(path) {
  return path.split("/").filter(Boolean).map(encodeURIComponent).join("/");
}

async function request(method, path, body, headers = {}) {
  const init = { method, headers: { ...headers }, credentials: "same-origin" };
  if (body instanceof FormData || body instanceof Blob) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url(path), init);
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      message = problem.detail || problem.title || message;
    } catch { /* not JSON */ }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  const type = response.headers.get("Content-Type") || "";
  return type.includes("json") ? response.json() : response.text();
}

// The metadata of new notebooks: C# as .NET Interactive and VS Code write it; Q# as the qsharp
// Jupyter kernel wrote it. The server picks the kernel from exactly these fields.
const notebookMetadata = {
  csharp: {
    kernelspec: { name: ".net-csharp", display_name: ".NET (C#)", language: "C#" },
    language_info: { name: "C#", file_extension: ".cs", mimetype: "text/x-csharp", pygments_lexer: "csharp" },
  },
  qsharp: {
    kernelspec: { name: "qsharp", display_name: "Q#", language: "qsharp" },
    language_info: { name: "qsharp", file_extension: ".qs", mimetype: "text/x-qsharp" },
  },
};

/** A new notebook, nbformat 4.5, for "csharp" or "qsharp". */
function emptyNotebook(language) {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: structuredClone(notebookMetadata[language] ?? notebookMetadata.csharp),
    cells: [{ id: Math.random().toString(16).slice(2, 14), cell_type: "code", source: "", metadata: {}, outputs: [], execution_count: null }],
  };
}

export const api = {
  base,
  list: (dir) => request("GET", `api/contents/${encodePath(dir)}`),
  getNotebook: (path) => request("GET", `api/contents/${encodePath(path)}`),
  saveNotebook: (path, notebook) => request("PUT", `api/contents/${encodePath(path)}`, { type: "notebook", content: notebook }),
  createNotebook: (path, language = "csharp") => request("PUT", `api/contents/${encodePath(path)}`, { type: "notebook", content: emptyNotebook(language) }),
  mkdir: (path) => request("PUT", `api/contents/${encodePath(path)}`, { type: "directory" }),
  rename: (from, to) => request("PATCH", `api/contents/${encodePath(from)}`, { path: to }),
  remove: (path) => request("DELETE", `api/contents/${encodePath(path)}`),
  upload: (dir, file) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return request("POST", `api/upload/${encodePath(dir)}`, form);
  },
  downloadUrl: (path) => url(`api/download/${encodePath(path)}`),
  startKernel: (notebookPath) => request("POST", "api/kernels", { path: notebookPath }),
  interrupt: (id) => request("POST", `api/kernels/${encodeURIComponent(id)}/interrupt`),
  restart: (id) => request("POST", `api/kernels/${encodeURIComponent(id)}/restart`),
  shutdown: (id) => request("DELETE", `api/kernels/${encodeURIComponent(id)}`),
  channel: (id) => {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    return new WebSocket(`${scheme}//${location.host}${url(`api/kernels/${encodeURIComponent(id)}/channels`)}`);
  },
};
