// Splits a Q# notebook cell into its top-level items (operations, functions, types, namespaces,
// imports) and its top-level statements. Both parts come back as *masked* copies of the cell: the
// other part is blanked with spaces and newlines are kept, so a compiler position in either part is
// a position in the cell. That is what lets the kernel report diagnostics at the user's line/column
// without a source map.

const ITEM_KEYWORDS = new Set(["operation", "function", "newtype", "struct", "namespace", "open", "import", "export"]);
// Items that end at a semicolon rather than at a closing brace.
const SEMICOLON_ITEMS = new Set(["newtype", "open", "import", "export"]);
const DIRECTIVE_ITEMS = new Set(["open", "import"]);
const NAMED_ITEMS = new Set(["operation", "function", "newtype", "struct"]);

/**
 * @param {string} cell the cell's source
 * @returns {{ items: {start:number,end:number,keyword:string,name:string|null,text:string}[],
 *   statements: string, hasStatements: boolean }}
 */
export function splitCell(cell) {
  const source = rewriteMagics(cell);
  const items = [];
  let statementsMask = source;
  let pos = 0;
  while ((pos = skipTrivia(source, pos)) < source.length) {
    const item = readItem(source, pos);
    if (item) {
      items.push(item);
      statementsMask = blank(statementsMask, item.start, item.end);
      pos = item.end;
    } else {
      pos = skipStatement(source, pos);
    }
  }
  return { items, statements: statementsMask, hasStatements: hasCode(statementsMask) };
}

/** A copy of the cell that keeps only the given items (everything else blanked). */
export function maskKeeping(cell, items) {
  const source = rewriteMagics(cell);
  let out = source.replace(/[^\n]/g, " ");
  for (const item of items) {
    out = out.slice(0, item.start) + source.slice(item.start, item.end) + out.slice(item.end);
  }
  return out;
}

// `%run Expr` runs an expression (as in the Q# Jupyter kernel); `%%qsharp` is a cell marker some
// front ends add. Both are rewritten in place with spaces so columns do not move.
function rewriteMagics(cell) {
  return cell
    .replace(/^([ \t]*)%%qsharp\b.*$/gm, (m) => " ".repeat(m.length))
    .replace(/^([ \t]*)%run\b/gm, (m) => " ".repeat(m.length));
}

function readItem(source, start) {
  let pos = start;
  // Attributes (@EntryPoint(), @Config(...)) and `internal` belong to the item that follows.
  for (;;) {
    if (source[pos] === "@") {
      pos = skipBalancedAfter(source, readWordEnd(source, pos + 1));
    } else if (wordAt(source, pos) === "internal") {
      pos += "internal".length;
    } else {
      break;
    }
    pos = skipTrivia(source, pos);
  }
  const keyword = wordAt(source, pos);
  if (!ITEM_KEYWORDS.has(keyword)) {
    return pos === start ? null : { start, end: skipStatement(source, pos), keyword: "attribute", name: null, text: "" };
  }
  const nameStart = skipTrivia(source, pos + keyword.length);
  const name = NAMED_ITEMS.has(keyword) ? wordAt(source, nameStart) || null : null;
  const end = SEMICOLON_ITEMS.has(keyword) ? scanTo(source, pos, ";") : scanBlock(source, pos);
  return { start, end, keyword, name, directive: DIRECTIVE_ITEMS.has(keyword), text: source.slice(start, end) };
}

// A statement ends at `;` at depth 0, or at a closing `}` at depth 0 followed by something other
// than `else`/`elif`/`apply`/`until`/`fixup` (if/for/while/within/repeat blocks end without `;`).
function skipStatement(source, pos) {
  let depth = 0;
  while (pos < source.length) {
    pos = skipTrivia(source, pos);
    const c = source[pos];
    if (c === undefined) break;
    if (c === '"' || (c === "$" && source[pos + 1] === '"')) { pos = skipString(source, pos); continue; }
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") {
      depth--;
      if (depth === 0 && c === "}") {
        const next = skipTrivia(source, pos + 1);
        const word = wordAt(source, next);
        if (!["else", "elif", "apply", "until", "fixup"].includes(word) && source[next] !== ";" && !/^[.+\-*/%&|^<>=!?:,)\]]/.test(source[next] ?? "")) {
          return pos + 1;
        }
      }
    } else if (c === ";" && depth <= 0) return pos + 1;
    pos++;
  }
  return source.length;
}

function scanTo(source, pos, terminator) {
  while (pos < source.length) {
    pos = skipTrivia(source, pos);
    const c = source[pos];
    if (c === '"' || (c === "$" && source[pos + 1] === '"')) { pos = skipString(source, pos); continue; }
    if (c === terminator) return pos + 1;
    pos++;
  }
  return source.length;
}

// Up to the `}` that closes the first `{` (the item's body).
function scanBlock(source, pos) {
  let depth = 0;
  while (pos < source.length) {
    pos = skipTrivia(source, pos);
    const c = source[pos];
    if (c === '"' || (c === "$" && source[pos + 1] === '"')) { pos = skipString(source, pos); continue; }
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return pos + 1;
    else if (c === ";" && depth === 0) return pos + 1; // e.g. a body-less declaration: let the compiler complain
    pos++;
  }
  return source.length;
}

function skipBalancedAfter(source, pos) {
  pos = skipTrivia(source, pos);
  if (source[pos] !== "(") return pos;
  let depth = 0;
  while (pos < source.length) {
    const c = source[pos];
    if (c === '"') { pos = skipString(source, pos); continue; }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return pos + 1;
    pos++;
  }
  return pos;
}

// Strings cannot hold raw newlines in Q#, but an unterminated one must not swallow the cell.
function skipString(source, pos) {
  pos += source[pos] === "$" ? 2 : 1;
  while (pos < source.length && source[pos] !== '"' && source[pos] !== "\n") {
    pos += source[pos] === "\\" ? 2 : 1;
  }
  return pos + 1;
}

function skipTrivia(source, pos) {
  for (;;) {
    while (pos < source.length && /\s/.test(source[pos])) pos++;
    if (source.startsWith("//", pos)) {
      const eol = source.indexOf("\n", pos);
      pos = eol < 0 ? source.length : eol + 1;
    } else {
      return pos;
    }
  }
}

function wordAt(source, pos) {
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(pos, pos + 64));
  return m ? m[0] : "";
}

function readWordEnd(source, pos) {
  while (pos < source.length && /[A-Za-z0-9_.]/.test(source[pos])) pos++;
  return pos;
}

function blank(text, start, end) {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, " ") + text.slice(end);
}

function hasCode(text) {
  return skipTrivia(text, 0) < text.length;
}
