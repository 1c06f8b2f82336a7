//go:build !js

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"spantag/internal/transfer"
)

// report is everything one benchmark run found, as written to JSON.
type report struct {
	Machine machine `json:"machine"`
	Runs    int     `json:"runs"`  // launches per figure asked for
	Quick   bool    `json:"quick"` // smaller inputs: not comparable with a full run
	Busy    bool    `json:"busy"`  // measured with a second process keeping one core busy (-load)
	Rows    []row   `json:"rows"`
	Sizes   sizes   `json:"sizes"`
}

// sizes are the download sizes of the built site and of the bare Go wasm
// page, brotli at quality 11.
type sizes struct {
	Site  []transfer.File `json:"site"`
	Floor []transfer.File `json:"floor"`
}

// printTable writes the results as a Markdown table (aligned, so that it
// reads in a terminal too), the notes, then the sizes of the files.
func printTable(w io.Writer, rep report) {
	fmt.Fprintf(w, "\nMachine: %s\n", rep.Machine)
	if rep.Quick {
		fmt.Fprintln(w, "Quick run: smaller inputs and fewer runs; not comparable with a full run.")
	}
	if rep.Busy {
		fmt.Fprintln(w, "Under load: a second process kept one core busy throughout (-load).")
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.Debug)
	fmt.Fprintln(tw, "| figure\t median\t min–max\t runs\t baseline: median\t ratio\t target\t holds\t")
	fmt.Fprintln(tw, "|---\t---\t---\t---\t---\t---\t---\t---\t")
	for _, r := range rep.Rows {
		fmt.Fprintf(tw, "| %s\t %s\t %s\t %s\t %s\t %s\t %s\t %s\t\n", r.Figure, value(r, r.Median), minMax(r), runsOf(r),
			baselineOf(r), ratioOf(r), r.Target, r.Holds)
	}
	tw.Flush()
	printNotes(w, rep.Rows)
	printSizes(w, rep.Sizes)
}

// value is v in r's unit, or n/a without samples.
func value(r row, v float64) string {
	if len(r.Samples) == 0 {
		return "n/a"
	}
	return number(v) + " " + r.Unit
}

func minMax(r row) string {
	if len(r.Samples) == 0 {
		return ""
	}
	return number(r.Min) + "–" + number(r.Max)
}

// runsOf is the number of launches, times the actions timed in each when
// there are several.
func runsOf(r row) string {
	if r.Runs == 0 || len(r.Samples) == r.Runs {
		return fmt.Sprint(r.Runs)
	}
	return fmt.Sprintf("%d (%d samples)", r.Runs, len(r.Samples))
}

func baselineOf(r row) string {
	if r.Baseline == nil {
		return ""
	}
	return r.Baseline.Figure + ": " + value(*r.Baseline, r.Baseline.Median)
}

func ratioOf(r row) string {
	if r.Ratio == 0 {
		return ""
	}
	return fmt.Sprintf("%.2f×", r.Ratio)
}

// printNotes lists, under the table, why a figure is n/a and what else
// was seen.
func printNotes(w io.Writer, rows []row) {
	for _, r := range rows {
		for _, n := range r.Notes {
			fmt.Fprintf(w, "- %s: %s\n", r.Figure, n)
		}
	}
}

// printSizes lists every built file with its sizes, then the bare Go wasm
// page's.
func printSizes(w io.Writer, s sizes) {
	for _, set := range []struct {
		title string
		files []transfer.File
	}{{"built site", s.Site}, {"bare Go wasm page (the floor)", s.Floor}} {
		fmt.Fprintf(w, "\n%s, bytes:\n\n", set.title)
		tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.Debug)
		fmt.Fprintln(tw, "| file\t raw\t gzip -9\t brotli -q11\t")
		fmt.Fprintln(tw, "|---\t---:\t---:\t---:\t")
		for _, f := range append(set.files, transfer.Total(set.files)) {
			fmt.Fprintf(tw, "| %s\t %d\t %d\t %d\t\n", f.Path, f.Raw, f.Gzip, f.Brotli)
		}
		tw.Flush()
	}
}

// writeJSON writes the report to path, making its directory.
func writeJSON(path string, rep report) error {
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing the results: %v", err)
	}
	return nil
}

// readJSON reads a report that an earlier run wrote.
func readJSON(path string) (report, error) {
	var rep report
	b, err := os.ReadFile(path)
	if err != nil {
		return rep, err
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		return rep, fmt.Errorf("%s: %v", path, err)
	}
	return rep, nil
}

// printComparison sets each figure's median beside the same figure's in
// an earlier report.
func printComparison(w io.Writer, rep, old report) {
	fmt.Fprintf(w, "\nCompared with the run of %s on %s:\n", old.Machine.Date, old.Machine.CPU)
	before := map[string]row{}
	for _, r := range old.Rows {
		before[r.ID] = r
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "figure\tbefore\tnow\tchange")
	for _, r := range rep.Rows {
		b, ok := before[r.ID]
		if !ok || len(b.Samples) == 0 || len(r.Samples) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%+.0f%%\n", r.Figure, value(b, b.Median), value(r, r.Median), 100*(r.Median/b.Median-1))
	}
	tw.Flush()
	if old.Machine.CPU != rep.Machine.CPU || old.Quick != rep.Quick || old.Busy != rep.Busy {
		fmt.Fprintln(w, "  (the earlier run was on another machine or with other inputs: compare with care)")
	}
}
