package patterns

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// matchText reads the patterns of jsonl (refusing none), matches them over
// text and returns each match as "LABEL text@start", start in bytes.
func matchText(t *testing.T, jsonl, text, lang string, opts Options) []string {
	t.Helper()
	pats, refused, err := Read(strings.NewReader(jsonl), ReadOptions{})
	if err != nil || len(refused) > 0 {
		t.Fatalf("Read: %v %v", refused, err)
	}
	doc := &annotations.Document{Text: text}
	var got []string
	for _, m := range NewMatcher(pats, opts).Match(text, doc.Tokens(), lang) {
		got = append(got, fmt.Sprintf("%s %s@%d", m.Label, text[m.Start:m.End], m.Start))
	}
	return got
}

// Tokens of news: Kyiv@0 Post@5 said@10 3@15 of@17 12@20 U.S@23 .@26
// firms@28 left@34 .@38 (UAX #29 keeps "U.S" whole, the last dot apart).
const news = "Kyiv Post said 3 of 12 U.S. firms left."

func TestAttributes(t *testing.T) {
	tests := []struct {
		name, pattern, text string
		want                []string
	}{
		{"phrase", `"Kyiv Post"`, news, []string{"L Kyiv Post@0"}},
		{"phrase is exact", `"kyiv post"`, news, nil},
		{"ORTH", `[{"ORTH": "said"}]`, news, []string{"L said@10"}},
		{"TEXT", `[{"TEXT": "U.S"}, {"TEXT": "."}]`, news, []string{"L U.S.@23"}},
		{"LOWER", `[{"LOWER": "kyiv"}, {"LOWER": "post"}]`, news, []string{"L Kyiv Post@0"}},
		{"LENGTH", `[{"LENGTH": 2}]`, news, []string{"L of@17", "L 12@20"}},
		{"LENGTH counts characters", `[{"LENGTH": 6}]`, "Kraków’s", []string{"L Kraków@0"}},
		{"IS_ALPHA", `[{"IS_ALPHA": true}]`, news, []string{"L Kyiv@0", "L Post@5", "L said@10", "L of@17", "L firms@28", "L left@34"}},
		{"IS_ALPHA false", `[{"IS_ALPHA": false}]`, news, []string{"L 3@15", "L 12@20", "L U.S@23", "L .@26", "L .@38"}},
		{"IS_ASCII", `[{"IS_ASCII": false}]`, "in Kraków now", []string{"L Kraków@3"}},
		{"IS_DIGIT", `[{"IS_DIGIT": true}]`, news + " 1,000", []string{"L 3@15", "L 12@20"}},
		{"IS_LOWER", `[{"IS_LOWER": true}]`, news, []string{"L said@10", "L of@17", "L firms@28", "L left@34"}},
		{"IS_UPPER", `[{"IS_UPPER": true}]`, news + " NATO", []string{"L U.S@23", "L NATO@40"}},
		// Python's istitle: "U.S" is title case (each letter after a
		// character without case), "iPhone" and "NATO" are not.
		{"IS_TITLE", `[{"IS_TITLE": true}]`, news + " iPhone NATO Jean-Luc", []string{"L Kyiv@0", "L Post@5", "L U.S@23", "L Jean@52", "L Luc@57"}},
		{"IS_PUNCT", `[{"IS_PUNCT": true}]`, news, []string{"L .@26", "L .@38"}},
		{"IS_PUNCT on symbols", `[{"IS_PUNCT": true}]`, "a + b – c", []string{"L –@6"}},
		{"LIKE_NUM", `[{"LIKE_NUM": true}]`, "3 of 12 or 1,000.5 in 2.5%", []string{"L 3@0", "L 12@5", "L 1,000.5@11", "L 2.5@22"}},
		{"LIKE_URL", `[{"LIKE_URL": true}]`, "see example.com, www.kyivpost.com or node.js, not e.g. or U.S. or 10.0.0.1 but 8.8.8.8",
			[]string{"L example.com@4", "L www.kyivpost.com@17", "L node.js@37", "L 8.8.8.8@79"}},
		{"LIKE_EMAIL, three tokens", `[{"IS_ASCII": true}, {"ORTH": "@"}, {"LIKE_URL": true}]`, "mail jane@example.com", []string{"L jane@example.com@5"}},
		{"SHAPE", `[{"SHAPE": "Xxxx"}]`, news + " Zelenskyy", []string{"L Kyiv@0", "L Post@5"}},
		{"SHAPE cuts runs at 4", `[{"SHAPE": "Xxxxx"}]`, news + " Zelenskyy", []string{"L Zelenskyy@40"}},
		{"SHAPE digits", `[{"SHAPE": "dd"}]`, news, []string{"L 12@20"}},
		{"SHAPE keeps marks", `[{"SHAPE": "X.X"}]`, news, []string{"L U.S@23"}},
		{"{} is any token", `[{"ORTH": "of"}, {}]`, news, []string{"L of 12@17"}},
		{"keys in any case", `[{"lower": {"in": ["kyiv"]}}, {"Text": "Post", "op": "?"}]`, news, []string{"L Kyiv Post@0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := matchText(t, `{"label": "L", "pattern": `+tt.pattern+`}`, tt.text, "", Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s over %q (-want +got):\n%s", tt.pattern, tt.text, diff)
			}
		})
	}
}

