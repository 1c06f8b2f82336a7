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
		{`{"label":"ENTITY","pattern":"cut off`, false},                                               // the only line is cut: a document file's reader says why
		{`{"label":"ENTITY","pattern":"cut off` + "\n" + `{"label":"ENTITY","pattern":"Kyiv"}`, true}, // the patterns' reader reports line 1
		{`{"text":"cut off` + "\n" + `{"text":"Kyiv","spans":[]}`, false},
		{"not json\n[1, 2]\n" + `{"label":"ENTITY","pattern":[{"IS_TITLE":true}]}`, true},
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
	if !a.Suggests() || a.Computes() {
		t.Errorf("a new dataset: Suggests %v (the model), Computes %v", a.Suggests(), a.Computes())
	}
	a.Turn(FromModel, false)
	if a.Suggests() {
		t.Errorf("with the model off and no patterns: Suggests")
	}
	a.Turn(FromModel, true)
	a.Turn(FromPattern, false)
	a.Turn(FromPattern, false)
	if a.IsOn(FromPattern) || !a.IsOn(FromOccurrence) || len(a.Off) != 1 {
		t.Errorf("after turning patterns off twice: %+v", a)
	}
	a.Turn(FromPattern, true)
	if !a.IsOn(FromPattern) || len(a.Off) != 0 {
		t.Errorf("after turning patterns on: %+v", a)
	}
	if a.IsOn(FromBoilerplate) {
		t.Error("boilerplate is on before it is asked for")
	}
	a.Turn(FromBoilerplate, true)
	if !a.IsOn(FromBoilerplate) || len(a.On) != 1 || len(a.Off) != 0 {
		t.Errorf("after turning boilerplate on: %+v", a)
	}
	a.Turn(FromBoilerplate, false)
	if a.IsOn(FromBoilerplate) || len(a.On)+len(a.Off) != 0 {
		t.Errorf("after turning boilerplate off: %+v", a)
	}
	n := Needle{Label: "ENTITY", Text: "Kyiv"}
	if !a.AddNeedle(n) || a.AddNeedle(n) || len(a.Occurrences) != 1 {
		t.Errorf("adding a needle twice: %+v", a)
	}
}

// TestReviewAssist: a review offers its disagreements only; the sources
// that suggest what no annotator made start off, and can be turned on.
func TestReviewAssist(t *testing.T) {
	a := ReviewAssist("3:00ff")
	for _, from := range []From{FromPattern, FromOccurrence, FromBoilerplate, FromModel} {
		if a.IsOn(from) {
			t.Errorf("a review's %s suggestions are on", from)
		}
	}
	if !a.IsOn(FromReview) {
		t.Errorf("a review's disagreements are off")
	}
	a.Turn(FromModel, true)
	if !a.IsOn(FromModel) {
		t.Errorf("the model cannot be turned on in a review")
	}
}
