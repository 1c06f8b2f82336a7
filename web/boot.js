// boot.js downloads spantag's WebAssembly with a progress bar and runs it.
// It holds no UI logic: the Go side builds the page, hides #boot and sets
// document.body.dataset.ready = "1" once it is interactive.
//
// "wasm_exec.js" and "main.wasm" are not in web/: build.go compiles them into
// a staging directory that esbuild searches for bare import paths. build.go
// also defines WORKER_URL, the Web Worker's script (web/worker.js), which the
// page's program starts after its first paint.
import "./app.css";
import "wasm_exec.js";
import wasmURL from "main.wasm";

const boot = document.getElementById("boot");
const bar = document.getElementById("boot-progress");

// withProgress passes the response through, moving the progress bar as its
// bytes arrive when the server sends a Content-Length, so that the browser
// compiles the module while it downloads.
function withProgress(res) {
  const total = Number(res.headers.get("Content-Length")) || 0;
  if (!res.body || !total || !bar) {
    return res;
  }
  bar.max = total;
  let received = 0;
  const reader = res.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      received += value.length;
      // A compressed response counts encoded bytes in Content-Length.
      bar.value = Math.min(received, total);
      controller.enqueue(value);
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/wasm" } });
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
  go.env = { SPANTAG_WORKER: WORKER_URL };
  let exitCode = "unknown";
  const exit = go.exit;
  go.exit = (code) => {
    exitCode = code;
    exit(code);
  };
  const res = await fetch(wasmURL);
  if (!res.ok) {
    throw new Error(`downloading ${wasmURL}: ${res.status} ${res.statusText}`);
  }
  const { instance } = await WebAssembly.instantiateStreaming(withProgress(res), go.importObject);
  await go.run(instance);
  // go.run returns only when the Go program exits, which it must not do.
  throw new Error(`the program exited (code ${exitCode})`);
}

start().catch(fail);