// Tokens of abc: a@0 b@2 b@4 b@6 c@8.
const abc = "a b b b c"

func TestOperators(t *testing.T) {
	tests := []struct {
		name, pattern string
		want          []string
	}{
		// All of b+'s matches are found; the longest is kept.
		{"+", `[{"ORTH": "b", "OP": "+"}]`, []string{"L b b b@2"}},
		{"*", `[{"ORTH": "b", "OP": "*"}]`, []string{"L b b b@2"}},
		{"1", `[{"ORTH": "b", "OP": "1"}, {"ORTH": "c"}]`, []string{"L b c@6"}},
		{"* between", `[{"ORTH": "a"}, {"ORTH": "b", "OP": "*"}, {"ORTH": "c"}]`, []string{"L a b b b c@0"}},
		{"* taking none", `[{"ORTH": "a"}, {"ORTH": "x", "OP": "*"}, {"ORTH": "b"}]`, []string{"L a b@0"}},
		{"?", `[{"ORTH": "a"}, {"ORTH": "b", "OP": "?"}]`, []string{"L a b@0"}},
		{"? absent", `[{"ORTH": "b"}, {"ORTH": "x", "OP": "?"}, {"ORTH": "c"}]`, []string{"L b c@6"}},
		// ! takes one token that does not match, never none.
		{"!", `[{"ORTH": "a"}, {"ORTH": "c", "OP": "!"}]`, []string{"L a b@0"}},
		{"! before c", `[{"ORTH": "b"}, {"ORTH": "b", "OP": "!"}]`, []string{"L b c@6"}},
		{"! needs a token", `[{"ORTH": "c"}, {"ORTH": "x", "OP": "!"}]`, nil},
		// b{2} matches tokens 1-2 and 2-3: they overlap, the earliest is kept.
		{"{n}", `[{"ORTH": "b", "OP": "{2}"}]`, []string{"L b b@2"}},
		{"{n} too many", `[{"ORTH": "b", "OP": "{4}"}]`, nil},
		{"{n,m}", `[{"ORTH": "b", "OP": "{2,3}"}]`, []string{"L b b b@2"}},
		{"{n,m} bounded", `[{"ORTH": "a"}, {"ORTH": "b", "OP": "{1,2}"}, {"ORTH": "c"}]`, nil},
		{"{n,}", `[{"ORTH": "a"}, {"ORTH": "b", "OP": "{2,}"}, {"ORTH": "c"}]`, []string{"L a b b b c@0"}},
		// b{,2} matches 1-2, 1-3, 2-3, 2-4, 3-4: 1-3 is kept first, then
		// 3-4 (one token) as it overlaps nothing kept.
		{"{,m}", `[{"ORTH": "b", "OP": "{,2}"}]`, []string{"L b b@2", "L b@6"}},
		{"{0,m} before", `[{"ORTH": "x", "OP": "{0,2}"}, {"ORTH": "c"}]`, []string{"L c@8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := matchText(t, `{"label": "L", "pattern": `+tt.pattern+`}`, abc, "", Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.pattern, diff)
			}
		})
	}
}

