// Unit tests of the cell splitter: `node --test` from quantum/ (npm test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { splitCell } from "../src/cell-splitter.mjs";

test("definitions and statements are separated, positions kept", () => {
  const cell = "operation A() : Unit {}\nlet x = 1;\nfunction B() : Int { 2 }\nx + B()";
  const { items, statements, hasStatements } = splitCell(cell);
  assert.deepEqual(items.map((i) => i.name), ["A", "B"]);
  assert.ok(hasStatements);
  assert.equal(statements.length, cell.length);
  assert.equal(statements.split("\n")[1], "let x = 1;");
  assert.equal(statements.split("\n")[3], "x + B()");
});

test("attributes, doc comments and specialisations belong to their item", () => {
  const cell = "/// doc\n@EntryPoint()\noperation Main() : Unit is Adj {\n  body ... { }\n  adjoint self;\n}";
  const { items, hasStatements } = splitCell(cell);
  assert.equal(items.length, 1);
  assert.equal(items[0].name, "Main");
  assert.ok(!hasStatements);
});

test("braces in strings and if/else chains do not end a statement early", () => {
  const { items, hasStatements, statements } = splitCell("if true { Message(\"}\"); } else { }\nfunction F() : Unit {}");
  assert.deepEqual(items.map((i) => i.name), ["F"]);
  assert.ok(hasStatements);
  assert.ok(statements.startsWith("if true"));
});

test("%run is an entry expression and imports are directives", () => {
  const { items, statements } = splitCell("import Std.Math.*;\n%run Foo()");
  assert.equal(items[0].directive, true);
  assert.equal(statements.split("\n")[1], "     Foo()");
});
