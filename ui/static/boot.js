// Loads the wasm UI. Kept in its own file so the CSP needs no inline script.
import init from "./tend_ui.js";
init();
