// wasm.js starts the bare Go wasm program (floorwasm) the way spantag's
// boot.js starts the app: download the bytes, instantiate, run. The program
// sets body[data-ready="1"] as soon as its main runs.
const go = new Go();
fetch("floor.wasm")
  .then((res) => res.arrayBuffer())
  .then((bytes) => WebAssembly.instantiate(bytes, go.importObject))
  .then(({ instance }) => go.run(instance));
