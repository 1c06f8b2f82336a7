package annotations

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadState(t *testing.T) {
	for _, tt := range []struct {
		name, raw string
		want      State
		scanned   bool // read by the scanner, not encoding/json
		fails     bool // encoding/json refuses it
	}{
		{"as stored", `{"spans":[{"start":0,"end":5,"label":"PER"},{"start":6,"end":9,"label":"L\u00e9"}],"answer":"accept","history":{}}`,
			State{Spans: []Span{{0, 5, "PER"}, {6, 9, "Lé"}}, Answer: Accept}, true, false},
		{"no spans", `{"history":{}}`, State{}, true, false},
		{"empty list", ` { "spans" : [ ] , "history" : { } } `, State{Spans: []Span{}}, true, false},
		{"a span's missing key is zero", `{"spans":[{"label":"X"}]}`, State{Spans: []Span{{0, 0, "X"}}}, true, false},
		{"history", `{"spans":[{"start":0,"end":1,"label":"X"}],"history":{"done":[{"add":[{"start":0,"end":1,"label":"X"}]}]}}`,
			State{Spans: []Span{{0, 1, "X"}}, History: History{Done: []Edit{{Add: []Span{{0, 1, "X"}}}}}}, false, false},
		{"origins", `{"spans":[{"start":0,"end":1,"label":"X"}],"origins":[{"start":0,"end":1,"label":"X","source":"model"}],"history":{}}`,
			State{Spans: []Span{{0, 1, "X"}}, Origins: []Origin{{Span: Span{0, 1, "X"}, Source: "model"}}}, false, false},
		{"a key in another case", `{"Spans":[{"start":0,"end":1,"label":"X"}]}`, State{Spans: []Span{{0, 1, "X"}}}, false, false},
		{"a key twice", `{"answer":"accept","answer":"reject"}`, State{Answer: Reject}, false, false},
		{"null spans", `{"spans":null,"history":{}}`, State{}, false, false},
		{"a float offset", `{"spans":[{"start":1e0,"end":2,"label":"X"}]}`, State{}, false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var scanned State
			if ok := scanState([]byte(tt.raw), &scanned); ok != tt.scanned {
				t.Errorf("scanned %v, want %v", ok, tt.scanned)
			}
			var got State
			err := ReadState([]byte(tt.raw), &got)
			if tt.fails {
				if err == nil {
					t.Errorf("ReadState read %+v, want encoding/json's error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadStateOfMarshal reads back what the store writes (json.Marshal of
// Queue.State) for a document with spans and an answer.
func TestReadStateOfMarshal(t *testing.T) {
	want := State{Spans: []Span{{0, 3, "A"}, {4, 9, "B \"quoted\""}}, Answer: Ignore}
	raw, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var got State
	if !scanState(raw, &got) {
		t.Fatalf("the scanner left %s to encoding/json", raw)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// FuzzReadState checks the scanner against encoding/json: a state it
// reads, encoding/json reads the same.
func FuzzReadState(f *testing.F) {
	for _, seed := range []string{`{"spans":[{"start":0,"end":3,"label":"A"}],"answer":"accept","history":{}}`,
		`{"history":{"done":[]}}`, `{"spans":[],"answer":"\ud83d\ude00"}`, `{"spans":[{"start":1,"text":"x","source":"p"}]}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var got State
		if !scanState(raw, &got) {
			return
		}
		var want State
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("scanState(%q) read %+v, but encoding/json refuses it: %v", raw, got, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("scanState(%q) (-encoding/json +got):\n%s", raw, diff)
		}
	})
}
