package annotations

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStats(t *testing.T) {
	docs, _, err := ReadAll(strings.NewReader(`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"},{"start":8,"end":11,"label":"ENTITY"}],"answer":"accept"}
{"text":"It rains","spans":[{"start":0,"end":8,"label":"CLAIM","text":"It pours"}],"answer":"reject"}
{"text":"Plain"}`), DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	s := NewStats(DefaultLabels)
	for _, d := range docs {
		s.Add(d)
	}
	want := &Stats{Documents: 3, Answers: map[string]int{"accept": 1, "reject": 1, "none": 1}, Spans: 2,
		ByLabel: map[string]int{"ENTITY": 2, "CLAIM": 0, "BOILERPLATE": 0}, KeptAside: 1}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
