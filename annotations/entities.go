package annotations

import (
	"strings"
	"unicode"
)

// The entities dataset as token lines: each token of the document (see
// Document.Tokens) tagged IOB2 by the ENTITY spans that overlap it, written
// a sentence at a time (or a document at a time) in the shapes that NER
// trainers read: CoNLL-2003 columns, Hugging Face records, spaCy's word|TAG.

const entity = "ENTITY"

// hfLabels is the sidecar of the Hugging Face file: the id2label map a
// token classification model is configured with, and its inverse.
var hfLabels = File{
	Name: "labels.json",
	MIME: jsonMIME,
	Data: []byte(`{"id2label":{"0":"O","1":"B-ENTITY","2":"I-ENTITY"},"label2id":{"O":0,"B-ENTITY":1,"I-ENTITY":2}}` + "\n"),

	shared: true,
}

// iob2 returns each token's tag: B-LABEL on the first token a span
// overlaps, I-LABEL on the others it overlaps, O elsewhere. The spans must
// be sorted; a token two spans share is tagged by the first.
func iob2(tokens []Token, spans []exportSpan) []string {
	tags := make([]string, len(tokens))
	for _, s := range spans {
		first, last := overlapped(tokens, s.Span)
		tag, inside := "B-"+s.Label, "I-"+s.Label
		for i := first; i <= last; i++ {
			if tags[i] == "" {
				tags[i], tag = tag, inside
			}
		}
	}
	for i, tag := range tags {
		if tag == "" {
			tags[i] = "O"
		}
	}
	return tags
}

// taggedDoc is a document's tokens with their IOB2 entity tags, and the
// records an entity file writes of them.
type taggedDoc struct {
	tokens  []Token
	words   []string
	tags    []string
	records []entityRecord
}

// entityRecord is a run of a document's tokens written as one CoNLL
// sentence or one Hugging Face record: a sentence (sentences an entity
// runs across count as one), or a window of a long one, or all the kept
// tokens of the document.
type entityRecord struct {
	sentence int // the index in Document.Sentences of its first sentence
	window   int // its number among its sentence's windows, from 0
	from, to int // its tokens, [from, to); a document's record lists them in kept
	kept     []int
}

// tokenIndexes returns the tokens of the record.
func (r entityRecord) tokenIndexes() []int {
	if r.kept != nil {
		return r.kept
	}
	idx := make([]int, 0, r.to-r.from)
	for i := r.from; i < r.to; i++ {
		idx = append(idx, i)
	}
	return idx
}

// tagDoc tags d's tokens and cuts them into records as x's options say,
// counting what it leaves out and splits in x.stats.
func tagDoc(d *Document, x *exportState) (taggedDoc, error) {
	spans, err := spansOf(d, entity)
	if err != nil {
		return taggedDoc{}, err
	}
	for _, s := range d.Spans {
		if s.Label != entity && s.Label != claim && s.Label != boilerplate {
			x.stats.OtherLabels++ // "PERSON", "ORG": the files tag ENTITY alone
		}
	}
	t := taggedDoc{tokens: d.Tokens()}
	t.tags = iob2(t.tokens, spans)
	t.words = make([]string, len(t.tokens))
	for i, tok := range t.tokens {
		t.words[i] = d.Text[tok.Start:tok.End]
	}
	var boiler []Range
	if !x.opts.KeepBoilerplate {
		whole := x.whole
		if whole == nil {
			whole = d
		}
		b, err := spansOf(whole, boilerplate)
		if err != nil {
			return taggedDoc{}, err
		}
		boiler = cover(b)
	}
	var kept []entityRecord
	for _, s := range sentenceRecords(d, t, boiler) {
		if s.window < 0 { // a sentence boilerplate covers wholly
			for _, tag := range t.tags[s.from:s.to] {
				if strings.HasPrefix(tag, "B-") {
					x.stats.LeftOutEntities++
				}
			}
			continue
		}
		kept = append(kept, s)
	}
	if x.opts.ByDocument {
		var doc entityRecord
		for _, s := range kept {
			doc.kept = append(doc.kept, s.tokenIndexes()...)
		}
		if doc.kept != nil {
			t.records = []entityRecord{doc}
		}
		return t, nil
	}
	size := x.opts.WindowTokens
	if size == 0 {
		size = DefaultWindowTokens
	}
	for _, s := range kept {
		ws := windows(t.tags, s, size)
		if len(ws) > 1 {
			x.stats.SplitSentences++
		}
		t.records = append(t.records, ws...)
	}
	return t, nil
}

// sentenceRecords returns a record per sentence of d, a sentence that an
// entity runs on into joined to the one before; window is -1 on those that
// the ranges boiler cover wholly.
func sentenceRecords(d *Document, t taggedDoc, boiler []Range) []entityRecord {
	var recs []entityRecord
	next := 0
	for i, s := range d.Sentences() {
		from := next
		for next < len(t.tokens) && t.tokens[next].Start < s.End {
			next++
		}
		if next == from {
			continue
		}
		covered, total := coverage(d.Text, boiler, s)
		window := 0
		if covered == total {
			window = -1
		}
		if n := len(recs); n > 0 && strings.HasPrefix(t.tags[from], "I-") {
			recs[n-1].to = next
			recs[n-1].window = max(recs[n-1].window, window) // kept if either is
			continue
		}
		recs = append(recs, entityRecord{sentence: i, window: window, from: from, to: next})
	}
	if n := len(recs); n > 0 {
		recs[n-1].to = len(t.tokens) // no token follows the last sentence, but be sure
	}
	return recs
}

