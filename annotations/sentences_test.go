package annotations

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	stdcmp "cmp"
	"github.com/google/go-cmp/cmp"
)

// sentenceDocs are the documents of the sentence-level files' golden files
// in testdata/sentences, written by hand (README.md there says which rule
// each line follows): doc1.txt (CRLF line endings, emoji, a token that is
// U+001F, an entity across a sentence break, a 300-token sentence, two
// boilerplate lines, one holding an entity) with an ENTITY nested in a
// CLAIM; then a short note without boilerplate.
func sentenceDocs(t testing.TB) []*Document {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("testdata", "sentences", "doc1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	article := &Document{Text: string(text), Meta: rawJSON(`{"id":"ferry-1"}`), Answer: Accept}
	mark(t, article, "ENTITY", "Zoë Ñúñez", "Gdańsk", "St. Olav", "Kraków", "w127 w128 w129")
	mark(t, article, "CLAIM", "the Gdańsk ferry 🚢 runs hourly")
	mark(t, article, "BOILERPLATE", "Harbour Weekly · Sign in", "Read next: Kraków 🇵🇱 votes")
	note := &Document{Text: "Short note: the pier in Kraków reopens in May 🎉.\n", Meta: rawJSON(`{"id":2}`)}
	mark(t, note, "ENTITY", "Kraków")
	mark(t, note, "CLAIM", "the pier in Kraków reopens in May")
	return []*Document{article, note}
}

func TestSentenceFormatsGolden(t *testing.T) {
	for _, id := range []string{"entities-iob2", "entities-hf", "entities-spacy", "claims-checkthat"} {
		t.Run(id, func(t *testing.T) {
			f, _ := FormatByID(id)
			var out bytes.Buffer
			e, err := NewExporter(id, &out, ExportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range sentenceDocs(t) {
				if err := e.Write(d); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := e.Close(); err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", "sentences", f.FileName("news", "")), false, out.Bytes())
			want := map[string]ExportStats{
				"entities-iob2":    {SplitSentences: 1, LeftOutEntities: 1, Replaced: 1},
				"entities-hf":      {SplitSentences: 1, LeftOutEntities: 1},
				"entities-spacy":   {SplitSentences: 1, LeftOutEntities: 1, Replaced: 1},
				"claims-checkthat": {},
			}[id]
			if diff := cmp.Diff(want, e.Stats()); diff != "" {
				t.Errorf("stats (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEntityFilesCountOtherLabels: the entity files tag ENTITY spans; the
// spans of other labels than ENTITY, CLAIM and BOILERPLATE ("PERSON") are
// counted, so that the export says they were left out.
func TestEntityFilesCountOtherLabels(t *testing.T) {
	d := docWith(t, "Anna Berg met Kyiv Post.", Span{0, 9, "PERSON"}, Span{14, 23, "ENTITY"}, Span{0, 24, "CLAIM"})
	if _, stats := exportStats(t, "entities-iob2", d); stats.OtherLabels != 1 {
		t.Errorf("%d spans of other labels counted, want 1 (PERSON)", stats.OtherLabels)
	}
}

// exportStats exports d alone to format, with the default options, and
// returns the file and what the export counted.
func exportStats(t *testing.T, format string, d *Document) (string, ExportStats) {
	t.Helper()
	var out bytes.Buffer
	e, err := NewExporter(format, &out, ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Write(d); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Close(); err != nil {
		t.Fatal(err)
	}
	return out.String(), e.Stats()
}

// hfRecord is a line of the Hugging Face file.
type hfRecord struct {
	ID         string   `json:"id"`
	SentenceID int      `json:"sentence_id"`
	Window     int      `json:"window"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Tokens     []string `json:"tokens"`
	NERTags    []string `json:"ner_tags"`
}

func readHF(t *testing.T, file []byte) []hfRecord {
	t.Helper()
	var recs []hfRecord
	for _, line := range bytes.Split(bytes.TrimSuffix(file, []byte("\n")), []byte("\n")) {
		var r hfRecord
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		recs = append(recs, r)
	}
	return recs
}

// TestSentenceRecordsJoinToDocument: with boilerplate kept, the sentence
// records of a document, joined, are its document record exactly, and
// each record's offsets hold its tokens; no window cuts an entity that a
// later cut would have spared, and none is longer than asked.
func TestSentenceRecordsJoinToDocument(t *testing.T) {
	docs := append(sentenceDocs(t), newsDocs(t)...)
	for _, size := range []int{0, 3, 7, 128} {
		bySentence, _ := export(t, "entities-hf", ExportOptions{KeepBoilerplate: true, WindowTokens: size}, docs)
		byDocument, _ := export(t, "entities-hf", ExportOptions{KeepBoilerplate: true, ByDocument: true}, docs)
		whole := map[string][]string{} // each document's tags, as one record
		for _, r := range readHF(t, byDocument) {
			whole[r.ID] = r.NERTags
		}
		var got []hfRecord // the records of each document follow each other; no two documents in a row share an id
		var cuts [][]int   // where each document's records start inside an entity
		for _, r := range readHF(t, bySentence) {
			if len(got) == 0 || got[len(got)-1].ID != r.ID {
				got, cuts = append(got, hfRecord{ID: r.ID}), append(cuts, nil)
			}
			j := &got[len(got)-1]
			if len(r.Tokens) > stdcmp.Or(size, DefaultWindowTokens) {
				t.Errorf("window %d: record %s/%d/%d holds %d tokens", size, r.ID, r.SentenceID, r.Window, len(r.Tokens))
			}
			if strings.HasPrefix(r.NERTags[0], "I-") {
				t.Errorf("window %d: record %s/%d/%d starts with %s: not IOB2", size, r.ID, r.SentenceID, r.Window, r.NERTags[0])
			}
			// A cut entity's record starts with B- where the document's tag goes on (I-).
			if at := len(j.Tokens); at < len(whole[r.ID]) && whole[r.ID][at] == "I-"+strings.TrimPrefix(r.NERTags[0], "B-") {
				cuts[len(cuts)-1] = append(cuts[len(cuts)-1], at)
				r.NERTags[0] = whole[r.ID][at]
			}
			j.Tokens, j.NERTags = append(j.Tokens, r.Tokens...), append(j.NERTags, r.NERTags...)
		}
		for i, doc := range got {
			for _, cut := range cuts[i] {
				checkCut(t, size, doc.NERTags, cut)
			}
		}
		if diff := cmp.Diff(readHF(t, byDocument), got); diff != "" {
			t.Errorf("window %d: sentence records joined (-document +sentences):\n%s", size, diff)
		}
	}
}

// checkCut fails unless the entity a record starting at token cut of a
// document cuts is longer than a window of size tokens (0: the default).
func checkCut(t *testing.T, size int, tags []string, cut int) {
	t.Helper()
	if size == 0 {
		size = DefaultWindowTokens
	}
	begin, end := cut, cut
	for begin > 0 && !strings.HasPrefix(tags[begin], "B-") {
		begin--
	}
	for end < len(tags) && strings.HasPrefix(tags[end], "I-") {
		end++
	}
	if end-begin <= size {
		t.Errorf("window %d: a record starts at token %d, inside an entity of tokens [%d,%d) that a window holds", size, cut, begin, end)
	}
}

// TestWindowsCutOutsideEntities tries every sentence of entities that
// windows of every size can cut.
func TestWindowsCutOutsideEntities(t *testing.T) {
	tags := strings.Fields("O B-E I-E I-E O B-E B-E I-E O O B-E I-E I-E I-E I-E O")
	for size := 1; size <= len(tags)+1; size++ {
		ws := windows(tags, entityRecord{from: 0, to: len(tags)}, size)
		at := 0
		for _, w := range ws {
			if w.from != at || w.to <= w.from || w.to-w.from > size {
				t.Fatalf("size %d: windows %v do not tile the sentence", size, ws)
			}
			at = w.to
			if w.to == len(tags) || !strings.HasPrefix(tags[w.to], "I-") {
				continue
			}
			// Cut inside an entity: only allowed when no shorter window ends outside one.
			for cut := w.from + 1; cut < w.to; cut++ {
				if !strings.HasPrefix(tags[cut], "I-") {
					t.Errorf("size %d: window [%d,%d) cuts an entity, [%d,%d) would not", size, w.from, w.to, w.from, cut)
				}
			}
		}
		if at != len(tags) {
			t.Fatalf("size %d: windows %v end at %d", size, ws, at)
		}
	}
}

// readCoNLL2003 reads a CoNLL file as the CoNLL-2003 readers do (Hugging
// Face's conll2003 script, spaCy's conll_ner_to_docs): a line starting
// -DOCSTART- opens a document, a blank line ends a sentence, other lines
// are white-space separated columns, the first the token, the last the
// tag. It returns each document's tokens and tags, sentences joined.
func readCoNLL2003(t *testing.T, file []byte) (docs [][][2]string) {
	t.Helper()
	sc := bufio.NewScanner(bytes.NewReader(file))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			docs = append(docs, nil)
		case strings.TrimSpace(line) == "":
		default:
			cols := strings.Fields(line) // Python's str.split(), but for U+001C-U+001F, which no line holds
			if len(cols) != 4 || len(docs) == 0 {
				t.Fatalf("line %q: %d columns, or before any -DOCSTART-", line, len(cols))
			}
			docs[len(docs)-1] = append(docs[len(docs)-1], [2]string{cols[0], cols[3]})
		}
	}
	return docs
}

// TestCoNLLReadsAsTheSpans reads the CoNLL file as CoNLL-2003 readers do
// and finds the entities of the spans file, token for token, with the
// boilerplate kept; and, with it left out, the entities outside it.
func TestCoNLLReadsAsTheSpans(t *testing.T) {
	docs := append(sentenceDocs(t), newsDocs(t)...)
	conll, _ := export(t, "entities-iob2", ExportOptions{KeepBoilerplate: true}, docs)
	spansFile, _ := export(t, "spans", ExportOptions{}, docs)
	read := readCoNLL2003(t, conll)
	lines := bytes.Split(bytes.TrimSuffix(spansFile, []byte("\n")), []byte("\n"))
	if len(read) != len(lines) {
		t.Fatalf("%d documents in the CoNLL file, %d in the spans file", len(read), len(lines))
	}
	for i, line := range lines {
		var task struct {
			Tokens []struct{ Text string }
			Spans  []struct {
				Label                string
				TokenStart, TokenEnd int `json:"-"`
				TS                   int `json:"token_start"`
				TE                   int `json:"token_end"`
			}
		}
		if err := json.Unmarshal(line, &task); err != nil {
			t.Fatal(err)
		}
		var want [][2]int
		for _, s := range task.Spans {
			if s.Label == "ENTITY" {
				want = append(want, [2]int{s.TS, s.TE})
			}
		}
		var tags, words, wantWords []string
		for _, tok := range read[i] {
			words, tags = append(words, tok[0]), append(tags, tok[1])
		}
		for _, tok := range task.Tokens {
			wantWords = append(wantWords, strings.Map(func(r rune) rune {
				if pythonSpace(r) {
					return '\uFFFD'
				}
				return r
			}, tok.Text))
		}
		if diff := cmp.Diff(wantWords, words); diff != "" {
			t.Errorf("document %d: tokens (-spans file +CoNLL):\n%s", i, diff)
		}
		if diff := cmp.Diff(want, decodeIOB2(t, tags)); diff != "" {
			t.Errorf("document %d: entities by token (-spans file +CoNLL):\n%s", i, diff)
		}
	}
	left, _ := export(t, "entities-iob2", ExportOptions{}, docs[:1])
	var entities []string
	for _, tok := range readCoNLL2003(t, left)[0] {
		if tok[1] == "B-ENTITY" {
			entities = append(entities, tok[0])
		}
	}
	if want := []string{"Zoë", "Gdańsk", "St", "w127"}; !slices.Equal(want, entities) {
		t.Errorf("entities outside the boilerplate start at %q, want %q", entities, want)
	}
}

// TestCleanEvalGolden exports, as CleanEval gold, a page imported from
// HTML (its Advertisement line tagged BOILERPLATE) and the documents of
// sentenceDocs: the hand-written gold (see testdata/sentences/README.md),
// and the imported page's HTML, byte for byte, beside it.
func TestCleanEvalGolden(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "import", "page.html"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []*Document
	if _, err := OpenEach("page.html", bytes.NewReader(page), DefaultLabels, func(d *Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mark(t, docs[0], "BOILERPLATE", "Advertisement")
	docs = append(docs, sentenceDocs(t)...)
	got, files := export(t, "cleaneval", ExportOptions{}, docs)
	golden(t, filepath.Join("testdata", "sentences", "news.cleaneval.txt"), false, got)
	want := []File{{Name: "cleaneval-1.html", MIME: "text/html; charset=utf-8", Data: page}}
	if diff := cmp.Diff(want, files, cmp.AllowUnexported(File{})); diff != "" {
		t.Errorf("pages beside the gold (-want +got):\n%s", diff)
	}
}

// TestCheckThatHoldsNoLineBreak: a sentence's characters that Python's splitlines
// breaks at (vertical tab, form feed, U+001C to U+001E; the others end a sentence) are
// written as spaces, as its tabs are: a row stays one line (QA pass 20, L4).
func TestCheckThatHoldsNoLineBreak(t *testing.T) {
	out, stats := exportStats(t, "claims-checkthat", &Document{Text: "Tabs\there, a\vtab, a\ffeed, \x1cfs\x1dgs\x1ers.\n"})
	_, row, _ := strings.Cut(out, "\n")
	_, text, _ := strings.Cut(row, "\t")
	if want := "Tabs here, a tab, a feed,  fs gs rs.\tNo\n"; text != want {
		t.Errorf("row's text %q, want %q", text, want)
	}
	if stats.Replaced != 6 {
		t.Errorf("%d characters counted as replaced, want 6", stats.Replaced)
	}
}
