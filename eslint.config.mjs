// make lint: the site's own scripts (browser, ES2022) and the Node scripts of tests and bench.
import js from "@eslint/js";
import globals from "globals";

const strict = {
  "no-var": "error",
  "prefer-const": "error",
  eqeqeq: ["error", "always"],
  "no-implicit-globals": "error",
  "no-unused-vars": ["error", { args: "after-used", caughtErrors: "none" }],
  "no-empty": ["error", { allowEmptyCatch: true }],
};

export default [
  { ignores: ["node_modules/", "bench/node_modules/", "site/", "dist/", ".cache/", ".venv/"] },
  js.configs.recommended,
  {
    files: ["docs/assets/javascripts/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: globals.browser },
    rules: strict,
  },
  {
    // Python's Web Worker (built into the site by plugins/pyodide_runtime).
    files: ["plugins/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: globals.worker },
    // A worker's global scope is its own: nothing leaks into a page.
    rules: { ...strict, "no-implicit-globals": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
    rules: strict,
  },
  {
    // Puppeteer runs some of the test code inside the page (page.evaluate).
    files: ["tests/firefox/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
