//go:build tools

// Build builds, serves and tests spantag. Run it from the module root:
//
//	go run build.go [-out dist]          build the static site into dist/
//	go run build.go serve [-addr ADDR]   build, then serve dist/ on ADDR
//	go run build.go test                 vet and test everything, browser tests included
//	go run build.go bench [-runs 5] [-out bench/results.json] [-quick] [-profile DIR]
//	                                     build into a temporary directory, then run
//	                                     the browser benchmark on it (see bench/)
//	go run build.go eval-learning [FILE|DIR] print the learning curve of learn/ (see learn/curve)
//
// The site is plain static files: index.html, one hashed JS bundle (boot.js
// with wasm_exec.js inside), one hashed CSS bundle, the hashed main.wasm,
// the Web Worker's hashed script and worker.wasm (loaded after the first
// paint), and sw.js. Every URL in it is relative, so it works from any
// sub-path of any host.
//
// The build tag keeps this file out of the module's packages while `go mod
// tidy` still sees its imports; `go run build.go` ignores the tag.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"

	"spantag/internal/bundle"
	"spantag/internal/chrome"
	"spantag/internal/site"
	"spantag/internal/transfer"
	"spantag/internal/wasmexec"
	"spantag/learn/curve"
)

func main() {
	cmd := "build"
	if len(os.Args) > 1 && !strings.HasPrefix(os.Args[1], "-") {
		cmd = os.Args[1]
		os.Args = append(os.Args[:1], os.Args[2:]...)
	}
	if cmd == "bench" { // the harness in bench/ parses its own flags
		exitOn(bench(os.Args[1:]))
		return
	}
	out := flag.String("out", "dist", "directory to write the static site to")
	addr := flag.String("addr", "127.0.0.1:8080", "address for serve to listen on")
	flag.Parse()

	var err error
	switch cmd {
	case "build":
		err = build(*out)
	case "serve":
		err = serve(*out, *addr)
	case "test":
		err = test()
	case "eval-learning":
		err = curve.Command(flag.Args(), os.Stdout)
	case "eval-boilerplate": // boiler's figures on its labelled corpus: boiler/cmd/evalboiler
		err = run(nil, append([]string{"go", "run", "./boiler/cmd/evalboiler"}, flag.Args()...)...)
	default:
		err = fmt.Errorf("unknown command %q: want build, serve, test or bench", cmd)
	}
	exitOn(err)
}

// exitOn ends the program with the error, if there is one.
func exitOn(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "build.go:", err)
		os.Exit(1)
	}
}

// build writes the static site into out, replacing what was there.
func build(out string) error {
	if err := checkOut(out); err != nil {
		return err
	}
	stage, err := os.MkdirTemp("", "spantag-stage-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(stage)
	if err := compile(stage); err != nil {
		return err
	}
	if err := bundle.Stage("web", stage); err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	// The worker first: boot.js passes its URL to the page's program.
	worker, err := bundle.Module("web/worker.js", stage, out, nil)
	if err != nil {
		return err
	}
	boot, err := bundle.Module("web/boot.js", stage, out, map[string]string{"WORKER_URL": strconv.Quote(worker.Script)})
	if err != nil {
		return err
	}
	if boot.Style == "" {
		return errors.New("esbuild made no CSS bundle: web/boot.js must import ./app.css")
	}
	wasm, err := filepath.Glob(filepath.Join(out, "main-*.wasm"))
	if err != nil || len(wasm) != 1 {
		return fmt.Errorf("esbuild wrote %d main-*.wasm files, want 1 (%v)", len(wasm), err)
	}
	if err := writeIndex(out, page{Script: boot.Script, Style: boot.Style, Wasm: filepath.Base(wasm[0]), Policy: site.Policy}); err != nil {
		return err
	}
	if err := bundle.ServiceWorker("web/sw.js", out); err != nil {
		return err
	}
	// After the service worker: the hosts read this file, never serve it, so
	// the offline copy must not ask for it.
	if err := os.WriteFile(filepath.Join(out, site.HeadersFileName), []byte(site.HeadersFile()), 0o644); err != nil {
		return err
	}
	return printSizes(out)
}

// compile writes the two wasm programs, main.wasm (the page, ./wasm) and
// worker.wasm (the Web Worker's, ./worker), and the matching wasm_exec.js
// (patched: internal/wasmexec) into stage, never into the source tree: the
// scripts of web/ import them by bare name, and esbuild finds them there.
func compile(stage string) error {
	wasmEnv := []string{"GOOS=js", "GOARCH=wasm"}
	for name, pkg := range map[string]string{"main.wasm": "./wasm", "worker.wasm": "./worker"} {
		if err := run(wasmEnv, "go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(stage, name), pkg); err != nil {
			return err
		}
	}
	goroot, err := output(nil, "go", "env", "GOROOT")
	if err != nil {
		return err
	}
	return wasmexec.Write(goroot, stage) // Go's, with short strings made in JavaScript
}

// checkOut refuses an output directory that holds more than a build: build
// empties it first.
func checkOut(out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	if rel, err := filepath.Rel(abs, wd); err == nil && !strings.HasPrefix(rel, "..") {
		return fmt.Errorf("-out %s: is the working directory or above it; build would delete it", out)
	}
	for _, name := range []string{"go.mod", ".git"} {
		if _, err := os.Stat(filepath.Join(out, name)); err == nil {
			return fmt.Errorf("-out %s: holds %s; build would delete it", out, name)
		}
	}
	return nil
}

// page holds what web/index.html refers to: relative URLs, and the policy
// its <meta> states.
type page struct {
	Script string // the JS bundle
	Style  string // the CSS bundle
	Wasm   string // main.wasm, hashed, which the page preloads
	Policy string // the Content-Security-Policy
}

// writeIndex writes out/index.html from the template web/index.html.
func writeIndex(out string, p page) error {
	tmpl, err := template.New("index.html").Option("missingkey=error").ParseFiles("web/index.html")
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, p); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "index.html"), buf.Bytes(), 0o644)
}