func TestPredicates(t *testing.T) {
	tests := []struct {
		name, pattern string
		want          []string
	}{
		{"IN", `[{"LOWER": {"IN": ["post", "firms"]}}]`, []string{"L Post@5", "L firms@28"}},
		{"NOT_IN", `[{"IS_ALPHA": true, "LOWER": {"NOT_IN": ["kyiv", "post", "said"]}}]`, []string{"L of@17", "L firms@28", "L left@34"}},
		{"REGEX anchored", `[{"TEXT": {"REGEX": "^[A-Z]"}}]`, []string{"L Kyiv@0", "L Post@5", "L U.S@23"}},
		{"REGEX searches within", `[{"TEXT": {"REGEX": "ir"}}]`, []string{"L firms@28"}},
		{"REGEX anchored with a prefix", `[{"TEXT": {"REGEX": "^Ky"}}]`, []string{"L Kyiv@0"}},
		{"REGEX anchored in a group", `[{"TEXT": {"REGEX": "(^P)o"}}]`, []string{"L Post@5"}},
		{"REGEX multi-line anchor", `[{"TEXT": {"REGEX": "(?m)^f"}}]`, []string{"L firms@28"}},
		{"REGEX anchored on one side", `[{"TEXT": {"REGEX": "^Po|ms$"}}]`, []string{"L Post@5", "L firms@28"}},
		{"REGEX on LOWER", `[{"LOWER": {"REGEX": "^k"}}]`, []string{"L Kyiv@0"}},
		{"REGEX on SHAPE", `[{"SHAPE": {"REGEX": "^d+$"}}]`, []string{"L 3@15", "L 12@20"}},
		{">=", `[{"LENGTH": {">=": 5}}]`, []string{"L firms@28"}},
		{">", `[{"LENGTH": {">": 3}}]`, []string{"L Kyiv@0", "L Post@5", "L said@10", "L firms@28", "L left@34"}},
		{"<", `[{"LENGTH": {"<": 2}}]`, []string{"L 3@15", "L .@26", "L .@38"}},
		{"<=", `[{"LENGTH": {"<=": 1}}]`, []string{"L 3@15", "L .@26", "L .@38"}},
		{"==", `[{"LENGTH": {"==": 3}}]`, []string{"L U.S@23"}},
		{"!= with others", `[{"LENGTH": {">=": 2, "<=": 3, "!=": 2}}]`, []string{"L U.S@23"}},
		{"LENGTH IN", `[{"LENGTH": {"IN": [3, 5]}}]`, []string{"L U.S@23", "L firms@28"}},
		{"LENGTH NOT_IN", `[{"LENGTH": {"NOT_IN": [1, 2, 4]}}]`, []string{"L U.S@23", "L firms@28"}},
		{"predicates in any case", `[{"lower": {"not_in": ["kyiv"], "regex": "^[kp]"}}]`, []string{"L Post@5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := matchText(t, `{"label": "L", "pattern": `+tt.pattern+`}`, news, "", Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.pattern, diff)
			}
		})
	}
}

