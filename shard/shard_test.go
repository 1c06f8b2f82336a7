package shard

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// dataset makes n documents "document 0" ... "document n-1".
func dataset(n int) []*annotations.Document {
	docs := make([]*annotations.Document, n)
	for i := range docs {
		docs[i] = &annotations.Document{Text: fmt.Sprintf("document %d", i)}
	}
	return docs
}

// texts lists each shard's texts, sorted, by annotator.
func texts(t *testing.T, docs []*annotations.Document, plan Plan) map[string][]string {
	t.Helper()
	shards, err := Split(docs, plan)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, s := range shards {
		out[s.Annotator] = []string{}
		for _, d := range s.Docs {
			out[s.Annotator] = append(out[s.Annotator], d.Text)
		}
		slices.Sort(out[s.Annotator])
	}
	return out
}

// overlapOf is the texts every annotator has.
func overlapOf(byAnnotator map[string][]string) []string {
	count := map[string]int{}
	for _, ts := range byAnnotator {
		for _, t := range ts {
			count[t]++
		}
	}
	var all []string
	for t, n := range count {
		if n == len(byAnnotator) {
			all = append(all, t)
		}
	}
	slices.Sort(all)
	return all
}

func TestSplitIsTheSameWhateverTheOrder(t *testing.T) {
	plan := Plan{Dataset: "news", Annotators: []string{"ana", "ben", "cy"}, Overlap: 0.1}
	docs := dataset(300)
	want := texts(t, docs, plan)
	shuffled := slices.Clone(docs)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	if diff := gocmp.Diff(want, texts(t, shuffled, plan)); diff != "" {
		t.Errorf("shuffled (-want +got):\n%s", diff)
	}
	// Every document is in one shard at least; those in more are in all.
	overlap := overlapOf(want)
	total := 0
	for _, ts := range want {
		total += len(ts)
	}
	if got, want := total, 300+2*len(overlap); got != want {
		t.Errorf("%d documents in the shards, want %d (300, and %d in the overlap twice more)", got, want, len(overlap))
	}
	// The overlap is about 10%, and each annotator has about a third of the rest.
	if n := len(overlap); n < 15 || n > 45 {
		t.Errorf("%d of 300 documents in a 10%% overlap", n)
	}
	for a, ts := range want {
		if own := len(ts) - len(overlap); own < 70 || own > 130 {
			t.Errorf("%s owns %d of %d documents", a, own, 300-len(overlap))
		}
	}
	// A document's annotator does not depend on the file it is in.
	for _, d := range dataset(30) {
		if owner := plan.Owner(d.Text); !slices.Contains(want[owner], d.Text) {
			t.Errorf("%q is not in its owner %s's shard", d.Text, owner)
		}
	}
}

