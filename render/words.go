package render

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"spantag/annotations"
)

// Progress says where the annotator is in q, e.g. "Document 2 of 3 · 1
// answered", and whether its file is still being read.
func Progress(q *annotations.Queue, reading bool) string {
	s := fmt.Sprintf("Document %d of %d · %d answered", min(q.Pos+1, q.Len()), q.Len(), q.Answered())
	if reading {
		s += " · reading…"
	}
	return s
}

// Counts says how many spans d has of each label, e.g. "ENTITY 2 · CLAIM
// 0"; nil d (a document still loading) says nothing.
func Counts(d *annotations.Document, labels annotations.LabelSet) string {
	if d == nil {
		return ""
	}
	n := make([]int, len(labels))
	for _, s := range d.Spans {
		for i, l := range labels {
			if s.Label == l.Name {
				n[i]++
			}
		}
	}
	parts := make([]string, len(labels))
	for i, l := range labels {
		parts[i] = fmt.Sprintf("%s %d", l.Name, n[i])
	}
	return strings.Join(parts, " · ")
}

// Quote is the text of s in quotation marks, shortened for a message.
func Quote(d *annotations.Document, s annotations.Span) string {
	return "“" + Excerpt(d, s, 60) + "”"
}

// maxReported is how many bad lines or moved spans a message lists one by one.
const maxReported = 20

