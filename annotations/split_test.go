package annotations

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitPartOf(t *testing.T) {
	// Buckets worked out by hand from each text's _input_hash (Python's %).
	tests := []struct {
		text string
		hash int32
		want string // of Split{Dev: 10, Test: 10}
	}{
		{"Short note: the pier in Kraków reopens in May 🎉.\n", 1056844419, "dev"},                    // bucket 19
		{"Zoë Ñúñez says the Gdańsk ferry 🚢 runs hourly.\r\nAdvertisement\r\n", -864971625, "train"}, // bucket 75
	}
	for _, tt := range tests {
		d := &Document{Text: tt.text}
		if d.InputHash() != tt.hash {
			t.Fatalf("%q: hash %d, want %d", tt.text, d.InputHash(), tt.hash)
		}
		if got := (Split{Dev: 10, Test: 10}).PartOf(d); got != tt.want {
			t.Errorf("%q: part %q, want %q", tt.text, got, tt.want)
		}
		if got := (Split{Test: 20}).PartOf(d); tt.hash == 1056844419 && got != "test" {
			t.Errorf("%q with 20%% test: part %q, want test", tt.text, got)
		}
	}
	if got := (Split{}).PartOf(&Document{Text: "a"}); got != "" {
		t.Errorf("no split: part %q", got)
	}
}

// TestSplitAgreesAcrossFormats exports the same documents split in several
// formats: each document's records are in the same part in every file.
func TestSplitAgreesAcrossFormats(t *testing.T) {
	docs := append(sentenceDocs(t), newsDocs(t)[0])
	split := Split{Dev: 30, Test: 30}
	want := map[string][]string{} // part: ids, by the spans file
	for _, id := range []string{"spans", "entities-hf", "claims-checkthat", "clean-text"} {
		out := map[string]*bytes.Buffer{}
		writers := map[string]io.Writer{}
		for _, p := range Parts {
			out[p] = &bytes.Buffer{}
			writers[p] = out[p]
		}
		e, err := NewSplitExporter(id, writers, ExportOptions{Split: split})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if err := e.Write(d); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := e.Close(); err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for _, p := range Parts {
			for _, d := range docs {
				if bytes.Contains(out[p].Bytes(), []byte(wordOf(d))) {
					got[p] = append(got[p], wordOf(d))
				}
			}
		}
		if id == "spans" {
			want = got
			for _, d := range docs {
				p := split.PartOf(d)
				if !strings.Contains(out[p].String(), wordOf(d)) {
					t.Errorf("%q is not in the %s part", wordOf(d), p)
				}
			}
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: documents by part (-spans +%s):\n%s", id, id, diff)
		}
	}
	if _, err := NewExporter("spans", io.Discard, ExportOptions{Split: split}); err == nil {
		t.Error("NewExporter took a split")
	}
	if _, err := NewSplitExporter("spans", map[string]io.Writer{"train": io.Discard}, ExportOptions{Split: split}); errString(err) != "no writer for the dev part" {
		t.Errorf("NewSplitExporter without dev and test: %v", err)
	}
}

// wordOf is a word of d that every file of it holds, and no other
// document of the test.
func wordOf(d *Document) string {
	for _, w := range []string{"Pilgrims", "Critics", "pier"} {
		if strings.Contains(d.Text, w) {
			return w
		}
	}
	panic("no word to tell " + d.Text)
}

// TestSplitSidecars: a sidecar the same for every part comes once; one of
// a part's own is named after the part.
func TestSplitSidecars(t *testing.T) {
	page := &Document{Text: "Kyiv news", Extra: []Field{{htmlKey, rawJSON(`"<p>Kyiv news"`)}}}
	writers := map[string]io.Writer{"train": io.Discard, "dev": io.Discard, "test": io.Discard}
	split := Split{Dev: 50, Test: 50}
	for format, want := range map[string][]string{
		"entities-hf": {"labels.json"},
		"cleaneval":   {split.PartOf(page) + ".cleaneval-1.html"},
	} {
		e, err := NewSplitExporter(format, writers, ExportOptions{Split: split})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Write(page); err != nil {
			t.Fatal(err)
		}
		files, err := e.Close()
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range files {
			names = append(names, f.Name)
		}
		if diff := cmp.Diff(want, names); diff != "" {
			t.Errorf("%s: sidecars (-want +got):\n%s", format, diff)
		}
	}
}
