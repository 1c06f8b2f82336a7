package annotations

import (
	"io"
	"slices"
)

// Format is one kind of file the Exporter writes, as the page offers it.
type Format struct {
	ID   string // what NewExporter takes: "spans", "entities-iob2", ...
	Name string // what a person chooses by
	Ext  string // the file's extension, with its dot
	MIME string // the download's media type
}

// Formats lists every export format, the primary spans JSONL first. Every
// offset they write is in code points, and every span's text is the text
// at its offsets. FORMATS.md describes each file.
var Formats = []Format{
	{"spans", "All spans: spans JSONL (Prodigy, spaCy)", ".jsonl", ndjson},
	{"entities", "Entities: spans JSONL", ".jsonl", ndjson},
	{"entities-iob2", "Entities: CoNLL-2003 IOB2 (spacy convert -c ner)", ".conll", plainText},
	{"entities-hf", "Entities: Hugging Face token classification, JSON Lines (+ labels.json)", ".json", ndjson},
	{"entities-spacy", "Entities: word|TAG sentence lines (spacy convert -c iob)", ".iob", plainText},
	{"claims", "Claims: CLAIM spans with their sentences", ".jsonl", ndjson},
	{"claim-sentences", "Claims: every sentence labelled 1 (claim) or 0", ".jsonl", ndjson},
	{"claims-checkthat", "Claims: CheckThat! 2024 Task 1 TSV (Yes/No)", ".tsv", tsvMIME},
	{"boilerplate-lines", "Boilerplate: lines labelled boilerplate or content", ".jsonl", ndjson},
	{"boilerplate-paragraphs", "Boilerplate: paragraphs labelled boilerplate or content", ".jsonl", ndjson},
	{"clean-text", "Boilerplate: text with all BOILERPLATE removed", ".jsonl", ndjson},
	{"cleaneval", "Boilerplate: CleanEval gold (+ each page's HTML)", ".txt", plainText},
	{"doccano", "doccano JSONL", ".jsonl", ndjson},
	{"labelstudio", "Label Studio tasks (JSON)", ".json", jsonMIME},
	{"w3c", "W3C Web Annotation (JSON-LD, a page a line)", ".jsonl", ndjson},
}

// opener is what opens an encoder of the format whose ID is id, nil for
// none. The table of Formats holds none of them, so that a program that
// only writes the spans JSONL (the page, see SpansFormat) links none of the
// other formats' code.
func opener(id string) func(w io.Writer, x *exportState) encoder {
	if open := spansOpener(id); open != nil {
		return open
	}
	switch id {
	case "entities-iob2":
		return linesWith(addCoNLL)
	case "entities-hf":
		return linesWith(addHF, hfLabels)
	case "entities-spacy":
		return linesWith(addWordTags)
	case "claims":
		return lines(addClaims)
	case "claim-sentences":
		return lines(addClaimSentences)
	case "claims-checkthat":
		return checkThat
	case "boilerplate-lines":
		return lines(addBlocks(lineBlocks))
	case "boilerplate-paragraphs":
		return lines(addBlocks(paragraphBlocks))
	case "clean-text":
		return lines(addClean)
	case "cleaneval":
		return cleanEval
	case "doccano":
		return lines(addDoccano)
	case "labelstudio":
		return jsonArray(addLabelStudio)
	case "w3c":
		return lines(addW3C)
	}
	return nil
}

// spansOpener is opener for the spans JSONL formats only.
func spansOpener(id string) func(w io.Writer, x *exportState) encoder {
	switch id {
	case "spans":
		return spansOnly()
	case "entities":
		return spansOnly(entity)
	}
	return nil
}

// SpansFormat reports whether the format whose ID is id is spans JSONL,
// which NewSpansExporter writes.
func SpansFormat(id string) bool { return spansOpener(id) != nil }

// FileName is the name of the format's file for a dataset called base
// (without extension): "news.jsonl" for the spans, "news.entities-iob2.conll";
// of a split export's part (see Split) "news.train.jsonl".
func (f Format) FileName(base, part string) string {
	if part != "" {
		base += "." + part
	}
	if f.ID == "spans" {
		return base + f.Ext
	}
	return base + "." + f.ID + f.Ext
}

// FormatByID returns the format whose ID is id.
func FormatByID(id string) (Format, bool) {
	i := slices.IndexFunc(Formats, func(f Format) bool { return f.ID == id })
	if i < 0 {
		return Format{}, false
	}
	return Formats[i], true
}
