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

// STORE is the page's IndexedDB database as wasm/store.go opens it (its
// name, version and object stores; a test there checks that they agree).
// boot.js opens it while the wasm downloads and compiles, and hands the
// promise to the Go program (spantagStore), which opens it itself if this
// failed, and says why.
const STORE = { name: "spantag", version: 1, stores: ["datasets", "sources", "states", "journal", "meta"] };

function openStore() {
  return new Promise((resolve, reject) => {
    const req = self.indexedDB && indexedDB.open(STORE.name, STORE.version);
    if (!req) {
      reject(new Error("this browser offers no IndexedDB"));
      return;
    }
    req.onupgradeneeded = () => {
      for (const name of STORE.stores) req.result.createObjectStore(name);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error("the store is blocked by another tab"));
  });
}

function startStore() {
  let store;
  try {
    store = openStore();
  } catch (err) {
    store = Promise.reject(err);
  }
  store.catch(() => {}); // the Go program awaits it and handles a failure
  Object.defineProperty(globalThis, "spantagStore", { value: store });
}

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
  startStore();
  const go = new Go();
  go.env = { SPANTAG_WORKER: WORKER_URL };
  let exitCode = "unknown";
  const exit = go.exit;
  go.exit = (code) => {
    exitCode = code;
    exit(code);
  };
  performance.mark("spantag:fetch");
  const res = await fetch(wasmURL);
  if (!res.ok) {
    throw new Error(`downloading ${wasmURL}: ${res.status} ${res.statusText}`);
  }
  const { instance } = await WebAssembly.instantiateStreaming(withProgress(res), go.importObject);
  performance.mark("spantag:compiled");
  await go.run(instance);
  // go.run returns only when the Go program exits, which it must not do.
  throw new Error(`the program exited (code ${exitCode})`);
}

start().catch(fail);
