//go:build !js

package e2e

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	gocmp "github.com/google/go-cmp/cmp"
)

// The queue a user opens: three documents, the first with two spans already
// made, with emoji (a ZWJ family, a flag) before the spans so that UTF-16,
// code point and byte offsets all differ.
var queueDocs = []struct {
	text  string
	meta  map[string]any
	spans []span // byte offsets
}{
	{
		text: "Zoë Ångström 👋 met Łukasz in Köln 🇩🇪 on Monday.\nShe 👨‍👩‍👧 said prices rose by 5%.",
		meta: map[string]any{"source": "queue-1", "id": "a1"},
	},
	{
		text: "Second document: nothing marked here yet.",
		meta: map[string]any{"source": "queue-2"},
	},
	{
		text: "Third: café crème ☕ and naïve résumé.",
		meta: map[string]any{"id": "c3"},
	},
}

func init() {
	t := queueDocs[0].text
	for _, s := range []struct{ text, label string }{{"Zoë Ångström", "ENTITY"}, {"Köln", "ENTITY"}} {
		i := strings.Index(t, s.text)
		queueDocs[0].spans = append(queueDocs[0].spans, span{i, i + len(s.text), s.label})
	}
}

// writeQueue writes the queue as spans JSONL (code point offsets) into dir.
func writeQueue(t *testing.T, dir string) string {
	t.Helper()
	var b bytes.Buffer
	for _, d := range queueDocs {
		task := map[string]any{"text": d.text, "meta": d.meta}
		if len(d.spans) > 0 {
			var spans []map[string]any
			for _, s := range d.spans {
				spans = append(spans, map[string]any{
					"start": cp(d.text, s.Start), "end": cp(d.text, s.End), "label": s.Label, "text": d.text[s.Start:s.End],
				})
			}
			task["spans"] = spans
		}
		line, err := json.Marshal(task)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(dir, "queue.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var progressRE = regexp.MustCompile(`Document\s+(\d+)\s+of\s+(\d+)\D+(\d+)\s+answered`)

// progress reads #progress: the document shown (from 1), of how many, and
// how many are answered.
func (tb *tab) progress() (doc, of, answered int) {
	tb.t.Helper()
	text := tb.textOf("#progress")
	m := progressRE.FindStringSubmatch(text)
	if m == nil {
		tb.t.Fatalf("#progress says %q, want e.g. %q", text, "Document 2 of 3 · 1 answered")
	}
	doc, _ = strconv.Atoi(m[1])
	of, _ = strconv.Atoi(m[2])
	answered, _ = strconv.Atoi(m[3])
	return doc, of, answered
}

// waitProgress waits until #progress says document doc of of, answered
// answered.
func (tb *tab) waitProgress(doc, of, answered int) {
	tb.t.Helper()
	tb.waitFor(fmt.Sprintf("#progress says Document %d of %d · %d answered", doc, of, answered),
		js(`(re, want) => { const p = document.getElementById("progress"); const m = p && p.textContent.match(new RegExp(re));
			return !!m && m.slice(1, 4).join(",") === want; }`, progressRE.String(), fmt.Sprintf("%d,%d,%d", doc, of, answered)),
		`document.getElementById("progress").textContent`)
}

// goTo moves through the queue with Next and Previous until document i
// (from 0) is on screen.
func (tb *tab) goTo(i int) {
	tb.t.Helper()
	for range len(queueDocs) {
		doc, of, answered := tb.progress()
		switch {
		case doc-1 == i:
			tb.waitDoc(queueDocs[i].text)
			return
		case doc-1 < i:
			tb.click("Next")
			tb.waitProgress(doc+1, of, answered)
		default:
			tb.click("Previous")
			tb.waitProgress(doc-1, of, answered)
		}
	}
	tb.t.Fatalf("Next and Previous never reached document %d", i+1)
}

// openQueue opens the queue file and waits for its first document.
func openQueue(t *testing.T, tb *tab) {
	t.Helper()
	tb.openFile(writeQueue(t, t.TempDir()))
	tb.waitProgress(1, 3, 0)
	tb.waitDoc(queueDocs[0].text)
	tb.waitCover("the first document shows its spans", coverOf(queueDocs[0].text, queueDocs[0].spans...))
}

// answers are the verdicts the tests give the queue's documents, in order.
var answers = []string{"Accept", "Reject", "Ignore"}

func TestQueue(t *testing.T) {
	tb := openApp(t)
	openQueue(t, tb)

	tb.click("Next")
	tb.waitProgress(2, 3, 0)
	tb.waitDoc(queueDocs[1].text)
	tb.click("Next")
	tb.waitProgress(3, 3, 0)
	tb.waitDoc(queueDocs[2].text)
	tb.click("Previous")
	tb.waitProgress(2, 3, 0)
	tb.waitDoc(queueDocs[1].text)
	tb.click("Previous")
	tb.waitProgress(1, 3, 0)
	tb.waitDoc(queueDocs[0].text)

	tb.answerAll()
	if doc, of, answered := tb.progress(); of != 3 || answered != 3 {
		t.Errorf("#progress says document %d of %d, %d answered; want of 3, 3 answered", doc, of, answered)
	}
}

// TestQueueByKeys goes through a queue from the keyboard: ] and [ go to
// the next and previous documents, Ctrl+Enter accepts and goes on, and the
// status bar says what was answered.
func TestQueueByKeys(t *testing.T) {
	tb := openApp(t)
	openQueue(t, tb)
	tb.press("]")
	tb.waitProgress(2, 3, 0)
	tb.press("[")
	tb.waitProgress(1, 3, 0)
	tb.waitDoc(queueDocs[0].text)
	tb.press("\r", chromedp.ModifierCtrl) // Ctrl+Enter
	tb.waitProgress(2, 3, 1)
	tb.waitDoc(queueDocs[1].text)
	tb.waitStatus("Ctrl+Enter says what it did (QA pass 18)", "Document 1 of 3 accepted; here is document 2.")
	tb.click("Reject")
	tb.waitFor("the status bar says what was answered", `document.getElementById("status").textContent === "Document 2 of 3 rejected; ] goes to the next (Ctrl+Enter accepts and goes on in one key)."`,
		`document.getElementById("status").textContent`)
	tb.waitProgress(2, 3, 2)
}

// answerAll gives each document of the queue its answer, in order, and
// waits for #progress to count it.
func (tb *tab) answerAll() {
	tb.t.Helper()
	for i, a := range answers {
		tb.goTo(i)
		tb.click(a)
		tb.waitFor(fmt.Sprintf("#progress counts %d answered after %s", i+1, a),
			js(`(re, n) => { const m = document.getElementById("progress").textContent.match(new RegExp(re)); return !!m && +m[3] === n; }`, progressRE.String(), i+1),
			`document.getElementById("progress").textContent`)
	}
}

// exported is one line of the spans JSONL export.
type exported struct {
	Text   string         `json:"text"`
	Meta   map[string]any `json:"meta"`
	Tokens []struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		ID    int    `json:"id"`
		WS    bool   `json:"ws"`
	} `json:"tokens"`
	Spans []struct {
		Start      int    `json:"start"`
		End        int    `json:"end"`
		TokenStart *int   `json:"token_start"`
		TokenEnd   *int   `json:"token_end"`
		Label      string `json:"label"`
		Text       string `json:"text"`
	} `json:"spans"`
	Answer    string          `json:"answer"`
	InputHash json.RawMessage `json:"_input_hash"`
	TaskHash  json.RawMessage `json:"_task_hash"`
}

// exportedSpan is what a test expects of a span in the export.
type exportedSpan struct {
	Start, End  int // code points
	Label, Text string
}

func TestExport(t *testing.T) {
	tb := openApp(t)
	openQueue(t, tb)

	// One more span on the first document, after both emoji.
	first := queueDocs[0].text
	i := strings.Index(first, "prices rose")
	claim := span{i, i + len("prices rose"), "CLAIM"}
	tb.label(first, claim, "2", false)
	tb.waitCover("prices rose is a CLAIM", coverOf(first, append(queueDocs[0].spans, claim)...))
	tb.answerAll()

	name, content := tb.download(func() { tb.click("Export") })
	if !strings.HasPrefix(name, "queue") || !strings.HasSuffix(name, ".jsonl") {
		t.Errorf("the export is named %q, want the dataset's name (queue...) and .jsonl", name)
	}
	if bytes.HasPrefix(content, []byte("\xef\xbb\xbf")) || bytes.Contains(content, []byte("\r\n")) {
		t.Errorf("the export has a BOM or CRLF line endings")
	}
	lines := strings.Split(strings.TrimSuffix(string(content), "\n"), "\n")
	if len(lines) != len(queueDocs) {
		t.Fatalf("the export has %d lines, want %d:\n%s", len(lines), len(queueDocs), content)
	}
	wantSpans := [][]exportedSpan{nil, nil, nil}
	for _, s := range append(queueDocs[0].spans, claim) {
		wantSpans[0] = append(wantSpans[0], exportedSpan{cp(first, s.Start), cp(first, s.End), s.Label, first[s.Start:s.End]})
	}
	slices.SortFunc(wantSpans[0], func(a, b exportedSpan) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Label, b.Label))
	})
	for n, l := range lines {
		var e exported
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Errorf("line %d: %v: %s", n+1, err, l)
			continue
		}
		checkExported(t, n+1, e)
		d := queueDocs[n]
		if e.Text != d.text {
			t.Errorf("line %d: text %q, want %q", n+1, e.Text, d.text)
		}
		for k, v := range d.meta {
			if e.Meta[k] != v {
				t.Errorf("line %d: meta[%q] = %v, want %v (the input's meta)", n+1, k, e.Meta[k], v)
			}
		}
		if want := strings.ToLower(answers[n]); e.Answer != want {
			t.Errorf("line %d: answer %q, want %q", n+1, e.Answer, want)
		}
		var got []exportedSpan
		for _, s := range e.Spans {
			got = append(got, exportedSpan{s.Start, s.End, s.Label, s.Text})
		}
		if diff := gocmp.Diff(wantSpans[n], got); diff != "" {
			t.Errorf("line %d: spans (-want +got):\n%s", n+1, diff)
		}
	}
}