// printSizes prints every file of the site with its raw, gzip and brotli
// sizes, and the total. Brotli is at the quality of on-the-fly compression,
// which is quick; the benchmark reports quality 11 (go run build.go bench).
func printSizes(out string) error {
	files, err := transfer.Sizes(out, transfer.FastBrotli)
	if err != nil {
		return err
	}
	fmt.Printf("%-40s %10s %10s %10s\n", "file", "raw", "gzip", fmt.Sprintf("brotli-%d", transfer.FastBrotli))
	for _, f := range append(files, transfer.Total(files)) {
		fmt.Printf("%-40s %10d %10d %10d\n", f.Path, f.Raw, f.Gzip, f.Brotli)
	}
	return nil
}

// serve builds the site into out and serves it on addr, with the headers
// a host should send (site.Headers).
func serve(out, addr string) error {
	if err := build(out); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("serving %s at http://%s/\n", out, ln.Addr())
	return http.Serve(ln, site.Handler(out))
}

// test runs every check: vet for both targets, the native tests (the browser
// tests in e2e/ included) and the js/wasm tests under Node.
func test() error {
	chromium, err := chrome.Find()
	if err != nil {
		return err
	}
	wasmEnv := []string{"GOOS=js", "GOARCH=wasm"}
	goroot, err := output(nil, "go", "env", "GOROOT")
	if err != nil {
		return err
	}
	pkgs, err := output(nil, "go", "list", "./...")
	if err != nil {
		return err
	}
	execDir, err := os.MkdirTemp("", "spantag-wasm-exec-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(execDir)
	wasmExec, err := wasmexec.WriteExec(goroot, execDir) // the page's wasm_exec.js, not Go's own
	if err != nil {
		return err
	}
	var native []string
	for _, p := range strings.Fields(pkgs) {
		if p != "spantag/e2e" {
			native = append(native, p)
		}
	}
	browser := []string{"CHROMIUM=" + chromium, chrome.RequiredEnv + "=1"}
	// The browser tests run after the others, alone: beside the native
	// packages' tests on a 2-core machine, a page's start can take longer
	// than their waits allow.
	steps := []struct {
		env  []string
		args []string
	}{
		{nil, []string{"go", "vet", "./..."}},
		{wasmEnv, []string{"go", "vet", "./..."}},
		{nil, []string{"go", "vet", "-tags", "tools", "build.go"}},
		{browser, append([]string{"go", "test", "-timeout", "30m"}, native...)},
		{browser, []string{"go", "test", "-timeout", "30m", "./e2e"}},
		{wasmEnv, []string{"go", "test", "-exec=" + wasmExec, "./wasm/...", "./worker/..."}},
	}
	for _, s := range steps {
		if err := run(s.env, s.args...); err != nil {
			return err
		}
	}
	return nil
}

// bench builds the site into a temporary directory and runs the browser
// benchmark on it with args, the harness's own flags.
func bench(args []string) error {
	site, err := os.MkdirTemp("", "spantag-bench-site-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(site)
	if err := build(site); err != nil {
		return err
	}
	return run(nil, append([]string{"go", "run", "./bench", "-site", site}, args...)...)
}

// run prints and runs a command with extra environment variables.
func run(env []string, args ...string) error {
	fmt.Println(strings.TrimSpace(strings.Join(env, " ") + " " + strings.Join(args, " ")))
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %v", strings.Join(args, " "), err)
	}
	return nil
}

// output runs a command quietly and returns its trimmed standard output.
func output(env []string, args ...string) (string, error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%s: %v", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(b)), nil
}
