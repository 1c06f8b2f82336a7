// worker.js starts spantag's second WebAssembly program, worker.wasm (the Go
// package worker/), in the dedicated Web Worker the page opens after its
// first paint. The Go program listens for jobs and posts {ready: true}; if it
// cannot start or stops, this posts {failed: message} so that the page stops
// waiting for it.
//
// Like boot.js, "wasm_exec.js" and "worker.wasm" come from build.go's
// staging directory.
import "wasm_exec.js";
import wasmURL from "worker.wasm";

async function start() {
  const go = new Go();
  const res = await fetch(wasmURL);
  if (!res.ok) {
    throw new Error(`downloading ${wasmURL}: ${res.status} ${res.statusText}`);
  }
  const { instance } = await WebAssembly.instantiateStreaming(res, go.importObject);
  await go.run(instance);
  throw new Error("the worker's program exited");
}

start().catch((err) => {
  self.postMessage({ failed: `the worker stopped: ${err && err.message ? err.message : err}` });
});
