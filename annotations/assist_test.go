package annotations

import "testing"

func TestIsPatternsFile(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{`{"label":"ENTITY","pattern":"Kyiv"}` + "\n", true},
		{"\ufeff\n\n" + `{"LABEL":"ENTITY","Pattern":[{"lower":"kyiv"}],"id":"k"}`, true},
		{`{"label":"ENTITY","pattern":"Kyiv","text":"a document"}`, false},
		{`{"text":"Kyiv","spans":[]}`, false},
		{`{"label":"ENTITY","pattern":"cut off`, false}, // the first line is cut: a document file's reader says why
		{`[{"label":"ENTITY","pattern":"Kyiv"}]`, false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsPatternsFile([]byte(tt.head)); got != tt.want {
			t.Errorf("IsPatternsFile(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

func TestAssistSources(t *testing.T) {
	var a Assist
	a.Turn(FromPattern, false)
	a.Turn(FromPattern, false)
	if a.On(FromPattern) || !a.On(FromOccurrence) || len(a.Off) != 1 {
		t.Errorf("after turning patterns off twice: %+v", a)
	}
	a.Turn(FromPattern, true)
	if !a.On(FromPattern) || len(a.Off) != 0 {
		t.Errorf("after turning patterns on: %+v", a)
	}
	n := Needle{Label: "ENTITY", Text: "Kyiv"}
	if !a.AddNeedle(n) || a.AddNeedle(n) || len(a.Occurrences) != 1 {
		t.Errorf("adding a needle twice: %+v", a)
	}
}
