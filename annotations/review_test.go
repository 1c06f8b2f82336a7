package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReviewVersionsInBytes(t *testing.T) {
	// "Zoë 🚢 Bob": Bob is code points 6-9, bytes 10-13 (ë two bytes, 🚢 four).
	d := &Document{Text: "Zoë 🚢 Bob", Extra: []Field{{Key: "versions", Value: []byte(
		`[{"spans":[{"start":6,"end":9,"label":"ENTITY","text":"Bob"}],"answer":"accept","sessions":["a","b"],"default":true},` +
			`{"spans":[],"answer":"ignore","sessions":["c"]}]`)}}}
	got, err := d.ReviewVersions()
	if err != nil {
		t.Fatal(err)
	}
	want := []ReviewVersion{
		{Spans: []Span{{Start: 10, End: 13, Label: "ENTITY"}}, Answer: Accept, Sessions: []string{"a", "b"}},
		{Answer: Ignore, Sessions: []string{"c"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	d.Extra[0].Value = []byte(`[{"spans":[{"start":6,"end":12,"label":"ENTITY"}]}]`)
	if _, err := d.ReviewVersions(); err == nil {
		t.Error("a span past the text's end read without error")
	}
}

func TestTakeVersion(t *testing.T) {
	ann, bob, oslo := Span{0, 3, "ENTITY"}, Span{8, 11, "ENTITY"}, Span{15, 19, "CLAIM"}
	d := &Document{Text: "Ann met Bob in Oslo", Spans: []Span{ann, bob},
		Suggestions: []Suggestion{{Span: oslo, Reasons: []Reason{{From: FromReview, Text: "carol"}}}}}
	e := d.TakeVersion(ReviewVersion{Spans: []Span{ann, oslo}})
	want := Edit{Remove: []Span{bob}, Add: []Span{oslo}, Unsuggest: d.Suggestions}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Fatalf("(-want +got):\n%s", diff)
	}
	if err := d.Apply(e); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Span{ann, oslo}, d.Spans); diff != "" || len(d.Suggestions) != 0 {
		t.Errorf("after taking (-want +got):\n%s; suggestions %v", diff, d.Suggestions)
	}
	if d.TakeVersion(ReviewVersion{Spans: []Span{ann, oslo}}).Empty() != true {
		t.Error("taking the version the document has changes something")
	}
	vs := []ReviewVersion{{Spans: []Span{ann, bob}}, {Spans: []Span{ann}}, {Spans: []Span{ann, oslo}}, {Spans: []Span{ann, oslo}}}
	if got := d.VersionHeld(vs); got != 2 {
		t.Errorf("the version held is %d, want 2", got)
	}
	if got := d.VersionHeld(vs[:2]); got != -1 {
		t.Errorf("the version held of others is %d, want -1", got)
	}
}

func TestAcceptedDisagreementHasNoSource(t *testing.T) {
	s := Span{0, 3, "ENTITY"}
	d := &Document{Text: "Ann met Bob", Suggestions: []Suggestion{{Span: s, Reasons: []Reason{{From: FromReview, Text: "alice"}}}}}
	e, err := d.AcceptSuggestion(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range e.Origins {
		if o.Source != "" || o.Pattern != "" {
			t.Errorf("the accepted span carries %+v; a reviewed span is the gold's own", o)
		}
	}
}

func FuzzReviewVersions(f *testing.F) {
	f.Add("Zoë 🚢 Bob", `[{"spans":[{"start":6,"end":9,"label":"ENTITY"}],"answer":"accept","sessions":["a"]}]`)
	f.Add("Ann", `[{"spans":[{"start":2,"end":1,"label":"ENTITY"}]}]`)
	f.Add("Ann", `[{"spans":[{"start":-1,"end":99,"label":"X"}]}]`)
	f.Add("", `{}`)
	f.Fuzz(func(t *testing.T, text, versions string) {
		if CheckUTF8([]byte(text)) != nil {
			return
		}
		d := &Document{Text: text, Extra: []Field{{Key: "versions", Value: []byte(versions)}}}
		vs, err := d.ReviewVersions()
		if err != nil {
			return
		}
		for _, v := range vs {
			for _, s := range v.Spans {
				if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
					t.Fatalf("span %v read from %s does not fit %q", s, versions, text)
				}
			}
			if e := d.TakeVersion(v); d.Apply(e) != nil {
				t.Fatalf("taking version %+v fails", v)
			}
		}
	})
}
