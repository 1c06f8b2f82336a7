package patterns

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strconv"
	"strings"
)

// step is one token object of a token pattern: the tests a token must
// pass (all of them; none for {}), negated by "!", and how many tokens in
// a row it takes (min to max, max < 0 for no limit).
type step struct {
	tests    []test
	negate   bool
	min, max int
	// keys, when not nil, are the only texts (attr's value) a token it
	// takes can have: the matcher indexes patterns by them.
	keys    []string
	keyAttr textAttr
	// sig is the same for steps written alike, so that the matcher tests
	// a token once for every pattern that starts with the same step.
	sig string
}

// test is one attribute's condition on a token.
type test func(v *tokenView) bool

// matches reports whether the token passes the step's tests.
func (s *step) matches(v *tokenView) bool {
	for _, t := range s.tests {
		if !t(v) {
			return s.negate
		}
	}
	return !s.negate
}

// maxRepeat bounds {n}, {n,m} and {n,}, and what the counts of a
// pattern's steps add up to: no pattern needs more, and the automaton's
// work from each token grows with it (nfa.go).
const maxRepeat = 100

// parserAttrs need a tagger, parser or spaCy's own objects.
var parserAttrs = map[string]string{
	"POS": "a tagger", "TAG": "a tagger", "MORPH": "a tagger", "LEMMA": "a lemmatizer",
	"DEP": "a parser", "HEAD": "a parser", "SENT_START": "a parser", "IS_SENT_START": "a parser",
	"ENT_TYPE": "a named entity recognizer", "ENT_IOB": "a named entity recognizer",
	"ENT_ID": "a named entity recognizer", "ENT_KB_ID": "an entity linker", "_": "spaCy's custom attributes",
}

// parseStep reads one token object of a token pattern.
func parseStep(raw json.RawMessage) (step, error) {
	fields, err := foldedObject(raw, "a token must be a JSON object")
	if err != nil {
		return step{}, err
	}
	s := step{min: 1, max: 1}
	for _, key := range sortedKeys(fields) {
		value := fields[key]
		if key == "OP" {
			err = s.parseOp(value)
		} else {
			err = s.parseAttr(key, value)
		}
		if err != nil {
			return step{}, err
		}
	}
	if s.negate {
		s.keys = nil // a negated step takes any other text
	}
	sig, _ := json.Marshal(fields) // in key order, the values as written
	s.sig = string(sig)
	return s, nil
}

func (s *step) parseOp(raw json.RawMessage) error {
	var op string
	if json.Unmarshal(raw, &op) != nil {
		return fmt.Errorf("OP %s is not a string", raw)
	}
	switch op {
	case "1": // the default, spelled out
	case "!":
		s.negate = true
	case "?":
		s.min = 0
	case "+":
		s.max = -1
	case "*":
		s.min, s.max = 0, -1
	default:
		min, max, err := parseRepeat(op)
		if err != nil {
			return err
		}
		s.min, s.max = min, max
	}
	return nil
}

// parseRepeat reads "{n}", "{n,m}", "{n,}" and "{,m}".
func parseRepeat(op string) (min, max int, err error) {
	bad := fmt.Errorf(`OP %q is not one of ! ? + * 1 {n} {n,m} {n,} {,m}`, op)
	inner, ok := strings.CutPrefix(op, "{")
	if inner, ok = strings.CutSuffix(inner, "}"); !ok || inner == "" {
		return 0, 0, bad
	}
	lo, hi, comma := strings.Cut(inner, ",")
	number := func(s string, empty int) (int, bool) {
		if s == "" {
			return empty, true
		}
		n, err := strconv.Atoi(s)
		return n, err == nil && n >= 0 && s[0] != '+' && s[0] != '-'
	}
	min, okLo := number(lo, 0)
	max, okHi := number(hi, -1)
	if !comma {
		max = min
	}
	switch {
	case !okLo || !okHi || lo == "" && hi == "":
		return 0, 0, bad
	case max == 0:
		return 0, 0, fmt.Errorf("OP %q takes no token", op)
	case max >= 0 && max < min:
		return 0, 0, fmt.Errorf("OP %q: %d is more than %d", op, min, max)
	case min > maxRepeat || max > maxRepeat:
		return 0, 0, fmt.Errorf("OP %q: more than %d tokens", op, maxRepeat)
	}
	return min, max, nil
}

