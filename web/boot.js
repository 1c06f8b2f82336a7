// boot.js downloads spantag's WebAssembly and runs it, while index.html's
// #boot shows an indeterminate progress bar.
// It holds no UI logic: the Go side builds the page, hides #boot and sets
// document.body.dataset.ready = "1" once it is interactive.
//
// index.html loads it as an async module at the top of <head>, so that it
// runs as soon as it has arrived: not after the whole document is parsed
// and the stylesheet loaded (a deferred module waits for both, and the
// browser drew the page before running it). It starts the store's opening
// and the wasm's download and compile at once, while the browser parses and
// draws the page, and runs the Go program once the document is parsed (the
// program looks up its elements). The wasm is not preloaded: a preload's
// body passes through the page's thread into a buffer, which the compile
// only reads once boot.js asks for it, where boot.js's own fetch streams it
// into the compiler as it arrives.
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

// fail shows what went wrong in place of the progress bar.
function fail(err) {
  console.error(err);
  const boot = document.getElementById("boot");
  if (boot) {
    boot.textContent = `spantag could not start: ${err && err.message ? err.message : err}`;
  }
}

// parsed resolves once the document is parsed.
function parsed() {
  if (document.readyState !== "loading") {
    return Promise.resolve();
  }
  return new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
}

async function start() {
  startStore();
  performance.mark("spantag:fetch");
  const compiled = fetch(wasmURL).then((res) => {
    if (!res.ok) {
      throw new Error(`downloading ${wasmURL}: ${res.status} ${res.statusText}`);
    }
    // The response goes to the compiler as it is: passing its bytes
    // through a JavaScript stream to move a progress bar cost the page's
    // thread more than the rest of its start (a CPU profile of the start).
    // Streaming needs the type application/wasm, which a host may not send.
    if (!(res.headers.get("Content-Type") || "").startsWith("application/wasm")) {
      return res.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
    }
    return WebAssembly.compileStreaming(res);
  });
  const go = new Go();
  go.env = { SPANTAG_WORKER: WORKER_URL };
  let exitCode = "unknown";
  const exit = go.exit;
  go.exit = (code) => {
    exitCode = code;
    exit(code);
  };
  const module = await compiled;
  performance.mark("spantag:compiled");
  await parsed();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  await go.run(instance);
  // go.run returns only when the Go program exits, which it must not do.
  throw new Error(`the program exited (code ${exitCode})`);
}

start().catch(fail);
