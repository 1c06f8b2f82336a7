package boiler

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestZZDoc(t *testing.T) {
	target := os.Getenv("ZZDOC")
	files, _ := filepath.Glob(filepath.Join(filepath.Dir(target), "*.txt"))
	c := NewCorpus()
	for _, f := range files {
		data, _ := os.ReadFile(f)
		text, _, _ := ParseLabelled(string(data))
		c.Add(text)
	}
	data, _ := os.ReadFile(target)
	text, labels, _ := ParseLabelled(string(data))
	for i, d := range c.Decide(Page{Text: text}, 0.5) {
		s := text[d.Start:d.End]
		if len(s) > 70 {
			s = s[:70]
		}
		fmt.Printf("%3d %d %v %-70s %s\n", i+1, labels[i], d.Boilerplate, s, d.Why())
	}
}
