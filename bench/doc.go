//go:build !js

// Command bench is spantag's browser benchmark. Run it through build.go,
// which builds the site first:
//
//	go run build.go bench [-runs 5] [-out bench/results.json] [-quick] [-profile DIR]
//
// It generates its inputs deterministically (inputs.go), serves them with
// the built site and a floor page on 127.0.0.1, and drives headless
// Chromium through each figure of the performance targets
// (shared/spec/targets.md), in a fresh browser launch per run with an
// empty profile. It prints one table — figure, median, min–max, runs,
// baseline, ratio, target, whether it holds — and writes it as JSON for a
// later run to compare with, with the download size of every built file.
//
// How it measures, everywhere the same way:
//
//   - probe.js is injected into every page through CDP before the page's
//     own scripts (the page's CSP does not apply to CDP). It only observes.
//   - A timed action starts at the time stamp of the user's event (the
//     change of the file input, the keydown), read in the capture phase
//     before any page listener, and ends when the expected DOM change has
//     happened and the frame showing it has been rendered: a
//     requestAnimationFrame callback runs just before that frame's style,
//     layout and paint, and a message posted from it arrives right after.
//   - The floor is measured in the same run by plain pages (floor/) doing
//     the least work that shows the same result, so every figure has a
//     ratio to a baseline from the same machine and the same minute.
//   - Memory is read after the page has settled and a garbage collection:
//     the JS heap in use (CDP Performance.getMetrics) plus the size of
//     every WebAssembly.Memory (found with CDP Runtime.queryObjects; Go's
//     wasm memory only grows, so this is its high-water mark).
//
// A figure the page cannot show yet is printed as n/a with the reason. No
// test asserts any of these timings.
package main