func TestOverlap(t *testing.T) {
	three := []string{"ana", "ben", "cy"}
	docs := dataset(9)
	var all []string
	for _, d := range docs {
		all = append(all, d.Text)
	}
	slices.Sort(all)
	byScore := slices.SortedFunc(slices.Values(all), func(a, b string) int { return cmp.Compare(score(a), score(b)) })
	tests := []struct {
		name    string
		overlap float64
		want    []string
	}{
		{"no overlap", 0, nil},
		{"a share below every score still gives the lowest", score(byScore[0]) / 2, byScore[:1]},
		{"the documents whose score is below the share", (score(byScore[2]) + score(byScore[3])) / 2, sorted(byScore[:3])},
		{"every document", 1, all},
	}
	for _, tt := range tests {
		got := overlapOf(texts(t, docs, Plan{Annotators: three, Overlap: tt.overlap}))
		if diff := gocmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func sorted(s []string) []string { return slices.Sorted(slices.Values(s)) }

func TestSplitterStreams(t *testing.T) {
	docs := dataset(4)
	docs[1].Extra = []annotations.Field{{Key: "_session_id", Value: []byte(`"old"`)}, {Key: "x", Value: []byte(`1`)}}
	byScore := slices.SortedFunc(slices.Values(docs), func(a, b *annotations.Document) int { return cmp.Compare(score(a.Text), score(b.Text)) })
	plan := Plan{Dataset: "news", Annotators: []string{"ana", "ben"}, Overlap: score(byScore[0].Text) / 2}
	s, err := NewSplitter(plan)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		for _, a := range s.Add(d) {
			got = append(got, a.Annotator+" "+a.Doc.Text+" "+extra(a.Doc))
		}
	}
	for _, a := range s.Finish() {
		got = append(got, a.Annotator+" "+a.Doc.Text+" "+extra(a.Doc)+" (finish)")
	}
	var want []string
	for _, d := range docs {
		o := plan.Owner(d.Text)
		want = append(want, o+" "+d.Text+" "+tags(d, o))
	}
	// The lowest document goes, at the end, to the one who does not own it.
	other := "ana"
	if plan.Owner(byScore[0].Text) == "ana" {
		other = "ben"
	}
	want = append(want, other+" "+byScore[0].Text+" "+tags(byScore[0], other)+" (finish)")
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := gocmp.Diff(`_session_id:"old" x:1`, extra(docs[1])); diff != "" {
		t.Errorf("the document split was changed (-want +got):\n%s", diff)
	}
	if n, shared := s.Counts(); n != 4 || shared != 1 {
		t.Errorf("counts %d documents, %d shared; want 4, the lowest shared by Finish", n, shared)
	}
}

// tags is what extra gives for d once tagged for annotator of "news".
func tags(d *annotations.Document, annotator string) string {
	if d.Extra != nil { // docs[1]: its session replaced, "x" kept, the id added last
		return `_session_id:"news-` + annotator + `" x:1 _annotator_id:"` + annotator + `"`
	}
	return `_annotator_id:"` + annotator + `" _session_id:"news-` + annotator + `"`
}

// extra is d's kept keys, "key:value" apart.
func extra(d *annotations.Document) string {
	var out []string
	for _, f := range d.Extra {
		out = append(out, f.Key+":"+string(f.Value))
	}
	return strings.Join(out, " ")
}

func TestAddingAnAnnotatorMovesDocumentsOnlyToThem(t *testing.T) {
	docs := dataset(200)
	two := texts(t, docs, Plan{Annotators: []string{"ana", "ben"}})
	three := texts(t, docs, Plan{Annotators: []string{"ana", "ben", "cy"}})
	for _, a := range []string{"ana", "ben"} {
		for _, text := range three[a] {
			if !slices.Contains(two[a], text) {
				t.Errorf("%q moved to %s when cy came", text, a)
			}
		}
	}
	if len(three["cy"]) == 0 {
		t.Error("cy got nothing")
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		plan Plan
		want string
	}{
		{Plan{Annotators: []string{"ana"}, Overlap: 0.1}, ""},
		{Plan{}, "no annotators to split among"},
		{Plan{Annotators: []string{"ana", ""}}, "annotator 2 has no name"},
		{Plan{Annotators: []string{"ana", "ben", "ana"}}, `annotator "ana" is named twice`},
		{Plan{Annotators: []string{"ana", "ben", "Ana"}}, `annotators "ana" and "Ana" differ only in case: their files would be one on macOS and Windows`},
		{Plan{Annotators: []string{"ana"}, Overlap: 10}, "overlap 10 is not a share from 0 to 1 (10% is 0.1)"},
		{Plan{Annotators: []string{"ana"}, Overlap: -0.1}, "overlap -0.1 is not a share from 0 to 1 (10% is 0.1)"},
		{Plan{Annotators: []string{"ana"}, Overlap: math.NaN()}, "overlap NaN is not a share from 0 to 1 (10% is 0.1)"},
	}
	for _, tt := range tests {
		got := ""
		if _, err := Split(nil, tt.plan); err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%+v: error %q, want %q", tt.plan, got, tt.want)
		}
	}
}

func TestTagWritesJSONStrings(t *testing.T) {
	d := Tag(&annotations.Document{Text: "x"}, `Zoë "Z" <&>`, "s")
	if diff := gocmp.Diff(`_annotator_id:"Zoë \"Z\" <&>" _session_id:"s"`, extra(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
