package shard

import (
	"testing"

	"spantag/annotations"
)

func TestFileName(t *testing.T) {
	tests := []struct{ dataset, annotator, want string }{
		{"news", "ana", "news-ana.jsonl"},
		{"news 2026", "Zoë O'Neil", "news_2026-Zoë_O_Neil.jsonl"},
		{"../x", "a/b\\c:d", ".._x-a_b_c_d.jsonl"},
	}
	for _, tt := range tests {
		if got := FileName(tt.dataset, tt.annotator); got != tt.want {
			t.Errorf("FileName(%q, %q) = %q, want %q", tt.dataset, tt.annotator, got, tt.want)
		}
	}
}

func TestWhose(t *testing.T) {
	ana := func(text string) *annotations.Document {
		return Tag(&annotations.Document{Text: text}, "ana", "news-ana")
	}
	ben := Tag(&annotations.Document{Text: "c"}, "ben", "news-ben")
	otherSession := Tag(&annotations.Document{Text: "c"}, "ana", "old-ana")
	numbered := &annotations.Document{Text: "c", Extra: []annotations.Field{{Key: "_annotator_id", Value: []byte("7")}}}
	tests := []struct {
		name               string
		docs               []*annotations.Document
		annotator, session string
		ok                 bool
	}{
		{"a shard", []*annotations.Document{ana("a"), ana("b")}, "ana", "news-ana", true},
		{"two annotators", []*annotations.Document{ana("a"), ben}, "", "", false},
		{"two sessions", []*annotations.Document{ana("a"), otherSession}, "", "", false},
		{"a document without", []*annotations.Document{ana("a"), {Text: "c"}}, "", "", false},
		{"an id that is not a string", []*annotations.Document{numbered}, "", "", false},
		{"no documents", nil, "", "", false},
	}
	for _, tt := range tests {
		a, s, ok := Whose(tt.docs)
		if a != tt.annotator || s != tt.session || ok != tt.ok {
			t.Errorf("%s: %q %q %v, want %q %q %v", tt.name, a, s, ok, tt.annotator, tt.session, tt.ok)
		}
	}
}
