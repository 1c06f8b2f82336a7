//go:build tools

// Build builds, serves and tests spantag. Run it from the module root:
//
//	go run build.go [-out dist]          build the static site into dist/
//	go run build.go serve [-addr ADDR]   build, then serve dist/ on ADDR
//	go run build.go test                 vet and test everything, browser tests included
//	go run build.go bench [-runs 5] [-out bench/results.json] [-quick] [-profile DIR]
//	                                     build into a temporary directory, then run
//	                                     the browser benchmark on it (see bench/)
//
// The site is plain static files: index.html, one hashed JS bundle (boot.js
// with wasm_exec.js inside), one hashed CSS bundle and the hashed main.wasm.
// Every URL in it is relative, so it works from any sub-path of any host.
//
// The build tag keeps this file out of the module's packages while `go mod
// tidy` still sees its imports; `go run build.go` ignores the tag.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"

	"github.com/evanw/esbuild/pkg/api"

	"spantag/internal/chrome"
	"spantag/internal/site"
	"spantag/internal/transfer"
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

	// The wasm and the matching wasm_exec.js go to a staging directory, never
	// into the source tree. boot.js imports them by bare name ("main.wasm",
	// "wasm_exec.js"), and esbuild finds them there through NodePaths.
	wasmEnv := []string{"GOOS=js", "GOARCH=wasm"}
	if err := run(wasmEnv, "go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(stage, "main.wasm"), "./wasm"); err != nil {
		return err
	}
	goroot, err := output(nil, "go", "env", "GOROOT")
	if err != nil {
		return err
	}
	if err := copyFile(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"), filepath.Join(stage, "wasm_exec.js")); err != nil {
		return err
	}

	if err := os.RemoveAll(out); err != nil {
		return err
	}
	fmt.Println("esbuild web/boot.js")
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{"web/boot.js"},
		NodePaths:         []string{stage},
		Bundle:            true,
		Format:            api.FormatESModule,
		Target:            api.ES2022,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Loader:            map[string]api.Loader{".wasm": api.LoaderFile},
		EntryNames:        "[name]-[hash]",
		AssetNames:        "[name]-[hash]",
		Outdir:            out,
		Metafile:          true,
		Write:             true,
	})
	printMessages(res.Warnings, api.WarningMessage)
	printMessages(res.Errors, api.ErrorMessage)
	if len(res.Errors) > 0 {
		return fmt.Errorf("esbuild: %d errors", len(res.Errors))
	}
	page, err := bundleURLs(res.Metafile, out)
	if err != nil {
		return err
	}
	page.Policy = site.Policy
	if err := writeIndex(out, page); err != nil {
		return err
	}
	if err := buildWorker(out); err != nil {
		return err
	}
	// After the worker: the hosts read this file, never serve it, so the
	// offline copy must not ask for it.
	if err := os.WriteFile(filepath.Join(out, site.HeadersFileName), []byte(site.HeadersFile()), 0o644); err != nil {
		return err
	}
	return printSizes(out)
}

// buildWorker writes out/sw.js, the service worker, with the list of the
// site's files to cache and a build id that changes whenever one of them
// does, so that browsers install the new version.
func buildWorker(out string) error {
	files, err := siteFiles(out)
	if err != nil {
		return err
	}
	sum := sha256.New()
	precache := []string{"./"}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			return err
		}
		fmt.Fprintf(sum, "%s %d\n", f, len(b))
		sum.Write(b)
		precache = append(precache, f)
	}
	list, err := json.Marshal(precache)
	if err != nil {
		return err
	}
	id := fmt.Sprintf("%x", sum.Sum(nil))[:16]
	fmt.Println("esbuild web/sw.js, build", id)
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{"web/sw.js"},
		Outfile:           filepath.Join(out, "sw.js"),
		Bundle:            true,
		Format:            api.FormatIIFE,
		Target:            api.ES2022,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Define:            map[string]string{"PRECACHE": string(list), "BUILD_ID": strconv.Quote(id)},
		Write:             true,
	})
	printMessages(res.Warnings, api.WarningMessage)
	printMessages(res.Errors, api.ErrorMessage)
	if len(res.Errors) > 0 {
		return fmt.Errorf("esbuild web/sw.js: %d errors", len(res.Errors))
	}
	return nil
}

// siteFiles lists the files in out as slash-separated paths relative to it,
// sorted.
func siteFiles(out string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(out, path)
		files = append(files, filepath.ToSlash(rel))
		return err
	})
	slices.Sort(files)
	return files, err
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
	Policy string // the Content-Security-Policy
}

// bundleURLs finds the JS and CSS bundles of web/boot.js in esbuild's
// metafile and returns their URLs relative to out.
func bundleURLs(metafile, out string) (page, error) {
	var meta struct {
		Outputs map[string]struct {
			EntryPoint string `json:"entryPoint"`
			CSSBundle  string `json:"cssBundle"`
		} `json:"outputs"`
	}
	if err := json.Unmarshal([]byte(metafile), &meta); err != nil {
		return page{}, fmt.Errorf("esbuild metafile: %v", err)
	}
	for path, o := range meta.Outputs {
		if o.EntryPoint != "web/boot.js" {
			continue
		}
		if o.CSSBundle == "" {
			return page{}, errors.New("esbuild made no CSS bundle: web/boot.js must import ./app.css")
		}
		script, err := relURL(out, path)
		if err != nil {
			return page{}, err
		}
		style, err := relURL(out, o.CSSBundle)
		if err != nil {
			return page{}, err
		}
		return page{Script: script, Style: style}, nil
	}
	return page{}, errors.New("esbuild metafile has no output for web/boot.js")
}

// relURL returns path, an output file, as a URL relative to the directory out.
func relURL(out, path string) (string, error) {
	absOut, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	absPath, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(absOut, absPath)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "", fmt.Errorf("esbuild wrote %s outside %s", path, out)
	}
	return filepath.ToSlash(rel), nil
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
	steps := []struct {
		env  []string
		args []string
	}{
		{nil, []string{"go", "vet", "./..."}},
		{wasmEnv, []string{"go", "vet", "./..."}},
		{nil, []string{"go", "vet", "-tags", "tools", "build.go"}},
		{[]string{"CHROMIUM=" + chromium, chrome.RequiredEnv + "=1"}, []string{"go", "test", "-timeout", "30m", "./..."}},
		{wasmEnv, []string{"go", "test", "-exec=" + filepath.Join(goroot, "lib", "wasm", "go_js_wasm_exec"), "./wasm/..."}},
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

func copyFile(from, to string) error {
	fmt.Println("cp", from, to)
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}

func printMessages(msgs []api.Message, kind api.MessageKind) {
	for _, m := range api.FormatMessages(msgs, api.FormatMessagesOptions{Kind: kind}) {
		fmt.Fprint(os.Stderr, m)
	}
}
