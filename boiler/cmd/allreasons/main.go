package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"spantag/boiler"
)

// prints: set file line label decided score reason text
func main() {
	dir := os.Args[1]
	sets, _ := filepath.Glob(filepath.Join(dir, "*", "*"))
	for _, set := range sets {
		files, _ := filepath.Glob(filepath.Join(set, "*.txt"))
		sort.Strings(files)
		texts := make([]string, len(files))
		labels := make([][]boiler.Label, len(files))
		corpus := boiler.NewCorpus()
		for i, f := range files {
			data, _ := os.ReadFile(f)
			texts[i], labels[i], _ = boiler.ParseLabelled(string(data))
			corpus.Add(texts[i])
		}
		for i, text := range texts {
			ds := corpus.Decide(boiler.Page{Text: text}, boiler.DefaultThreshold)
			lines := strings.Split(text, "\n")
			for j, d := range ds {
				if labels[i][j] == boiler.Unscored {
					continue
				}
				lab := "+"
				if labels[i][j] == boiler.Boiler {
					lab = "-"
				}
				dec := "+"
				if d.Boilerplate {
					dec = "-"
				}
				fmt.Printf("%s\t%s\t%d\t%s\t%s\t%.2f\t%s\t%s\n", filepath.Base(set), filepath.Base(files[i]), j+1, lab, dec, d.Score, d.Reason, lines[j])
			}
		}
	}
}
