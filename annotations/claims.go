package annotations

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// The claims dataset: CLAIM spans in the sentences that hold them, and
// every sentence of the text that is not boilerplate labelled 1 or 0.
// Sentence ids index Document.Sentences, so the two files agree.

const (
	claim       = "CLAIM"
	boilerplate = "BOILERPLATE"
)

// addClaims appends one record per CLAIM span: {"id", "start", "end",
// "text", "label", "sentence_ids", "sentence_start", "sentence_end",
// "sentence_text"}. A claim usually lies in one sentence; one that crosses
// into the next lists both, and the sentence fields cover them all.
func addClaims(b []byte, d *Document) ([]byte, error) {
	spans, err := spansOf(d, claim)
	if err != nil {
		return b, err
	}
	id := d.ID()
	sents := d.Sentences()
	for _, s := range spans {
		// A claim holds more than white space, so a sentence at least.
		first, last := overlapped(sents, s.Span)
		b = openRecord(b, id)
		b = appendRange(b, d, Range{s.Start, s.End}, "")
		b = appendJSONString(field(b, "label"), s.Label)
		b = append(field(b, "sentence_ids"), '[')
		for i := first; i <= last; i++ {
			if i > first {
				b = append(b, ',')
			}
			b = appendInt(b, i)
		}
		b = append(b, ']')
		b = appendRange(b, d, Range{sents[first].Start, sents[last].End}, "sentence_")
		b = append(b, "}\n"...)
	}
	return b, nil
}

// addClaimSentences appends one record per sentence that BOILERPLATE does
// not wholly cover: {"id", "sentence_id", "start", "end", "text", "label"},
// label 1 when a CLAIM span overlaps the sentence, else 0.
func addClaimSentences(b []byte, d *Document) ([]byte, error) {
	claims, err := spansOf(d, claim)
	if err != nil {
		return b, err
	}
	boiler, err := spansOf(d, boilerplate)
	if err != nil {
		return b, err
	}
	claimed, removed := cover(claims), cover(boiler)
	id := d.ID()
	for i, r := range d.Sentences() {
		if covered, total := coverage(d.Text, removed, r); covered == total {
			continue
		}
		label := 0
		if touches(claimed, r) {
			label = 1
		}
		b = openRecord(b, id)
		b = appendInt(field(b, "sentence_id"), i)
		b = appendRange(b, d, r, "")
		b = appendInt(field(b, "label"), label)
		b = append(b, "}\n"...)
	}
	return b, nil
}

// rowBreak tells whether r would break a TSV's row: a tab, or a character that
// Python's str.splitlines breaks at and a sentence may hold (vertical tab, form
// feed, U+001C to U+001E).
func rowBreak(r rune) bool { return r == '\t' || r == '\v' || r == '\f' || r >= 0x1c && r <= 0x1e }

// checkThatHead is the header of CheckThat! 2024 Task 1's English files.
const checkThatHead = "Sentence_id\tText\tclass_label\n"

// checkThat opens the CheckThat! 2024 Task 1 TSV: its header, then a row
// per sentence of the claim-sentences file, "Sentence_id TAB Text TAB
// class_label", unquoted as the task's files are, class_label Yes when a
// CLAIM overlaps the sentence, else No.
func checkThat(w io.Writer, x *exportState) encoder {
	return &records{out: w, add: addCheckThat(x), head: checkThatHead}
}

// addCheckThat appends d's rows. Sentence_id is the document's _input_hash
// as an unsigned number, a hyphen and the sentence's index, the same in
// every export of the same text. A tab in the text (it holds no line
// break), and what Python's splitlines takes for one, is written as a space.
func addCheckThat(x *exportState) addFunc {
	return func(b []byte, d *Document) ([]byte, error) {
		claims, err := spansOf(d, claim)
		if err != nil {
			return b, err
		}
		boiler, err := spansOf(x.whole, boilerplate)
		if err != nil {
			return b, err
		}
		claimed, removed := cover(claims), cover(boiler)
		hash := strconv.FormatUint(uint64(uint32(d.InputHash())), 10)
		for i, r := range d.Sentences() {
			if covered, total := coverage(d.Text, removed, r); covered == total {
				continue
			}
			b = append(b, hash...)
			b = append(b, '-')
			b = appendInt(b, i)
			b = append(b, '\t')
			for _, c := range d.Text[r.Start:r.End] {
				if rowBreak(c) {
					x.stats.Replaced++
					c = ' '
				}
				b = utf8.AppendRune(b, c)
			}
			if touches(claimed, r) {
				b = append(b, "\tYes\n"...)
			} else {
				b = append(b, "\tNo\n"...)
			}
		}
		return b, nil
	}
}
