package agree

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"spantag/annotations"
)

// The Index, which holds no text, matches the same versions as Match.
func TestIndexMatchesAsMatch(t *testing.T) {
	files := []struct{ name, data string }{
		{"alice.jsonl", `{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"_annotator_id":"alice","answer":"accept"}
{"text":"It rains","answer":"reject","_annotator_id":"alice"}
{"text":"Ann met Bob","spans":[{"start":8,"end":11,"label":"ENTITY"}],"_annotator_id":"alice","answer":"accept"}`},
		{"bob.jsonl", `{"text":"It rains","spans":[{"start":0,"end":8,"label":"CLAIM"}],"answer":"accept"}
{"text":"Ann met Bob","answer":"accept"}
{"text":"Only Bob's","answer":"ignore"}`},
		{"team.json", `[{"id":7,"data":{"text":"Ann met Bob"},"annotations":[
  {"completed_by":1,"result":[{"type":"labels","value":{"start":0,"end":3,"labels":["ENTITY"]}}]},
  {"completed_by":2,"result":[]}]}]`},
	}
	for _, opt := range []MatchOptions{{}, {KeepRejected: true}} {
		var sources []Source
		var spool bytes.Buffer
		x := NewIndex(&spool)
		for _, f := range files {
			src, _, err := Read(f.name, strings.NewReader(f.data), annotations.DefaultLabels)
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range src.Docs {
				if err := x.Add(f.name, i, 0, d); err != nil {
					t.Fatal(err)
				}
			}
			sources = append(sources, src)
		}
		want := Match(sources, opt)
		var got []Item
		err := x.Each(bytes.NewReader(spool.Bytes()), annotations.DefaultLabels, opt, func(vs Versions) error {
			got = append(got, vs.Item())
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.Items, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%+v: items (-Match +Index):\n%s", opt, diff)
		}
		if diff := cmp.Diff(want.Annotators, x.Annotators(opt)); diff != "" {
			t.Errorf("%+v: annotators (-Match +Index):\n%s", opt, diff)
		}
		report := Compute(want.Items)
		if diff := cmp.Diff(report.Labels, x.Labels(opt)); diff != "" {
			t.Errorf("%+v: labels (-Compute +Index):\n%s", opt, diff)
		}
		if diff := cmp.Diff(want.Replaced, x.Replaced); diff != "" {
			t.Errorf("%+v: replaced (-Match +Index):\n%s", opt, diff)
		}
		if x.Documents() != 3 {
			t.Errorf("%d documents, want 3", x.Documents())
		}
	}
}

// The Index keeps no text: after adding 3 MB of documents (the spool
// elsewhere), the heap holds a small entry per document.
func TestIndexHoldsNoText(t *testing.T) {
	x := NewIndex(io.Discard)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	long := strings.Repeat("word ", 10_000) // 50 KB
	for i := range 60 {
		d := &annotations.Document{Text: fmt.Sprint(long, i), Spans: []annotations.Span{{Start: 0, End: 4, Label: "ENTITY"}}}
		if err := x.Add("a.jsonl", i, i+1, d); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if x.Documents() != 60 {
		t.Fatalf("%d documents, want 60", x.Documents())
	}
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 1<<20 {
		t.Errorf("the heap grew by %d bytes for 60 documents of 50 KB", grown)
	}
}
