// Command evalboiler measures boiler's line decisions against the hand-labelled corpus
// in boiler/testdata/ (see its README): line-level precision, recall and F1 of the
// boilerplate class, on each set of each half (frozen, tune): the mixed articles, and
// the pages of each site apart, then the counts of each half's mixed sets and of its
// sites pooled. Each directory of pages is one dataset, fed whole to one Corpus before
// any decision. Run from the module root: go run build.go eval-boilerplate, or
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
	"strings"

	"spantag/boiler"
)

func main() {
	threshold := flag.Float64("threshold", boiler.DefaultThreshold, "score from which a line is boilerplate")
	dir := flag.String("dir", "boiler/testdata", "the labelled corpus")
	verbose := flag.Bool("v", false, "print every wrong decision")
	flag.Parse()
	if flag.NArg() > 0 {
		_, err := report("files", flag.Args(), *threshold, *verbose)
		exitOn(err)
		return
	}
	fmt.Printf("threshold %.2f; boilerplate is the positive class\n", *threshold)
	fmt.Printf("%-20s %5s %5s %6s %6s %6s\n", "set", "docs", "lines", "P", "R", "F1")
	for _, half := range []string{"frozen", "tune"} {
		sets, err := os.ReadDir(filepath.Join(*dir, half))
		exitOn(err)
		pooled := map[string]*pool{"mixed": {}, "site": {}}
		for _, set := range sets {
			if !set.IsDir() {
				continue
			}
			files, err := filepath.Glob(filepath.Join(*dir, half, set.Name(), "*.txt"))
			exitOn(err)
			counts, err := report(half+"/"+set.Name(), files, *threshold, *verbose)
			exitOn(err)
			if p := pooled[strings.SplitN(set.Name(), "-", 2)[0]]; p != nil {
				p.add(len(files), counts)
			}
		}
		for _, kind := range []string{"mixed", "site"} {
			if p := pooled[kind]; p.docs > 0 {
				printRow(half+"/all-"+kind, p.docs, p.counts)
			}
		}
	}
}

// pool is the documents and counts of several sets together.
type pool struct {
	docs   int
	counts boiler.Counts
}

func (p *pool) add(docs int, c boiler.Counts) {
	p.docs += docs
	p.counts.ModelCounts.Add(c.ModelCounts)
	p.counts.TN += c.TN
}

// report evaluates files as one dataset, prints a row and returns its counts.
func report(name string, files []string, threshold float64, verbose bool) (boiler.Counts, error) {
	var total boiler.Counts
	sort.Strings(files)
	texts := make([]string, len(files))
	labels := make([][]boiler.Label, len(files))
	corpus := boiler.NewCorpus()
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return total, err
		}
		if texts[i], labels[i], err = boiler.ParseLabelled(string(data)); err != nil {
			return total, fmt.Errorf("%s: %w", f, err)
		}
		corpus.Add(texts[i])
	}
	for i, text := range texts {
		decisions := corpus.Decide(boiler.Page{Text: text}, threshold)
		total.Add(decisions, labels[i])
		if verbose {
			printWrong(files[i], text, decisions, labels[i])
		}
	}
	printRow(name, len(files), total)
	return total, nil
}

func printRow(name string, docs int, c boiler.Counts) {
	fmt.Printf("%-20s %5d %5d %6.3f %6.3f %6.3f\n", name, docs, c.TP+c.FP+c.FN+c.TN, c.Precision(), c.Recall(), c.F1())
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