// parseAttr adds the test of one attribute.
func (s *step) parseAttr(key string, raw json.RawMessage) error {
	if ta, ok := textAttrs[key]; ok {
		return s.parseText(key, ta, raw)
	}
	if ba, ok := boolAttrs[key]; ok {
		var want bool
		if json.Unmarshal(raw, &want) != nil {
			return fmt.Errorf("%s takes true or false, not %s", key, raw)
		}
		s.tests = append(s.tests, func(v *tokenView) bool { return v.flag(ba) == want })
		return nil
	}
	if key == "LENGTH" {
		t, err := parseLength(raw)
		s.tests = append(s.tests, t)
		return err
	}
	if what, ok := parserAttrs[key]; ok {
		return fmt.Errorf("%s needs %s, which spantag does not have", key, what)
	}
	return fmt.Errorf("attribute %q is not supported (spantag has %s)", key, supportedAttrs())
}

func supportedAttrs() string {
	names := []string{"LENGTH"}
	for k := range textAttrs {
		names = append(names, k)
	}
	for k := range boolAttrs {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// parseText adds the test of ORTH, TEXT, LOWER or SHAPE: a string, or
// IN, NOT_IN or REGEX.
func (s *step) parseText(key string, attr textAttr, raw json.RawMessage) error {
	var value string
	if json.Unmarshal(raw, &value) == nil {
		if err := checkLower(key, value); err != nil {
			return err
		}
		s.addKeys(attr, []string{value})
		s.tests = append(s.tests, func(v *tokenView) bool { return v.text(attr) == value })
		return nil
	}
	preds, err := foldedObject(raw, key+" takes a string or an object of IN, NOT_IN, REGEX")
	if err != nil {
		return err
	}
	for _, name := range sortedKeys(preds) {
		t, err := s.textPredicate(key, attr, name, preds[name])
		if err != nil {
			return err
		}
		s.tests = append(s.tests, t)
	}
	return nil
}

func (s *step) textPredicate(key string, attr textAttr, name string, raw json.RawMessage) (test, error) {
	switch name {
	case "IN", "NOT_IN":
		var list []string
		if json.Unmarshal(raw, &list) != nil {
			return nil, fmt.Errorf("%s %s takes a list of strings, not %s", key, name, raw)
		}
		set := map[string]bool{}
		for _, w := range list {
			if err := checkLower(key, w); err != nil {
				return nil, err
			}
			set[w] = true
		}
		in := name == "IN"
		if in {
			s.addKeys(attr, list)
		}
		return func(v *tokenView) bool { return set[v.text(attr)] == in }, nil
	case "REGEX":
		var expr string
		if json.Unmarshal(raw, &expr) != nil {
			return nil, fmt.Errorf("%s REGEX takes a string, not %s", key, raw)
		}
		re, err := compileRegex(expr)
		if err != nil {
			return nil, fmt.Errorf("%s REGEX %q: %v", key, expr, err)
		}
		// Every match begins with the literal prefix: a token without it
		// (at its start, for an expression anchored there) is passed over
		// without running the expression.
		prefix, _ := re.LiteralPrefix()
		has := strings.Contains
		if anchored(expr) {
			has = strings.HasPrefix
		}
		return func(v *tokenView) bool {
			s := v.text(attr)
			return has(s, prefix) && re.MatchString(s)
		}, nil
	}
	return nil, fmt.Errorf("%s: %q is not IN, NOT_IN or REGEX", key, name)
}

// checkLower refuses a LOWER value with capitals, which no token's lower
// case form can equal.
func checkLower(key, value string) error {
	if key == "LOWER" && strings.ToLower(value) != value {
		return fmt.Errorf("LOWER %q has capitals, so it never matches; write it in lower case", value)
	}
	return nil
}

// addKeys narrows the texts the step's token can have; an attribute that
// is not the one already indexed narrows nothing the index can use.
func (s *step) addKeys(attr textAttr, keys []string) {
	if attr != attrOrth && attr != attrLower || s.keys != nil && s.keyAttr != attr {
		return
	}
	s.keys, s.keyAttr = keys, attr
}

// compileRegex compiles a REGEX predicate with Go's RE2, saying plainly
// what Python's re has that RE2 lacks.
func compileRegex(expr string) (*regexp.Regexp, error) {
	re, err := regexp.Compile(expr)
	if err == nil {
		return re, nil
	}
	for _, look := range []string{"(?=", "(?!", "(?<=", "(?<!"} {
		if strings.Contains(expr, look) {
			return nil, errors.New("lookahead and lookbehind are not supported (Go's RE2 syntax)")
		}
	}
	if backref.MatchString(expr) || strings.Contains(expr, "(?P=") {
		return nil, errors.New("backreferences are not supported (Go's RE2 syntax)")
	}
	return nil, err
}

var backref = regexp.MustCompile(`\\[1-9]`)

// anchored reports whether every match of expr starts at the start of the
// text (a token holds no line break, so ^ in multi-line mode counts too).
func anchored(expr string) bool {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return false
	}
	for re.Op == syntax.OpConcat && len(re.Sub) > 0 || re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re.Op == syntax.OpBeginText || re.Op == syntax.OpBeginLine
}

// parseLength reads LENGTH's value: a number, or an object of IN, NOT_IN
// and the comparisons ==, !=, >=, <=, >, <, all of which must hold.
func parseLength(raw json.RawMessage) (test, error) {
	var n int
	if json.Unmarshal(raw, &n) == nil {
		return func(v *tokenView) bool { return v.length() == n }, nil
	}
	preds, err := foldedObject(raw, "LENGTH takes a whole number or an object of IN, NOT_IN, ==, !=, >=, <=, >, <")
	if err != nil {
		return nil, err
	}
	var tests []func(int) bool
	for _, name := range sortedKeys(preds) {
		t, err := lengthPredicate(name, preds[name])
		if err != nil {
			return nil, err
		}
		tests = append(tests, t)
	}
	return func(v *tokenView) bool {
		n := v.length()
		for _, t := range tests {
			if !t(n) {
				return false
			}
		}
		return true
	}, nil
}

func lengthPredicate(name string, raw json.RawMessage) (func(int) bool, error) {
	if name == "IN" || name == "NOT_IN" {
		var list []int
		if json.Unmarshal(raw, &list) != nil {
			return nil, fmt.Errorf("LENGTH %s takes a list of whole numbers, not %s", name, raw)
		}
		in := name == "IN"
		return func(n int) bool {
			for _, m := range list {
				if n == m {
					return in
				}
			}
			return !in
		}, nil
	}
	var m int
	if json.Unmarshal(raw, &m) != nil {
		return nil, fmt.Errorf("LENGTH %s takes a whole number, not %s", name, raw)
	}
	compare := map[string]func(int) bool{
		"==": func(n int) bool { return n == m }, "!=": func(n int) bool { return n != m },
		">=": func(n int) bool { return n >= m }, "<=": func(n int) bool { return n <= m },
		">": func(n int) bool { return n > m }, "<": func(n int) bool { return n < m },
	}[name]
	if compare == nil {
		return nil, fmt.Errorf("LENGTH: %q is not IN, NOT_IN, ==, !=, >=, <=, > or <", name)
	}
	return compare, nil
}

// foldedObject reads a JSON object whose keys are taken in either case
// (upper case), refusing a key given twice; need says what raw must be.
func foldedObject(raw json.RawMessage, need string) (map[string]json.RawMessage, error) {
	var obj map[string]json.RawMessage
	var syntax *json.SyntaxError
	if err := json.Unmarshal(raw, &obj); errors.As(err, &syntax) {
		return nil, fmt.Errorf(`not JSON: it breaks at character %d of “%s”; a line is an object such as {"label": "ORG", "pattern": "Acme"}`, syntax.Offset, short(raw))
	} else if err != nil || obj == nil {
		return nil, fmt.Errorf("%s, not %s", need, short(raw))
	}
	folded := make(map[string]json.RawMessage, len(obj))
	for k, v := range obj {
		up := strings.ToUpper(k)
		if _, twice := folded[up]; twice {
			return nil, fmt.Errorf("%q is given twice (keys are taken in either case)", up)
		}
		folded[up] = v
	}
	return folded, nil
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// short is raw JSON cut for a message.
func short(raw json.RawMessage) string {
	if s := []rune(string(raw)); len(s) > 40 {
		return string(s[:37]) + "..."
	}
	return string(raw)
}
