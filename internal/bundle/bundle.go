package bundle

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Output is what bundling one script wrote: URLs relative to the site.
type Output struct {
	Script string // the JS bundle
	Style  string // its CSS bundle, if the script imports CSS
}

// Stage copies the directory src (web/) into stage, under the same name,
// for Module to bundle from there.
func Stage(src, stage string) error {
	return os.CopyFS(filepath.Join(stage, src), os.DirFS(src))
}

// Module bundles entry, a script staged by Stage, into out as a minified ES
// module named [name]-[hash]. Bare imports ("main.wasm", "wasm_exec.js") are
// found in stage; a .wasm import becomes a hashed copy and its URL. define
// sets global constants, as JavaScript expressions.
//
// esbuild's names hash the paths of a bundle's inputs, relative to its
// working directory, as well as their bytes. Working in the stage, every
// input's path is the same in every build, wherever the checkout and the
// stage are, so the same source always gets the same names (and browsers no
// new version to download).
func Module(entry, stage, out string, define map[string]string) (Output, error) {
	fmt.Println("esbuild", entry)
	stage, err := filepath.Abs(stage)
	if err != nil {
		return Output{}, err
	}
	if out, err = filepath.Abs(out); err != nil {
		return Output{}, err
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{entry},
		AbsWorkingDir:     stage,
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
		Define:            define,
		Metafile:          true,
		Write:             true,
	})
	if err := check(entry, res); err != nil {
		return Output{}, err
	}
	return outputOf(entry, res.Metafile, stage, out)
}

// check prints esbuild's warnings and errors, and fails on errors.
func check(entry string, res api.BuildResult) error {
	printMessages(res.Warnings, api.WarningMessage)
	printMessages(res.Errors, api.ErrorMessage)
	if len(res.Errors) > 0 {
		return fmt.Errorf("esbuild %s: %d errors", entry, len(res.Errors))
	}
	return nil
}

// outputOf finds the bundle of entry, and its CSS, in esbuild's metafile,
// whose paths are relative to the stage, esbuild's working directory.
func outputOf(entry, metafile, stage, out string) (Output, error) {
	var meta struct {
		Outputs map[string]struct {
			EntryPoint string `json:"entryPoint"`
			CSSBundle  string `json:"cssBundle"`
		} `json:"outputs"`
	}
	if err := json.Unmarshal([]byte(metafile), &meta); err != nil {
		return Output{}, fmt.Errorf("esbuild metafile: %v", err)
	}
	for path, o := range meta.Outputs {
		if o.EntryPoint != entry {
			continue
		}
		script, err := relURL(out, filepath.Join(stage, path))
		if err != nil || o.CSSBundle == "" {
			return Output{Script: script}, err
		}
		style, err := relURL(out, filepath.Join(stage, o.CSSBundle))
		return Output{Script: script, Style: style}, err
	}
	return Output{}, fmt.Errorf("esbuild metafile has no output for %s", entry)
}

// relURL returns path, an output file, as a URL relative to the directory
// out; both are absolute.
func relURL(out, path string) (string, error) {
	rel, err := filepath.Rel(out, path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "", fmt.Errorf("esbuild wrote %s outside %s", path, out)
	}
	return filepath.ToSlash(rel), nil
}

// ServiceWorker writes out/sw.js from entry, the service worker, with the
// list of the site's files to cache (PRECACHE) and a build id (BUILD_ID)
// that changes whenever one of them does, so that browsers install the new
// version. Every file in out is listed: write it last.
func ServiceWorker(entry, out string) error {
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
	fmt.Println("esbuild", entry, "build", id)
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{entry},
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
	return check(entry, res)
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

func printMessages(msgs []api.Message, kind api.MessageKind) {
	for _, m := range api.FormatMessages(msgs, api.FormatMessagesOptions{Kind: kind}) {
		fmt.Fprint(os.Stderr, m)
	}
}