// checkExported checks what must hold of every exported line: tokens and
// spans in code points that match the text, tokens agreeing with the spans'
// token_start and token_end, spans sorted, hashes there.
func checkExported(t *testing.T, n int, e exported) {
	t.Helper()
	runes := []rune(e.Text)
	for i, tok := range e.Tokens {
		if tok.ID != i || tok.Start < 0 || tok.Start >= tok.End || tok.End > len(runes) || string(runes[tok.Start:tok.End]) != tok.Text {
			t.Errorf("line %d: token %d %+v does not match the text", n, i, tok)
		}
		if i > 0 && tok.Start < e.Tokens[i-1].End {
			t.Errorf("line %d: token %d starts before token %d ends", n, i, i-1)
		}
	}
	for i, s := range e.Spans {
		if s.Start < 0 || s.Start >= s.End || s.End > len(runes) {
			t.Errorf("line %d: span %d [%d,%d) is outside the text's %d code points", n, i, s.Start, s.End, len(runes))
			continue
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Errorf("line %d: span %d: text[%d:%d] = %q, but the span says %q", n, i, s.Start, s.End, got, s.Text)
		}
		switch {
		case s.TokenStart == nil || s.TokenEnd == nil:
			t.Errorf("line %d: span %d has no token_start or token_end", n, i)
		case *s.TokenStart < 0 || *s.TokenEnd >= len(e.Tokens) || *s.TokenStart > *s.TokenEnd:
			t.Errorf("line %d: span %d: tokens %d..%d, of %d tokens", n, i, *s.TokenStart, *s.TokenEnd, len(e.Tokens))
		case e.Tokens[*s.TokenStart].Start != s.Start || e.Tokens[*s.TokenEnd].End != s.End:
			t.Errorf("line %d: span %d [%d,%d) %q: token %d starts at %d, token %d ends at %d",
				n, i, s.Start, s.End, s.Text, *s.TokenStart, e.Tokens[*s.TokenStart].Start, *s.TokenEnd, e.Tokens[*s.TokenEnd].End)
		}
		if i > 0 {
			p := e.Spans[i-1]
			if p.Start > s.Start || p.Start == s.Start && (p.End > s.End || p.End == s.End && p.Label >= s.Label) {
				t.Errorf("line %d: spans %d and %d are not sorted by (start, end, label)", n, i-1, i)
			}
		}
	}
	for name, h := range map[string]json.RawMessage{"_input_hash": e.InputHash, "_task_hash": e.TaskHash} {
		if _, err := strconv.ParseInt(string(h), 10, 64); err != nil {
			t.Errorf("line %d: %s is %s, want an integer", n, name, h)
		}
	}
}

