// Typesets the math spans and highlights code of a lecture page. Runs after the deferred KaTeX and
// highlight.js scripts; when any of them is missing the page keeps the readable TeX source and plain code.
(function () {
  "use strict";
  function render() {
    if (window.renderMathInElement) {
      document.querySelectorAll(".math").forEach(function (el) {
        window.renderMathInElement(el, {
          delimiters: [
            { left: "\\[", right: "\\]", display: true },
            { left: "\\(", right: "\\)", display: false }
          ],
          throwOnError: false
        });
      });
    }
    if (window.hljs) {
      document.querySelectorAll("pre code[class*='language-']").forEach(function (el) {
        window.hljs.highlightElement(el);
      });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
