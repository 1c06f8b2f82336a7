// Command evalboiler measures boiler's line decisions against the hand-labelled corpus
// in boiler/testdata/ (see its README): line-level precision, recall and F1 of the
// boilerplate class, on each set of each half (frozen, tune): the mixed articles, and
// the pages of each site apart. Each directory of pages is one dataset, fed whole to
// one Corpus before any decision. Run from the module root: go run build.go eval-boilerplate, or
//
//	go run ./boiler/cmd/evalboiler [-threshold 0.5] [-dir boiler/testdata] [-v] [FILE...]
//
// With files, it evaluates those as one dataset instead (labelled as the corpus is);
// -v prints every wrong decision with its reason.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"spantag/boiler"
)

func main() {
	threshold := flag.Float64("threshold", boiler.DefaultThreshold, "score from which a line is boilerplate")
	dir := flag.String("dir", "boiler/testdata", "the labelled corpus")
	verbose := flag.Bool("v", false, "print every wrong decision")
	flag.Parse()
	if flag.NArg() > 0 {
		exitOn(report("files", flag.Args(), *threshold, *verbose))
		return
	}
	fmt.Printf("threshold %.2f; boilerplate is the positive class\n", *threshold)
	fmt.Printf("%-20s %5s %5s %6s %6s %6s\n", "set", "docs", "lines", "P", "R", "F1")
	for _, half := range []string{"frozen", "tune"} {
		sets, err := os.ReadDir(filepath.Join(*dir, half))
		exitOn(err)
		for _, set := range sets {
			if !set.IsDir() {
				continue
			}
			files, err := filepath.Glob(filepath.Join(*dir, half, set.Name(), "*.txt"))
			exitOn(err)
			exitOn(report(half+"/"+set.Name(), files, *threshold, *verbose))
		}
	}
}

// report evaluates files as one dataset and prints a row.
func report(name string, files []string, threshold float64, verbose bool) error {
	sort.Strings(files)
	texts := make([]string, len(files))
	labels := make([][]boiler.Label, len(files))
	corpus := boiler.NewCorpus()
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if texts[i], labels[i], err = boiler.ParseLabelled(string(data)); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		corpus.Add(texts[i])
	}
	var total boiler.Counts
	for i, text := range texts {
		decisions := corpus.Decide(boiler.Page{Text: text}, threshold)
		total.Add(decisions, labels[i])
		if verbose {
			printWrong(files[i], text, decisions, labels[i])
		}
	}
	fmt.Printf("%-20s %5d %5d %6.3f %6.3f %6.3f\n", name, len(files), total.TP+total.FP+total.FN+total.TN,
		total.Precision(), total.Recall(), total.F1())
	return nil
}

func printWrong(file, text string, decisions []boiler.Decision, labels []boiler.Label) {
	for i, d := range decisions {
		if labels[i] == boiler.Unscored || d.Boilerplate == (labels[i] == boiler.Boiler) {
			continue
		}
		kind := "missed"
		if d.Boilerplate {
			kind = "wrong "
		}
		fmt.Printf("  %s %s:%d %.2f %q — %s\n", kind, filepath.Base(file), i+1, d.Score, text[d.Start:d.End], d.Reason)
	}
}

func exitOn(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalboiler:", err)
		os.Exit(1)
	}
}
