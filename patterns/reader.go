package patterns

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"spantag/annotations"
)

// Pattern is one usable line of a patterns file.
type Pattern struct {
	Line   int    // its line number, from 1
	Label  string // the dataset's label it gives (after ReadOptions.LabelMap)
	ID     string // its "id", or ""
	Phrase string // a phrase pattern's text; "" for a token pattern
	idJSON string // "id" as written, a JSON string or number
	words  []string
	steps  []step
	fixed  bool // every step takes one token: no automaton needed
}

// ReadOptions say how a patterns file's labels map onto the dataset's.
type ReadOptions struct {
	// Labels are the dataset's labels; a pattern whose label is not one
	// (after LabelMap) is refused. None: every label is taken as it is.
	Labels []string
	// LabelMap maps a patterns file's label onto a dataset's label, e.g.
	// "ORG" and "PERSON" onto "ENTITY".
	LabelMap map[string]string
}

// Read reads a patterns file: JSONL, one {"label", "pattern", "id"?}
// object a line (keys in either case), blank lines skipped. "pattern" is
// a string (a phrase, matched token by token) or a list of token objects
// (see spec.go). Each line that cannot be used is refused, a LineError
// saying why; the others are returned. The error is only for r failing.
func Read(r io.Reader, opts ReadOptions) ([]Pattern, []*annotations.LineError, error) {
	in := bufio.NewReaderSize(r, 64<<10)
	var pats []Pattern
	var refused []*annotations.LineError
	for line := 1; ; line++ {
		raw, err := in.ReadBytes('\n')
		if len(raw) > 0 {
			raw = bytes.TrimPrefix(raw, []byte("\ufeff")) // a file's start, also of one joined onto another
			if p, ok, perr := parseLine(raw, line, opts); perr != nil {
				refused = append(refused, &annotations.LineError{Line: line, Err: perr})
			} else if ok {
				pats = append(pats, p)
			}
		}
		if err == io.EOF {
			return pats, refused, nil
		} else if err != nil {
			return pats, refused, fmt.Errorf("line %d: %w", line, err)
		}
	}
}

// parseLine reads one line; ok is false for a blank line.
func parseLine(raw []byte, line int, opts ReadOptions) (p Pattern, ok bool, err error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return p, false, nil
	}
	if !utf8.Valid(raw) {
		return p, false, errors.New("not valid UTF-8")
	}
	fields, err := foldedObject(raw, "a pattern line must be a JSON object")
	if err != nil {
		return p, false, err
	}
	p.Line = line
	if p.Label, err = label(fields["LABEL"], opts); err != nil {
		return p, false, err
	}
	if p.ID, p.idJSON, err = patternID(fields["ID"]); err != nil {
		return p, false, err
	}
	return p, true, p.parsePattern(fields["PATTERN"])
}

func label(raw json.RawMessage, opts ReadOptions) (string, error) {
	var name string
	if raw == nil {
		return "", errors.New(`no "label"`)
	}
	if json.Unmarshal(raw, &name) != nil || strings.TrimSpace(name) == "" {
		return "", fmt.Errorf(`"label" %s is not a name`, short(raw))
	}
	to := name
	if mapped, ok := opts.LabelMap[name]; ok {
		to = mapped
	}
	if len(opts.Labels) == 0 {
		return to, nil
	}
	for _, l := range opts.Labels {
		if l == to {
			return to, nil
		}
	}
	if to != name {
		return "", fmt.Errorf("label %q, mapped to %q, is not one of the dataset's labels (%s)", name, to, strings.Join(opts.Labels, ", "))
	}
	return "", fmt.Errorf("label %q is not one of the dataset's labels (%s)", name, strings.Join(opts.Labels, ", "))
}

// patternID reads "id": a string, or a number taken as written; value is
// its JSON.
func patternID(raw json.RawMessage) (id, value string, err error) {
	if raw == nil || string(raw) == "null" {
		return "", "", nil
	}
	if json.Unmarshal(raw, &id) == nil && id != "" {
		return id, string(raw), nil
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), n.String(), nil
	}
	return "", "", fmt.Errorf(`"id" %s is not a string or a number`, short(raw))
}

func (p *Pattern) parsePattern(raw json.RawMessage) error {
	if raw == nil {
		return errors.New(`no "pattern"`)
	}
	if json.Unmarshal(raw, &p.Phrase) == nil {
		return p.parsePhrase()
	}
	var objs []json.RawMessage
	if json.Unmarshal(raw, &objs) != nil {
		return fmt.Errorf(`"pattern" %s is not a string or a list of token objects`, short(raw))
	}
	if len(objs) == 0 {
		return errors.New(`"pattern" is an empty list`)
	}
	size := 0
	p.fixed = true
	for i, obj := range objs {
		s, err := parseStep(obj)
		if err != nil {
			return fmt.Errorf("token %d: %w", i+1, err)
		}
		size += max(s.min, s.max)
		p.fixed = p.fixed && s.min == 1 && s.max == 1
		p.steps = append(p.steps, s)
	}
	if size > maxRepeat {
		return fmt.Errorf("the pattern's token counts add up to more than %d", maxRepeat)
	}
	return nil
}

// parsePhrase cuts the phrase into spantag's tokens.
func (p *Pattern) parsePhrase() error {
	if strings.ContainsAny(p.Phrase, lineBreaks) {
		return errors.New("the phrase holds a line break, and matches never cross one")
	}
	if p.words = words(p.Phrase); len(p.words) == 0 {
		return errors.New("the phrase has no token")
	}
	return nil
}

// id is what a match of the pattern says it came from: its id, else its
// line number.
func (p *Pattern) id() string {
	if p.ID != "" {
		return p.ID
	}
	return strconv.Itoa(p.Line)
}

// idValue is id as a JSON value: a string or a number, as written.
func (p *Pattern) idValue() string {
	if p.idJSON != "" {
		return p.idJSON
	}
	return strconv.Itoa(p.Line)
}
