// boot.js downloads spantag's WebAssembly with a progress bar and runs it.
// It holds no UI logic: the Go side builds the page, hides #boot and sets
// document.body.dataset.ready = "1" once it is interactive.
//
// "wasm_exec.js" and "main.wasm" are not in web/: build.go compiles them into
// a staging directory that esbuild searches for bare import paths.
import "./app.css";
import "wasm_exec.js";
import wasmURL from "main.wasm";

const boot = document.getElementById("boot");
const bar = document.getElementById("boot-progress");

// download fetches url and returns its bytes, moving the progress bar as
// they arrive when the server sends a Content-Length.
async function download(url) {
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`downloading ${url}: ${res.status} ${res.statusText}`);
  }
  const total = Number(res.headers.get("Content-Length")) || 0;
  if (!res.body || !total || !bar) {
    return res.arrayBuffer();
  }
  bar.max = total;
  const reader = res.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    chunks.push(value);
    received += value.length;
    // A compressed response counts encoded bytes in Content-Length.
    bar.value = Math.min(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes.buffer;
}

// fail shows what went wrong in place of the progress bar.
function fail(err) {
  console.error(err);
  if (boot) {
    boot.textContent = `spantag could not start: ${err && err.message ? err.message : err}`;
  }
}

async function start() {
  const go = new Go();
  let exitCode = "unknown";
  const exit = go.exit;
  go.exit = (code) => {
    exitCode = code;
    exit(code);
  };
  const { instance } = await WebAssembly.instantiate(await download(wasmURL), go.importObject);
  await go.run(instance);
  // go.run returns only when the Go program exits, which it must not do.
  throw new Error(`the program exited (code ${exitCode})`);
}

start().catch(fail);