func TestOverlapsAndProvenance(t *testing.T) {
	jsonl := strings.Join([]string{
		`{"label": "ORG", "pattern": "Kyiv"}`,
		`{"label": "ORG", "pattern": "Kyiv Post", "id": "kp"}`,
		`{"label": "LOC", "pattern": "Kyiv"}`,
		`{"label": "CLAIM", "pattern": "Post said"}`,
		`{"label": "CLAIM", "pattern": "said 3"}`,
		``,
		`{"label": "NUM", "pattern": [{"IS_DIGIT": true}]}`,
		`{"label": "NUM", "pattern": [{"LENGTH": 2}], "id": 12}`,
	}, "\n")
	pats, refused, err := Read(strings.NewReader(jsonl), ReadOptions{})
	if err != nil || refused != nil {
		t.Fatal(refused, err)
	}
	doc := &annotations.Document{Text: news}
	got := NewMatcher(pats, Options{}).Match(news, doc.Tokens(), "")
	// ORG: "Kyiv Post" is longer than "Kyiv". LOC's Kyiv overlaps another
	// label's span only. CLAIM: "Post said" and "said 3" are as long,
	// the earliest is kept. NUM: 12 is matched by lines 7 and 8, line 7
	// first; "of" by line 8 alone.
	want := []Match{
		{0, 4, "LOC", "3", 3, "3"},
		{0, 9, "ORG", "kp", 2, `"kp"`},
		{5, 14, "CLAIM", "4", 4, "4"},
		{15, 16, "NUM", "7", 7, "7"},
		{17, 19, "NUM", "12", 8, "12"},
		{20, 22, "NUM", "7", 7, "7"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var reasons []string
	for _, m := range got {
		g := m.Suggestion()
		if g.Span != (annotations.Span{Start: m.Start, End: m.End, Label: m.Label}) {
			t.Errorf("%+v: suggestion of %v", m, g.Span)
		}
		reasons = append(reasons, fmt.Sprintf("%s %s %s", g.Reasons[0].From, g.Reasons[0].Text, g.Reasons[0].Pattern))
	}
	wantReasons := []string{
		"pattern pattern line 3 3", `pattern pattern line 2 (id kp) "kp"`, "pattern pattern line 4 4",
		"pattern pattern line 7 7", "pattern pattern line 8 (id 12) 12", "pattern pattern line 7 7",
	}
	if diff := cmp.Diff(wantReasons, reasons); diff != "" {
		t.Errorf("reasons (-want +got):\n%s", diff)
	}
}

func TestPhrases(t *testing.T) {
	tests := []struct {
		name, jsonl, text string
		opts              Options
		want              []string
	}{
		{"LOWER option", `{"label": "L", "pattern": "kyiv POST"}`, news, Options{Lower: true}, []string{"L Kyiv Post@0"}},
		{"whole tokens only", `{"label": "L", "pattern": "Kyiv"}`, "Kyivstar Kyiv’s", Options{}, []string{"L Kyiv@9"}},
		{"clitics split as in the text", `{"label": "L", "pattern": "Russia's"}`, "Russia's army", Options{}, []string{"L Russia's@0"}},
		{"white space between tokens ignored", `{"label": "L", "pattern": "Kyiv  Post"}`, "Kyiv Post", Options{}, []string{"L Kyiv Post@0"}},
		{"never across a line", `{"label": "L", "pattern": "Kyiv Post"}`, "Kyiv\nPost Kyiv Post", Options{}, []string{"L Kyiv Post@10"}},
		{"token pattern never across a line", `{"label": "L", "pattern": [{"IS_TITLE": true, "OP": "+"}]}`, "Kyiv\r\nPost", Options{}, []string{"L Kyiv@0", "L Post@6"}},
		{"one token at the end", `{"label": "L", "pattern": "left ."}`, news, Options{}, []string{"L left.@34"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, matchText(t, tt.jsonl, tt.text, "", tt.opts)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// Matching a document line by line gives what matching it whole gives.
func TestMatchByLines(t *testing.T) {
	text := "Kyiv Post\nsaid Kyiv\r\n\nPost Kyiv Post"
	pats, _, _ := Read(strings.NewReader(`{"label": "L", "pattern": [{"IS_TITLE": true, "OP": "+"}]}`), ReadOptions{})
	m := NewMatcher(pats, Options{})
	doc := &annotations.Document{Text: text}
	toks := doc.Tokens()
	whole := m.Match(text, toks, "")
	var byLine []Match
	for _, l := range doc.Lines() {
		var line []annotations.Token
		for _, t := range toks {
			if l.Start <= t.Start && t.End <= l.End {
				line = append(line, t)
			}
		}
		byLine = append(byLine, m.Match(text, line, "")...)
	}
	want := []Match{{0, 9, "L", "1", 1, "1"}, {15, 19, "L", "1", 1, "1"}, {22, 36, "L", "1", 1, "1"}}
	if diff := cmp.Diff(want, whole); diff != "" {
		t.Errorf("whole (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, byLine); diff != "" {
		t.Errorf("by line (-want +got):\n%s", diff)
	}
}

// Every match of a pattern competes, not only its longest from a token:
// "a b b b" (a b*) loses to the longer "b b b c d", and "a" alone, the
// longest a b* match that overlaps nothing kept, takes its place, as
// spaCy's filter_spans over all of a Matcher's matches gives.
func TestShorterMatchTakesItsPlace(t *testing.T) {
	jsonl := `{"label": "L", "pattern": [{"ORTH": "a"}, {"ORTH": "b", "OP": "*"}]}
{"label": "L", "pattern": "b b b c d"}`
	got := matchText(t, jsonl, "a b b b c d", "", Options{})
	if diff := cmp.Diff([]string{"L a@0", "L b b b c d@2"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// IS_STOP and LIKE_NUM's number words are those of the document's
// language (stopwords-iso, spaCy's number words).
func TestLanguageAttributes(t *testing.T) {
	const en, de = "The two firms left Kyiv.", "Die zwei Firmen und Kyiv."
	tests := []struct {
		name, pattern, text, lang string
		want                      []string
	}{
		{"IS_STOP en", `[{"IS_STOP": true}]`, en, "en", []string{"L The@0", "L two@4"}},
		{"IS_STOP de", `[{"IS_STOP": true}]`, de, "de", []string{"L Die@0", "L zwei@4", "L und@16"}},
		{"IS_STOP of another language", `[{"IS_STOP": true}]`, de, "en", nil},
		{"IS_STOP unknown language", `[{"IS_STOP": true}]`, en, "", nil},
		{"LIKE_NUM words en", `[{"LIKE_NUM": true}]`, en + " 3rd", "en", []string{"L two@4", "L 3rd@25"}},
		{"LIKE_NUM words fr", `[{"LIKE_NUM": true}]`, "Les deux firmes et Kyiv.", "fr", []string{"L deux@4"}},
		{"LIKE_NUM no words in de, as in spaCy", `[{"LIKE_NUM": true}]`, de, "de", nil},
		{"LIKE_NUM digits in any language", `[{"LIKE_NUM": true}]`, "1,5 und -3", "", []string{"L 1,5@0", "L 3@9"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := matchText(t, `{"label": "L", "pattern": `+tt.pattern+`}`, tt.text, tt.lang, Options{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
