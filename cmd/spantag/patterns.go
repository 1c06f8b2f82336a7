package main

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"spantag/annotations"
	"spantag/lang"
	"spantag/patterns"
)

var patternsCommand = command{
	name: "patterns",
	args: "-patterns PATTERNS.jsonl FILE...",
	doc: `Apply a patterns file to documents, as suggestions or as spans.
The patterns file is Prodigy's and spaCy EntityRuler's JSONL, one
{"label", "pattern", "id"?} a line, "pattern" a phrase or a list of
token objects (README.md: how to write a patterns file), its label one
of -labels or mapped onto one by -map. A pattern line that cannot be
used is named with its line and why; the others apply.
Patterns match spantag's own tokens, never across a line break; of
overlapping matches of one label, the longest is kept, then the earliest.
Each document is written as spans JSONL with its matches under
"_suggestions" (start and end in code points, label, text, and the
reasons, naming the pattern), never as spans; with -spans, as spans
carrying "pattern" (the pattern's "id", else its line number), each merged
with the spans of its label it overlaps. A match that a span of its label
holds already is left out. IS_STOP and LIKE_NUM's number words are those
of each document's language, told by its stop words (or -lang). It holds
one document at a time.
`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		var p patternsFlags
		p.read.add(fs, true)
		fs.StringVar(&p.patterns, "patterns", "", "the patterns file, JSONL (required)")
		fs.BoolVar(&p.spans, "spans", false, `add the matches as spans carrying "pattern", not as suggestions`)
		fs.BoolVar(&p.lower, "lower", false, "match phrase patterns in any case (on LOWER), not on the exact text")
		fs.StringVar(&p.labelMap, "map", "", "map the patterns' labels onto -labels, e.g. ORG=ENTITY,PERSON=ENTITY")
		fs.StringVar(&p.lang, "lang", "", "the documents' language for IS_STOP and LIKE_NUM, an ISO 639-1 code\n(default: each document's, told by its stop words)")
		fs.StringVar(&p.out, "o", "-", "the file to write, - for standard output")
		return p.run
	},
}

type patternsFlags struct {
	read                          readFlags
	patterns, labelMap, lang, out string
	spans, lower                  bool
}

func (p *patternsFlags) check(files []string, labels annotations.LabelSet) (map[string]string, error) {
	switch {
	case p.patterns == "":
		return nil, badUsage("no -patterns file")
	case len(files) == 0:
		return nil, badUsage("no file to apply the patterns to (give - for standard input)")
	case p.lang != "" && !slices.Contains(lang.Languages(), p.lang):
		return nil, badUsage("-lang: no stop words for %q (spantag has %s)", p.lang, strings.Join(lang.Languages(), ", "))
	}
	for _, f := range files {
		if f == "-" && p.patterns == "-" {
			return nil, badUsage("-patterns - and the file - would both read standard input")
		}
	}
	m := map[string]string{}
	for pair := range strings.SplitSeq(p.labelMap, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		from, to, ok := strings.Cut(pair, "=")
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		if !ok || from == "" || !labels.Has(to) {
			return nil, badUsage("-map: %q is not PATTERN_LABEL=LABEL with LABEL one of -labels", pair)
		}
		m[from] = to
	}
	return m, nil
}

func (p *patternsFlags) run(e *env, files []string) error {
	labels, err := p.read.labelSet()
	if err != nil {
		return err
	}
	labelMap, err := p.check(files, labels)
	if err != nil {
		return err
	}
	e.inputs = append(e.inputs, p.patterns) // -o must not overwrite it
	m, err := p.matcher(e, labels, labelMap)
	if err != nil {
		return err
	}
	return e.rewrite(files, p.read, p.out, !p.spans, func(d *annotations.Document) error { return p.apply(m, d) })
}

// matcher reads the patterns file, naming each line refused.
func (p *patternsFlags) matcher(e *env, labels annotations.LabelSet, labelMap map[string]string) (*patterns.Matcher, error) {
	in, err := e.open(p.patterns)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	pats, refused, err := patterns.Read(in, patterns.ReadOptions{Labels: labels.Names(), LabelMap: labelMap})
	for _, r := range refused {
		e.refuse(p.patterns, r)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(p.patterns), err)
	}
	if len(pats) == 0 {
		e.note(p.patterns, "no pattern to apply")
	}
	return patterns.NewMatcher(pats, patterns.Options{Lower: p.lower}), nil
}

// apply suggests the matches of m in d, and accepts them with -spans.
func (p *patternsFlags) apply(m *patterns.Matcher, d *annotations.Document) error {
	code := p.lang
	if code == "" {
		code, _ = lang.Detect(d.Text)
	}
	var list []annotations.Suggestion
	for _, match := range m.Match(d.Text, d.Tokens(), code) {
		list = append(list, match.Suggestion())
	}
	return offer(d, list, p.spans)
}

// offer adds list to d's suggestions, and accepts them all when asSpans.
func offer(d *annotations.Document, list []annotations.Suggestion, asSpans bool) error {
	if err := d.Apply(d.Suggest(list)); err != nil {
		return err
	}
	if !asSpans {
		return nil
	}
	accept, err := d.AcceptAll("")
	if err != nil {
		return fmt.Errorf("accepting the suggestions: %w", err)
	}
	return d.Apply(accept)
}
