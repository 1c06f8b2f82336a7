// wasm.js starts the bare Go wasm program (floorwasm) the quickest standard
// way, as spantag's boot.js starts the app: compile while downloading
// (WebAssembly.instantiateStreaming), then run. The program sets
// body[data-ready="1"] as soon as its main runs.
const go = new Go();
WebAssembly.instantiateStreaming(fetch("floor.wasm"), go.importObject).then(({ instance }) => go.run(instance));
