package render

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func TestProgress(t *testing.T) {
	tests := []struct {
		name    string
		answers []annotations.Answer
		pos     int
		reading bool
		want    string
	}{
		{"start", []annotations.Answer{"", "", ""}, 0, false, "Document 1 of 3 · 0 answered"},
		{"middle", []annotations.Answer{annotations.Accept, "", annotations.Ignore}, 1, false, "Document 2 of 3 · 2 answered"},
		{"all answered", []annotations.Answer{annotations.Accept, annotations.Reject}, 1, false, "Document 2 of 2 · 2 answered"},
		{"empty queue", nil, 0, false, "Document 0 of 0 · 0 answered"},
		{"file still read", []annotations.Answer{""}, 0, true, "Document 1 of 1 · 0 answered · reading…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := annotations.NewQueue("test.jsonl", nil)
			for _, a := range tt.answers {
				d := docOf(t, "text")
				d.Answer = a
				q.Append(d)
			}
			q.Pos = tt.pos
			if diff := cmp.Diff(tt.want, Progress(q, tt.reading)); diff != "" {
				t.Errorf("Progress mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	d := docWith(t, "Alpha Beta Gamma", span(0, 5, "ENTITY"), span(6, 10, "ENTITY"), span(0, 16, "BOILERPLATE"), span(11, 16, "OTHER"))
	if diff := cmp.Diff("ENTITY 2 · CLAIM 0 · BOILERPLATE 1", Counts(d, annotations.DefaultLabels)); diff != "" {
		t.Errorf("Counts mismatch (-want +got):\n%s", diff)
	}
	if got := Counts(nil, annotations.DefaultLabels); got != "" {
		t.Errorf("Counts of a document still loading = %q, want nothing", got)
	}
}

func TestOpened(t *testing.T) {
	lineErrors := func(n int) []*annotations.LineError {
		var errs []*annotations.LineError
		for i := range n {
			errs = append(errs, &annotations.LineError{Line: i + 2, Err: errors.New("not JSON")})
		}
		return errs
	}
	moved := annotations.Anchor{Line: 3, Span: "span 1", Label: "ENTITY", Text: "Kyiv", From: [2]int{0, 4}, To: [2]int{6, 10}}
	aside := annotations.Anchor{Line: 4, Span: "span 2", Label: "CLAIM", Text: "gone", Aside: true, Reason: "the text is not in the document"}
	tests := []struct {
		name    string
		docs    int
		report  annotations.Report
		want    string
		wantBad bool
	}{
		{"all read", 3, annotations.Report{}, "Opened f.jsonl: 3 document(s).", false},
		{"an empty file", 0, annotations.Report{}, "f.jsonl holds no documents: nothing was opened.", true}, // QA pass 19, L3
		{"lines left out", 1, annotations.Report{Errors: lineErrors(2)},
			"Opened f.jsonl: 1 document(s). 2 line(s) could not be read and were left out:\nline 2: not JSON\nline 3: not JSON", true},
		{"more lines left out than listed", 0, annotations.Report{Errors: lineErrors(maxReported + 5)},
			"Opened f.jsonl: 0 document(s). 25 line(s) could not be read and were left out:\n" + lines(maxReported, "line %d: not JSON", 2) + "\n… and 5 more.", true},
		{"a span moved is said but is no error", 2, annotations.Report{Anchors: []annotations.Anchor{moved}},
			"Opened f.jsonl: 2 document(s).\n1 span(s) did not sit where their text is: 1 moved to it, 0 kept aside in the document's _kept_aside key (exported unchanged):\n" + moved.String(), false},
		{"a span kept aside", 2, annotations.Report{Anchors: []annotations.Anchor{moved, aside}},
			"Opened f.jsonl: 2 document(s).\n2 span(s) did not sit where their text is: 1 moved to it, 1 kept aside in the document's _kept_aside key (exported unchanged):\n" + moved.String() + "\n" + aside.String(), true},
		{"warnings are said but are no error", 2, annotations.Report{Warnings: []*annotations.LineError{{Line: 1, Err: errors.New("2 annotations read as 2 versions of the document, one after the other")}}},
			"Opened f.jsonl: 2 document(s).\n1 note(s) on what was read:\nline 1: 2 annotations read as 2 versions of the document, one after the other", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad := Opened("f.jsonl", tt.docs, tt.report)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Opened mismatch (-want +got):\n%s", diff)
			}
			if bad != tt.wantBad {
				t.Errorf("Opened says bad = %v, want %v", bad, tt.wantBad)
			}
		})
	}
}

// lines is n lines of format, numbered from first.
func lines(n int, format string, first int) string {
	var ls []string
	for i := range n {
		ls = append(ls, fmt.Sprintf(format, first+i))
	}
	return strings.Join(ls, "\n")
}

func TestExported(t *testing.T) {
	got := Exported(2, 3, []string{"a.conll", "a.conll.labels.txt"})
	if want := "Exported 2 of 3 document(s) to a.conll and a.conll.labels.txt."; got != want {
		t.Errorf("Exported = %q, want %q", got, want)
	}
}

func TestControlsHTML(t *testing.T) {
	labels := annotations.LabelSet{{Name: "ENTITY", Key: "1"}, {Name: `A<"&`, Key: "<"}}
	want := `<button type="button" data-label="ENTITY" data-key="1" aria-label="ENTITY" aria-keyshortcuts="1">ENTITY<kbd>1</kbd></button>` +
		`<button type="button" data-label="A&lt;&#34;&amp;" data-key="&lt;" aria-label="A&lt;&#34;&amp;" aria-keyshortcuts="&lt;">A&lt;&#34;&amp;<kbd>&lt;</kbd></button>`
	if diff := cmp.Diff(want, LabelButtonsHTML(labels)); diff != "" {
		t.Errorf("LabelButtonsHTML mismatch (-want +got):\n%s", diff)
	}
	want = `<option value="0">seed.txt</option><option value="1">&lt;b&gt; &amp; co</option>`
	if diff := cmp.Diff(want, OptionsHTML([]string{"seed.txt", "<b> & co"})); diff != "" {
		t.Errorf("OptionsHTML mismatch (-want +got):\n%s", diff)
	}
}

func TestExportChanges(t *testing.T) {
	tests := []struct {
		stats annotations.ExportStats
		want  string
	}{
		{annotations.ExportStats{}, ""},
		{annotations.ExportStats{SplitSentences: 2, LeftOutEntities: 1}, " 2 long sentence(s) cut into windows; 1 entit(y/ies) in boilerplate left out."},
		{annotations.ExportStats{Replaced: 3}, " 3 character(s) the format cannot hold replaced."},
		{annotations.ExportStats{OtherLabels: 4}, " 4 span(s) of labels other than ENTITY left out: the entity files tag ENTITY spans (give those labels the name ENTITY to keep them)."},
	}
	for _, tt := range tests {
		if got := ExportChanges(tt.stats); got != tt.want {
			t.Errorf("ExportChanges(%+v) = %q, want %q", tt.stats, got, tt.want)
		}
	}
}

func TestExcerpt(t *testing.T) {
	for _, c := range []struct {
		text string
		max  int
		want string
	}{
		{"  José\n\n Ramírez  spoke ", 20, "José Ramírez spoke"},
		{"José Ramírez spoke", 18, "José Ramírez spoke"},
		{"José Ramírez spoke", 17, "José Ramírez spo…"},
		{"ab\t\t\t\t\t\t\t\tcd", 4, "ab …"},
		{"ab cd", 4, "ab …"},
		{"👨‍👩‍👧 family", 6, "👨‍👩‍👧…"},
	} {
		d := docOf(t, c.text)
		if got := Excerpt(d, span(0, len(c.text), "X"), c.max); got != c.want {
			t.Errorf("Excerpt(%q, %d) = %q, want %q", c.text, c.max, got, c.want)
		}
	}
}

func TestThresholdRefused(t *testing.T) {
	tests := []struct {
		typed string
		kept  float64
		want  string
	}{
		{"1.5", 0.92, `The boilerplate threshold is a number above 0 and below 1, such as 0.5, not "1.5"; it stays 0.92.`},
		{"", 0.5, `The boilerplate threshold is a number above 0 and below 1, such as 0.5; it stays 0.5.`}, // "abc" in a number field
		{"1", 0.5, `The boilerplate threshold is a number above 0 and below 1, such as 0.5, not "1"; it stays 0.5.`},
	}
	for _, tt := range tests {
		if got := ThresholdRefused("boilerplate", tt.typed, tt.kept); got != tt.want {
			t.Errorf("ThresholdRefused(%q, %v) = %q, want %q", tt.typed, tt.kept, got, tt.want)
		}
	}
}

func TestAnswered(t *testing.T) {
	tests := []struct {
		ans    annotations.Answer
		pos, n int
		want   string
	}{
		{annotations.Accept, 2, 12, "Document 3 of 12 accepted; ] goes to the next (Ctrl+Enter accepts and goes on in one key)."},
		{annotations.Reject, 0, 2, "Document 1 of 2 rejected; ] goes to the next (Ctrl+Enter accepts and goes on in one key)."},
		{annotations.Ignore, 11, 12, "Document 12 of 12 ignored: the last of the queue."},
	}
	for _, tt := range tests {
		if got := Answered(tt.ans, tt.pos, tt.n); got != tt.want {
			t.Errorf("Answered(%s, %d, %d) = %q, want %q", tt.ans, tt.pos, tt.n, got, tt.want)
		}
	}
}

// TestChanged: what an edit did, in words, worked out by hand.
func TestChanged(t *testing.T) {
	d := &annotations.Document{Text: "Ann met Bob in Oslo."}
	ann, oslo := annotations.Span{Start: 0, End: 3, Label: "ENTITY"}, annotations.Span{Start: 15, End: 19, Label: "ENTITY"}
	for _, tc := range []struct {
		edit annotations.Edit
		want string
	}{
		{annotations.Edit{Add: []annotations.Span{ann}}, "added ENTITY “Ann”"},
		{annotations.Edit{Remove: []annotations.Span{ann, oslo}}, "removed 2 spans"},
		{annotations.Edit{Add: []annotations.Span{{Start: 0, End: 3, Label: "CLAIM"}}, Remove: []annotations.Span{ann}}, "added CLAIM “Ann”, removed ENTITY “Ann”"},
		{annotations.Edit{Answer: &annotations.AnswerEdit{From: annotations.Unanswered, To: annotations.Accept}}, "answer accept"},
		{annotations.Edit{Answer: &annotations.AnswerEdit{From: annotations.Accept, To: annotations.Unanswered}}, "answer none"},
		{annotations.Edit{}, ""},
	} {
		if got := Changed(d, tc.edit); got != tc.want {
			t.Errorf("Changed(%+v) = %q, want %q", tc.edit, got, tc.want)
		}
	}
	made := annotations.Edit{Add: []annotations.Span{ann}}
	if got, want := Made(d, made), "Added ENTITY “Ann”; Undo takes it back."; got != want {
		t.Errorf("Made = %q, want %q", got, want)
	}
	if got, want := Stepped("undo", d, annotations.Edit{Remove: []annotations.Span{oslo}}), "Undo: removed ENTITY “Oslo”."; got != want {
		t.Errorf("Stepped = %q, want %q", got, want)
	}
	back := annotations.Suggestion{Span: oslo}
	for _, tc := range []struct {
		op   string
		edit annotations.Edit
		want string
	}{
		{"undo", annotations.Edit{Suggest: []annotations.Suggestion{back}, Unreject: []annotations.Span{oslo}}, "Undo: suggested ENTITY “Oslo”."},
		{"redo", annotations.Edit{Reject: []annotations.Span{oslo}, Unsuggest: []annotations.Suggestion{back}}, "Redo: rejected ENTITY “Oslo”."},
		{"undo", annotations.Edit{Unsuggest: []annotations.Suggestion{back, {Span: ann}}}, "Undo: took back 2 suggestions."},
		{"undo", annotations.Edit{Add: []annotations.Span{oslo}, Unsuggest: []annotations.Suggestion{back}}, "Undo: added ENTITY “Oslo”."}, // an acceptance redone
	} {
		if got := Stepped(tc.op, d, tc.edit); got != tc.want {
			t.Errorf("Stepped(%s, %+v) = %q, want %q", tc.op, tc.edit, got, tc.want)
		}
	}
	if got := Stepped("redo", d, annotations.Edit{}); got != "" {
		t.Errorf("Stepped of no change = %q, want nothing", got)
	}
}

func TestAcceptedAndNext(t *testing.T) {
	for _, tc := range []struct {
		pos, n int
		want   string
	}{
		{0, 5, "Document 1 of 5 accepted; here is document 2."},
		{4, 5, "Document 5 of 5 accepted: the last of the queue."},
	} {
		if got := AcceptedAndNext(tc.pos, tc.n); got != tc.want {
			t.Errorf("AcceptedAndNext(%d, %d) = %q, want %q", tc.pos, tc.n, got, tc.want)
		}
	}
}

func TestDatasetChosen(t *testing.T) {
	if got, want := DatasetChosen("queue.jsonl"), "Dataset “queue.jsonl” chosen: press Enter to open it, or leave the list to keep this one."; got != want {
		t.Errorf("DatasetChosen = %q, want %q", got, want)
	}
}
