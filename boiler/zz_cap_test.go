package boiler

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestZZCaptions(t *testing.T) {
	out, _ := os.Create("/tmp/caps.tsv")
	defer out.Close()
	dirs, _ := filepath.Glob("testdata/*/*")
	for _, dir := range dirs {
		files, _ := filepath.Glob(dir + "/*.txt")
		var texts []string
		var labs [][]Label
		c := NewCorpus()
		for _, f := range files {
			data, _ := os.ReadFile(f)
			text, labels, _ := ParseLabelled(string(data))
			texts = append(texts, text)
			labs = append(labs, labels)
			c.Add(text)
		}
		for k, text := range texts {
			_, lines, _ := c.decide(PageWith(text, nil), 0.5)
			var ws []int
			for _, l := range lines {
				if !l.empty && l.score < 0.5 && l.f.prose() {
					ws = append(ws, l.f.words)
				}
			}
			sort.Ints(ws)
			med := 0
			if len(ws) > 0 {
				med = ws[len(ws)/2]
			}
			for i, l := range lines {
				if l.empty || l.score >= 0.5 || !l.f.prose() {
					continue
				}
				prev, next := "", ""
				for j := i - 1; j >= 0; j-- {
					if !lines[j].empty {
						prev = fmt.Sprintf("%d/%.2f/%d", labs[k][j], lines[j].score, lines[j].f.words)
						break
					}
				}
				for j := i + 1; j < len(lines); j++ {
					if !lines[j].empty {
						next = fmt.Sprintf("%d/%.2f/%d", labs[k][j], lines[j].score, lines[j].f.words)
						break
					}
				}
				sents := strings.Count(l.text, ". ") + 1
				fmt.Fprintf(out, "%s\t%s\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%d\t%s\t%s\t%s\n", dir, filepath.Base(files[k]), i+1, labs[k][i], l.f.words, med, l.f.stops, l.f.capitals, sents, prev, next, l.text)
			}
		}
	}
}