// tagAt is the tag of the n-th of a record's tokens idx: an I- tag that
// starts the record, or follows a token left out of it, is written B-, so
// that every record is valid IOB2 on its own (an entity a window cuts starts
// the next window with B-).
func (t taggedDoc) tagAt(idx []int, n int) string {
	tag := t.tags[idx[n]]
	if rest, ok := strings.CutPrefix(tag, "I-"); ok && (n == 0 || idx[n-1] != idx[n]-1) {
		return "B-" + rest
	}
	return tag
}

// windows cuts the sentence s into windows of at most size tokens, each
// cut as late as it can be outside an entity; only an entity longer than a
// window is cut (its next window starts with B-: tagAt).
func windows(tags []string, s entityRecord, size int) []entityRecord {
	var ws []entityRecord
	for from := s.from; from < s.to; {
		to := s.to
		if to-from > size {
			to = from + size
			for cut := to; cut > from; cut-- {
				if !strings.HasPrefix(tags[cut], "I-") {
					to = cut
					break
				}
			}
		}
		ws = append(ws, entityRecord{sentence: s.sentence, window: len(ws), from: from, to: to})
		from = to
	}
	return ws
}

// pythonSpace reports whether Python's str.split() splits at r, as the
// CoNLL readers split a line into columns: Unicode white space and the
// separators U+001C to U+001F.
func pythonSpace(r rune) bool { return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f }

// columnWord returns word with each rune bad says a column file cannot hold
// replaced by U+FFFD, counting them in x.
func columnWord(word string, bad func(rune) bool, x *exportState) string {
	if strings.IndexFunc(word, bad) < 0 {
		return word
	}
	return strings.Map(func(r rune) rune {
		if bad(r) {
			x.stats.Replaced++
			return '\uFFFD'
		}
		return r
	}, word)
}

// conllDocStart is the line that opens each document in the CoNLL file:
// the CoNLL-2003 marker in the columns spaCy's converter splits documents at.
const conllDocStart = "-DOCSTART- -X- O O\n\n"

// addCoNLL appends d in the CoNLL-2003 layout: "-DOCSTART- -X- O O" and a
// blank line, then each record's tokens a line, "TOKEN _ _ TAG" (no part of
// speech, no chunk), and a blank line after each record.
func addCoNLL(x *exportState) addFunc {
	return func(b []byte, d *Document) ([]byte, error) {
		t, err := tagDoc(d, x)
		if err != nil {
			return b, err
		}
		b = append(b, conllDocStart...)
		for _, r := range t.records {
			idx := r.tokenIndexes()
			for n, i := range idx {
				b = append(b, columnWord(t.words[i], pythonSpace, x)...)
				b = append(b, " _ _ "...)
				b = append(b, t.tagAt(idx, n)...)
				b = append(b, '\n')
			}
			b = append(b, '\n')
		}
		return b, nil
	}
}

// addWordTags appends each record of d as one line of "word|TAG" pairs,
// separated by spaces, the form spaCy's iob converter reads.
func addWordTags(x *exportState) addFunc {
	bad := func(r rune) bool { return pythonSpace(r) || r == '|' }
	return func(b []byte, d *Document) ([]byte, error) {
		t, err := tagDoc(d, x)
		if err != nil {
			return b, err
		}
		for _, r := range t.records {
			idx := r.tokenIndexes()
			for n, i := range idx {
				if n > 0 {
					b = append(b, ' ')
				}
				b = append(b, columnWord(t.words[i], bad, x)...)
				b = append(b, '|')
				b = append(b, t.tagAt(idx, n)...)
			}
			b = append(b, '\n')
		}
		return b, nil
	}
}

// addHF appends each record of d as a Hugging Face token classification
// record: {"id", "sentence_id", "window", "start", "end", "tokens",
// "ner_tags"}, start and end the code points of its first token's start
// and last token's end; by document, {"id", "tokens", "ner_tags"}.
func addHF(x *exportState) addFunc {
	return func(b []byte, d *Document) ([]byte, error) {
		t, err := tagDoc(d, x)
		if err != nil {
			return b, err
		}
		id := d.ID()
		for _, r := range t.records {
			b = openRecord(b, id)
			idx := r.tokenIndexes()
			if !x.opts.ByDocument {
				b = appendInt(field(b, "sentence_id"), r.sentence)
				b = appendInt(field(b, "window"), r.window)
				start, _ := d.Index().FromByte(t.tokens[idx[0]].Start, CodePoints)
				end, _ := d.Index().FromByte(t.tokens[idx[len(idx)-1]].End, CodePoints)
				b = appendInt(field(b, "start"), start)
				b = appendInt(field(b, "end"), end)
			}
			b = append(field(b, "tokens"), '[')
			for n, i := range idx {
				if n > 0 {
					b = append(b, ',')
				}
				b = appendJSONString(b, t.words[i])
			}
			b = append(b, ']')
			b = append(field(b, "ner_tags"), '[')
			for n := range idx {
				if n > 0 {
					b = append(b, ',')
				}
				b = appendJSONString(b, t.tagAt(idx, n))
			}
			b = append(b, "]}\n"...)
		}
		return b, nil
	}
}
