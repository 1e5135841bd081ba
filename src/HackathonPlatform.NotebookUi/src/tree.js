// The workspace's file browser: the group's shared files, with upload, download, new folder, rename, delete.
import { api } from "./api.js";
import { escapeHtml } from "./markdown.js";

export async function showTree(app, dir, setStatus) {
  document.getElementById("nb-where").textContent = `Workspace /${dir}`;
  let listing;
  try {
    listing = await api.list(dir);
  } catch (error) {
    app.innerHTML = `<p class="nb-problem" role="alert">Cannot open /${escapeHtml(dir)}: ${escapeHtml(error.message)}</p>`;
    return;
  }
  const crumbs = ["<a href=\"#/tree/\">workspace</a>"];
  let path = "";
  for (const part of dir.split("/").filter(Boolean)) {
    path += `${part}/`;
    crumbs.push(`<a href="#/tree/${encodeURI(path)}">${escapeHtml(part)}</a>`);
  }
  const entries = [...(listing.content ?? [])].sort((a, b) => (a.type === "directory") === (b.type === "directory") ? a.name.localeCompare(b.name) : a.type === "directory" ? -1 : 1);
  app.innerHTML = `
    <nav class="nb-crumbs" aria-label="Folder">${crumbs.join(" / ")}</nav>
    <div class="nb-toolbar">
      <button id="new-notebook" title="A notebook with a C# kernel">New C# notebook</button>
      <button id="new-qsharp-notebook" title="A notebook with a Q# kernel">New Q# notebook</button>
      <button id="new-folder" class="secondary">New folder</button>
      <label class="nb-upload button secondary">Upload<input id="upload" type="file" multiple hidden /></label>
    </div>
    <table class="nb-files">
      <thead><tr><th>Name</th><th>Modified</th><th>Size</th><th></th></tr></thead>
      <tbody>${entries.map(row).join("") || "<tr><td colspan=4 class=nb-muted>This folder is empty.</td></tr>"}</tbody>
    </table>`;

  const prefix = dir ? `${dir.replace(/\/$/, "")}/` : "";
  const reload = () => showTree(app, dir, setStatus);
  const attempt = async (action, message) => {
    try {
      await action();
      setStatus(message);
    } catch (error) {
      setStatus(error.message, true);
    }
    await reload();
  };
  const newNotebook = (language) => () => {
    const name = prompt("Notebook name", "Untitled.ipynb");
    if (name) attempt(() => api.createNotebook(prefix + (name.endsWith(".ipynb") ? name : `${name}.ipynb`), language), "Notebook created");
  };
  app.querySelector("#new-notebook").onclick = newNotebook("csharp");
  app.querySelector("#new-qsharp-notebook").onclick = newNotebook("qsharp");
  app.querySelector("#new-folder").onclick = () => {
    const name = prompt("Folder name");
    if (name) attempt(() => api.mkdir(prefix + name), "Folder created");
  };
  app.querySelector("#upload").onchange = (e) => attempt(async () => {
    for (const file of e.target.files) await api.upload(dir, file);
  }, "Uploaded");
  for (const button of app.querySelectorAll("[data-rename]")) {
    button.onclick = () => {
      const from = button.dataset.rename;
      const to = prompt("New name", from.split("/").pop());
      if (to) attempt(() => api.rename(from, prefix + to), "Renamed");
    };
  }
  for (const button of app.querySelectorAll("[data-delete]")) {
    button.onclick = () => confirm(`Delete ${button.dataset.delete}?`) && attempt(() => api.remove(button.dataset.delete), "Deleted");
  }
}

function row(entry) {
  const href = entry.type === "directory" ? `#/tree/${encodeURI(entry.path)}/` : entry.type === "notebook" ? `#/notebooks/${encodeURI(entry.path)}` : api.downloadUrl(entry.path);
  const icon = entry.type === "directory" ? "📁" : entry.type === "notebook" ? "📓" : "📄";
  const modified = entry.lastModified ? new Date(entry.lastModified).toLocaleString() : "";
  const size = entry.type === "directory" ? "" : `${Math.ceil((entry.size ?? 0) / 1024)} KB`;
  return `<tr data-path="${escapeHtml(entry.path)}">
    <td>${icon} <a href="${href}">${escapeHtml(entry.name)}</a></td><td>${escapeHtml(modified)}</td><td>${size}</td>
    <td class="nb-actions">${entry.type === "directory" ? "" : `<a href="${api.downloadUrl(entry.path)}" download>download</a>`}
      <button class="link" data-rename="${escapeHtml(entry.path)}">rename</button>
      <button class="link danger" data-delete="${escapeHtml(entry.path)}">delete</button></td></tr>`;
}
