package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// suggestedDoc is "Kyiv & Kyiv\nKyiv" with ENTITY over the first Kyiv and
// suggestions of ENTITY on the second (from two sources) and the third.
func suggestedDoc(t *testing.T) *annotations.Document {
	t.Helper()
	d := docWith(t, "Kyiv & Kyiv\nKyiv", span(0, 4, "ENTITY"))
	again := annotations.Reason{From: annotations.FromOccurrence, Text: "same words as ENTITY “Kyiv”"}
	pat := annotations.Reason{From: annotations.FromPattern, Text: "pattern line 3", Pattern: "3"}
	e := d.Suggest([]annotations.Suggestion{
		{Span: span(7, 11, "ENTITY"), Reasons: []annotations.Reason{pat}},
		{Span: span(7, 11, "ENTITY"), Reasons: []annotations.Reason{again}},
		{Span: span(12, 16, "ENTITY"), Reasons: []annotations.Reason{again}},
	})
	if err := d.Apply(e); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestSuggestionsDrawn(t *testing.T) {
	d := suggestedDoc(t)
	want := []string{
		`<div class="ln" data-line="0"><mark data-label="ENTITY" data-start="0" data-end="4" class="s e">Kyiv</mark> &amp; ` +
			`<mark data-suggested data-label="ENTITY" data-start="7" data-end="11" class="s e sel">Kyiv</mark>` + "\n</div>",
		`<div class="ln" data-line="1"><mark data-suggested data-label="ENTITY" data-start="12" data-end="16" class="s e">Kyiv</mark></div>`,
	}
	if diff := cmp.Diff(`<div class="sect"><div class="chunk">`+strings.Join(want, "")+`</div></div>`, DocHTML(d, span(7, 11, "ENTITY"))); diff != "" {
		t.Errorf("DocHTML (-want +got):\n%s", diff)
	}
	for i, w := range want {
		if diff := cmp.Diff(w, LineHTML(d, i, span(7, 11, "ENTITY"))); diff != "" {
			t.Errorf("LineHTML(%d) (-want +got):\n%s", i, diff)
		}
	}
	segs := Segments(d, 1, Span{})
	if len(segs) != 1 || len(segs[0].Marks) != 1 || !segs[0].Marks[0].Suggested {
		t.Errorf("Segments of line 1 = %+v, want one suggested mark", segs)
	}
}

func TestSuggestionList(t *testing.T) {
	d := suggestedDoc(t)
	want := `<li><button type="button" data-suggested class="sel" aria-pressed="true" data-label="ENTITY" data-start="7" data-end="11">` +
		`<span class="tag">ENTITY</span><span class="text">Kyiv</span><span class="visually-hidden"> (line 1)</span>` +
		`<span class="why">pattern line 3; same words as ENTITY “Kyiv”</span></button></li>` +
		`<li><button type="button" data-suggested data-label="ENTITY" data-start="12" data-end="16">` +
		`<span class="tag">ENTITY</span><span class="text">Kyiv</span><span class="visually-hidden"> (line 2)</span>` +
		`<span class="why">same words as ENTITY “Kyiv”</span></button></li>`
	if diff := cmp.Diff(want, SuggestionListHTML(d, span(7, 11, "ENTITY"))); diff != "" {
		t.Errorf("SuggestionListHTML (-want +got):\n%s", diff)
	}
	if got := SuggestionCounts(d, annotations.DefaultLabels); got != "2 suggestion(s) open: ENTITY 2" {
		t.Errorf("SuggestionCounts = %q", got)
	}
	for _, tt := range []struct {
		d         *annotations.Document
		computing bool
		want      string
	}{
		{d, false, "2 suggestion(s) open: ENTITY 2"},
		{d, true, "2 suggestion(s) open: ENTITY 2 · computing more…"},
		{&annotations.Document{Text: "Kyiv"}, true, "Computing suggestions…"},
		{&annotations.Document{Text: "Kyiv"}, false, "No suggestions open."},
	} {
		if got := PanelCounts(tt.d, annotations.DefaultLabels, tt.computing, true); got != tt.want { // off, but for a text of one line
			t.Errorf("PanelCounts(%d suggestions, computing %v) = %q, want %q", len(tt.d.Suggestions), tt.computing, got, tt.want)
		}
	}
	page := &annotations.Document{Text: strings.Repeat("Home\n", 19) + "© 2026"}
	if got, want := PanelCounts(page, annotations.DefaultLabels, false, true), "No suggestions open. Boilerplate lines are off: tick them under Sources for a scraped page."; got != want {
		t.Errorf("PanelCounts of a page of 20 lines, boilerplate off = %q, want %q", got, want)
	}
	short := &annotations.Document{Text: strings.Repeat("Home\n", 18) + "© 2026"}
	if got, want := PanelCounts(short, annotations.DefaultLabels, false, true), "No suggestions open."; got != want {
		t.Errorf("PanelCounts of a text of 19 lines, boilerplate off = %q, want %q", got, want)
	}
	if got, want := PanelCounts(page, annotations.DefaultLabels, false, false), "No suggestions open."; got != want {
		t.Errorf("PanelCounts of a page of 20 lines, boilerplate on = %q, want %q", got, want)
	}
	if got := AcceptLabelButtonsHTML(d, annotations.DefaultLabels); got != `<button type="button" data-label="ENTITY">Accept all ENTITY suggestions</button>`+
		`<button type="button" data-label="CLAIM" disabled>Accept all CLAIM suggestions</button>`+
		`<button type="button" data-label="BOILERPLATE" disabled>Accept all BOILERPLATE suggestions</button>` {
		t.Errorf("AcceptLabelButtonsHTML = %q", got)
	}
	s := span(7, 11, "ENTITY")
	if got := DecideButtonHTML("Accept", d, &s); got != `<span>Accept suggestion</span><span class="named"> ENTITY “Kyiv”</span>` {
		t.Errorf("DecideButtonHTML = %q", got)
	}
	if got := DecideButtonHTML("Reject", d, nil); got != `<span>Reject suggestion</span>` {
		t.Errorf("DecideButtonHTML with none chosen = %q", got)
	}
	// The span list holds the spans only.
	if got := SpanListHTML(d, Span{}); strings.Count(got, "<li>") != 1 {
		t.Errorf("the span list lists suggestions: %s", got)
	}
}

// TestEntriesNamedApart: list entries of the same words are told apart, for a screen
// reader, by their line and, on one line, by which of them they are.
func TestEntriesNamedApart(t *testing.T) {
	d := &annotations.Document{Text: "Kyiv and Kyiv and Kyiv\nKyiv"}
	for _, at := range []int{0, 9, 18, 23} {
		d.Spans = append(d.Spans, span(at, at+4, "ENTITY"))
		d.Suggestions = append(d.Suggestions, annotations.Suggestion{Span: span(at, at+4, "CLAIM")})
	}
	want := []string{" (line 1)", " (line 1, 2nd)", " (line 1, 3rd)", " (line 2)"}
	for name, html := range map[string]string{"spans": SpanListHTML(d, Span{}), "suggestions": SuggestionListHTML(d, Span{})} {
		var got []string
		for _, part := range strings.Split(html, `<span class="visually-hidden">`)[1:] {
			got = append(got, part[:strings.Index(part, "</span>")])
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("where the %s' entries are (-want +got):\n%s", name, diff)
		}
	}
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 102: "102nd", 111: "111th"} {
		if got := ordinal(n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestSuggestionListWindow: a long list shows MaxListedSuggestions of the
// suggestions, from a few before the selected one, and counts the others.
func TestSuggestionListWindow(t *testing.T) {
	d := &annotations.Document{Text: strings.Repeat("ab ", 100)}
	for i := range 100 {
		d.Suggestions = append(d.Suggestions, annotations.Suggestion{Span: span(3*i, 3*i+2, "ENTITY")})
	}
	for _, tt := range []struct {
		name     string
		selected annotations.Span
		from     int
	}{
		{"none selected", annotations.Span{}, 0},
		{"the first", span(0, 2, "ENTITY"), 0},
		{"the 21st", span(60, 62, "ENTITY"), 17},
		{"the last", span(297, 299, "ENTITY"), 88},
	} {
		t.Run(tt.name, func(t *testing.T) {
			html := SuggestionListHTML(d, tt.selected)
			var before, after string
			if tt.from > 0 {
				before = fmt.Sprintf(`<li class="more">%d before</li>`, tt.from)
			}
			if to := tt.from + MaxListedSuggestions; to < 100 {
				after = fmt.Sprintf(`<li class="more">and %d more</li>`, 100-to)
			}
			first := fmt.Sprintf(`data-start="%d"`, 3*tt.from)
			if !strings.HasPrefix(html, before) || !strings.HasSuffix(html, after) || strings.Count(html, "<button") != MaxListedSuggestions ||
				!strings.Contains(html[:len(before)+200], first) {
				t.Errorf("the list does not start at suggestion %d with %q, hold %d, end with %q:\n%.300s…",
					tt.from, before, MaxListedSuggestions, after, html)
			}
		})
	}
}

func TestOccurrences(t *testing.T) {
	tests := []struct {
		added, open int
		everywhere  bool
		want        string
	}{
		{2, 0, false, "Suggested ENTITY on 2 other occurrence(s): N goes to the next, A accepts it, Shift+A accepts all."},
		{2, 1, true, "Suggested ENTITY on 2 other occurrence(s) in this document, and in the other documents of the dataset as they are shown: N goes to the next, A accepts it, Shift+A accepts all."},
		{0, 2, true, "ENTITY “Anna Kowalczyk” is suggested on its 2 other occurrence(s) in this document already; the other documents of the dataset get it suggested when they are shown."},
		{0, 2, false, "ENTITY “Anna Kowalczyk” is suggested on its 2 other occurrence(s) in this document already."},
		{0, 0, true, "No other occurrence of “Anna Kowalczyk” in this document; the other documents of the dataset get it suggested when they are shown."},
		{0, 0, false, "No other occurrence of “Anna Kowalczyk” to suggest."},
	}
	for _, tt := range tests {
		if got := Occurrences("ENTITY", "Anna Kowalczyk", tt.added, tt.open, tt.everywhere); got != tt.want {
			t.Errorf("Occurrences(%d added, %d open, everywhere %v) = %q, want %q", tt.added, tt.open, tt.everywhere, got, tt.want)
		}
	}
}

// TestSelectedMessages: what is selected, and how to decide on it: by keys,
// or on a touch screen by the buttons, in fewer words (a longer status
// pushed the text down under the finger).
func TestSelectedMessages(t *testing.T) {
	d := suggestedDoc(t)
	g := d.Suggestions[1]
	tests := []struct{ got, want string }{
		{SuggestionSelected(d, g, false), "Suggestion ENTITY “Kyiv” (same words as ENTITY “Kyiv”): press A or Accept suggestion to accept it, X or Reject suggestion to reject it, N or Next suggestion for the next one."},
		{SuggestionSelected(d, g, true), "Suggestion ENTITY “Kyiv” (same words as ENTITY “Kyiv”): Accept, Reject or Next suggestion below."},
		{SpanSelected(d, span(0, 4, "ENTITY"), false), "Selected ENTITY “Kyiv”: press Delete (or Delete span) to remove it, or a label (its key or its button) to relabel it."},
		{SpanSelected(d, span(0, 4, "ENTITY"), true), "Selected ENTITY “Kyiv”: Delete span below removes it, a label relabels it."},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q\nwant %q", tt.got, tt.want)
		}
	}
}