func TestMalformedLines(t *testing.T) {
	good := []string{"The first good line.", "The second good line."}
	file := strings.Join([]string{
		`{"text": "The first good line."}`,
		`{"text": "broken`,
		`{"text": "The second good line.", "meta": {"id": "g2"}}`,
		`not json at all`,
		`{"meta": {"id": "no text"}}`,
	}, "\n") + "\n"
	path := filepath.Join(t.TempDir(), "mixed.jsonl")
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(path)
	tb.waitProgress(1, 2, 0)
	tb.waitDoc(good[0])
	status := tb.textOf("#status")
	for _, n := range []string{"2", "4", "5"} {
		if !regexp.MustCompile(`\b` + n + `\b`).MatchString(status) {
			t.Errorf("#status does not name line %s: %q", n, status)
		}
	}
	for _, n := range []string{"1", "3"} {
		if regexp.MustCompile(`\bline\s+` + n + `\b`).MatchString(status) {
			t.Errorf("#status names good line %s: %q", n, status)
		}
	}
	tb.click("Next")
	tb.waitProgress(2, 2, 0)
	tb.waitDoc(good[1])
}

// TestLabelStudioVersions opens a Label Studio file whose task two
// annotators annotated: the page shows the first one's version, says how
// many versions the task gave, and Next shows the other.
func TestLabelStudioVersions(t *testing.T) {
	text := "Alice Smith visited Kyiv."
	file := `[{"id":7,"data":{"text":"` + text + `"},"annotations":[
 {"completed_by":1,"result":[
  {"id":"a1","type":"labels","value":{"start":0,"end":11,"text":"Alice Smith","labels":["ENTITY"]}},
  {"id":"a2","type":"labels","value":{"start":20,"end":24,"text":"Kyiv","labels":["ENTITY"]}},
  {"from_id":"a1","to_id":"a2","type":"relation"}]},
 {"completed_by":2,"result":[{"id":"b1","type":"labels","value":{"start":6,"end":19,"text":"Smith visited","labels":["ENTITY"]}}]}]}]`
	path := filepath.Join(t.TempDir(), "team.json")
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(path)
	tb.waitProgress(1, 2, 0)
	tb.waitDoc(text)
	marks := `[...document.querySelectorAll("#doc mark[data-label=ENTITY]")].map(m => m.textContent).join("|")`
	tb.waitFor("the first annotator's spans are drawn", marks+` === "Alice Smith|Kyiv"`, marks)
	if status := tb.textOf("#status"); !strings.Contains(status, "line 1: 2 annotations (by 1, 2) read as 2 versions of the document") {
		t.Errorf("#status says %q; want it to say the task gave 2 versions", status)
	}
	tb.click("Next")
	tb.waitProgress(2, 2, 0)
	tb.waitFor("the second annotator's span is drawn", marks+` === "Smith visited"`, marks)
}