// Opened says what opening the file called name gave: n documents, the
// lines left out, the spans moved or kept aside and the warnings (a merge,
// a key given twice, a Label Studio task's versions) that report holds. bad
// is true when something was left out or kept aside, or the file held
// nothing, for the page to show the message as an error.
func Opened(name string, n int, report annotations.Report) (message string, bad bool) {
	if n == 0 && len(report.Errors) == 0 && len(report.Anchors) == 0 {
		return name + " holds no documents: nothing was opened.", true
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Opened %s: %d document(s).", name, n)
	if len(report.Errors) > 0 {
		fmt.Fprintf(&b, " %d line(s) could not be read and were left out:", len(report.Errors))
		listAtMost(&b, len(report.Errors), func(i int) string { return report.Errors[i].Error() })
	}
	aside := 0
	for _, anchor := range report.Anchors {
		if anchor.Aside {
			aside++
		}
	}
	if len(report.Anchors) > 0 {
		fmt.Fprintf(&b, "\n%d span(s) did not sit where their text is: %d moved to it, %d kept aside in the document's _kept_aside key (exported unchanged):",
			len(report.Anchors), len(report.Anchors)-aside, aside)
		listAtMost(&b, len(report.Anchors), func(i int) string { return report.Anchors[i].String() })
	}
	if len(report.Warnings) > 0 {
		fmt.Fprintf(&b, "\n%d note(s) on what was read:", len(report.Warnings))
		listAtMost(&b, len(report.Warnings), func(i int) string { return report.Warnings[i].Error() })
	}
	return b.String(), len(report.Errors) > 0 || aside > 0
}

// listAtMost writes the first maxReported of n items, one a line.
func listAtMost(b *strings.Builder, n int, item func(i int) string) {
	for i := range min(n, maxReported) {
		b.WriteString("\n" + item(i))
	}
	if n > maxReported {
		fmt.Fprintf(b, "\n… and %d more.", n-maxReported)
	}
}

// Exported says what an export wrote: written of total documents, to files.
func Exported(written, total int, files []string) string {
	return fmt.Sprintf("Exported %d of %d document(s) to %s.", written, total, strings.Join(files, " and "))
}

// NothingExported says that no document of the dataset called name, of
// total, is of the kinds the export was limited to (answers, as the page
// names them), so no file was made.
func NothingExported(name string, total int, answers []string) string {
	return fmt.Sprintf("Nothing exported: none of the %d document(s) of %s is %s. Tick more kinds of document in Export options.",
		total, name, strings.Join(answers, " or "))
}

// LabelButtonsHTML renders one button per label, named after it, with its key.
func LabelButtonsHTML(labels annotations.LabelSet) string {
	var b strings.Builder
	for _, l := range labels {
		name, key := Escape(l.Name), Escape(l.Key)
		fmt.Fprintf(&b, `<button type="button" %s="%s" %s="%s" aria-label="%s" aria-keyshortcuts="%s">%s<kbd>%s</kbd></button>`,
			AttrLabel, name, AttrKey, key, name, key, name, key)
	}
	return b.String()
}

// OptionsHTML renders one <option> per name, its value its index.
func OptionsHTML(names []string) string {
	var b strings.Builder
	for i, name := range names {
		fmt.Fprintf(&b, `<option value="%d">%s</option>`, i, Escape(name))
	}
	return b.String()
}

// ExportChanges says, after a space, what an export changed of the
// documents to fit its format, or nothing when it changed nothing.
func ExportChanges(s annotations.ExportStats) string {
	var said []string
	if s.SplitSentences > 0 {
		said = append(said, fmt.Sprintf("%d long sentence(s) cut into windows", s.SplitSentences))
	}
	if s.LeftOutEntities > 0 {
		said = append(said, fmt.Sprintf("%d entit(y/ies) in boilerplate left out", s.LeftOutEntities))
	}
	if s.Replaced > 0 {
		said = append(said, fmt.Sprintf("%d character(s) the format cannot hold replaced", s.Replaced))
	}
	if s.OtherLabels > 0 {
		said = append(said, fmt.Sprintf("%d span(s) of labels other than ENTITY left out: the entity files tag ENTITY spans (give those labels the name ENTITY to keep them)", s.OtherLabels))
	}
	if len(said) == 0 {
		return ""
	}
	return " " + strings.Join(said, "; ") + "."
}

// ThresholdRefused says why the threshold typed (of what) is not used, and
// the one kept. A number field gives "" for what is not a number.
func ThresholdRefused(what, typed string, kept float64) string {
	not := ""
	if typed != "" {
		not = fmt.Sprintf(", not %q", typed)
	}
	return fmt.Sprintf("The %s threshold is a number above 0 and below 1, such as 0.5%s; it stays %s.", what, not, strconv.FormatFloat(kept, 'f', -1, 64))
}

// Answered says that document pos (0-based) of a queue of n has the answer
// ans now, and how to go on by keys.
func Answered(ans annotations.Answer, pos, n int) string {
	done := map[annotations.Answer]string{annotations.Accept: "accepted", annotations.Reject: "rejected", annotations.Ignore: "ignored"}[ans]
	if pos+1 < n {
		return fmt.Sprintf("Document %d of %d %s; ] goes to the next (Ctrl+Enter accepts and goes on in one key).", pos+1, n, done)
	}
	return fmt.Sprintf("Document %d of %d %s: the last of the queue.", pos+1, n, done)
}

// AcceptedAndNext says that Ctrl+Enter accepted document pos of n and went
// on to the next, if there was one.
func AcceptedAndNext(pos, n int) string {
	if pos+1 < n {
		return fmt.Sprintf("Document %d of %d accepted; here is document %d.", pos+1, n, pos+2)
	}
	return Answered(annotations.Accept, pos, n)
}

// Made says what an edit that made spans did: "Added ENTITY “Ann”; Undo
// takes it back."
func Made(d *annotations.Document, e annotations.Edit) string {
	return capitalise(Changed(d, e)) + "; Undo takes it back."
}

// Stepped says what an undo or a redo (op) did: "Undo: removed ENTITY
// “Ann”.", "Undo: suggested ENTITY “Ann”." (a rejection undone); "" when it
// changed no span, answer nor suggestion.
func Stepped(op string, d *annotations.Document, e annotations.Edit) string {
	said := Changed(d, e)
	if said == "" {
		said = changedSuggestions(d, e)
	}
	if said == "" {
		return ""
	}
	return capitalise(op) + ": " + said + "."
}

// changedSuggestions says what edit e did to d's suggestions: "rejected
// ENTITY “Ann”", "suggested 12 spans", "took back 3 suggestions".
func changedSuggestions(d *annotations.Document, e annotations.Edit) string {
	spans := func(gs []annotations.Suggestion) []annotations.Span {
		var out []annotations.Span
		for _, g := range gs {
			out = append(out, g.Span)
		}
		return out
	}
	for _, c := range []struct {
		one, many string // the verb, and what it did to many
		spans     []annotations.Span
	}{{"rejected", "rejected %d suggestions", e.Reject}, {"suggested", "suggested %d spans", spans(e.Suggest)},
		{"took back the suggestion", "took back %d suggestions", spans(e.Unsuggest)}} {
		switch n := len(c.spans); {
		case n == 1:
			return c.one + " " + c.spans[0].Label + " " + Quote(d, c.spans[0])
		case n > 1:
			return fmt.Sprintf(c.many, n)
		}
	}
	return ""
}

// capitalise is s with its first letter in capitals.
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// Changed says what edit e made to d's spans and answer, for the status
// line, which a screen reader reads: "added ENTITY “Ann”", "added 3 spans,
// removed 1", "answer accept"; "" when it changed neither.
func Changed(d *annotations.Document, e annotations.Edit) string {
	var parts []string
	for _, c := range []struct {
		verb  string
		spans []annotations.Span
	}{{"added", e.Add}, {"removed", e.Remove}} {
		switch n := len(c.spans); {
		case n == 1:
			parts = append(parts, c.verb+" "+c.spans[0].Label+" "+Quote(d, c.spans[0]))
		case n > 1:
			parts = append(parts, fmt.Sprintf("%s %d spans", c.verb, n))
		}
	}
	if e.Answer != nil {
		answer := string(e.Answer.To)
		if answer == "" {
			answer = "none"
		}
		parts = append(parts, "answer "+answer)
	}
	return strings.Join(parts, ", ")
}

// DatasetChosen says that the Dataset list's arrow keys chose the dataset called
// name, which Enter opens.
func DatasetChosen(name string) string {
	return "Dataset “" + name + "” chosen: press Enter to open it, or leave the list to keep this one."
}
