package patterns

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Every line that cannot be used is refused with its number and reason;
// the others are read.
func TestReadRefusesLines(t *testing.T) {
	lines := []string{
		`{"label": "ENTITY", "pattern": "Kyiv Post", "id": "kp"}`, // 1 ok
		`not json`,                            // 2
		``,                                    // 3 blank: skipped
		`{"label": "ENTITY"}`,                 // 4
		`{"pattern": "Kyiv"}`,                 // 5
		`{"label": "ORG", "pattern": "Kyiv"}`, // 6 mapped: ok
		`{"label": "PERSON", "pattern": "Zelensky"}`,                                // 7 unknown
		`{"label": "ENTITY", "pattern": [{"POS": "PROPN"}]}`,                        // 8
		`{"label": "ENTITY", "pattern": [{"lemma": "say"}]}`,                        // 9
		`{"label": "ENTITY", "pattern": [{"NORM": "x"}]}`,                           // 10
		`{"label": "ENTITY", "pattern": [{"TEXT": {"REGEX": "(?<=a)b"}}]}`,          // 11
		`{"label": "ENTITY", "pattern": [{"TEXT": {"REGEX": "(a)\\1"}}]}`,           // 12
		`{"label": "ENTITY", "pattern": [{"TEXT": {"REGEX": "[a"}}]}`,               // 13
		`{"label": "ENTITY", "pattern": [{"ORTH": "a", "OP": "#"}]}`,                // 14
		`{"label": "ENTITY", "pattern": [{"ORTH": "a", "OP": "{3,1}"}]}`,            // 15
		`{"label": "ENTITY", "pattern": [{"ORTH": "a", "OP": "{0}"}]}`,              // 16
		`{"label": "ENTITY", "pattern": [{"ORTH": "a", "OP": "{2000}"}]}`,           // 17
		`{"label": "ENTITY", "pattern": []}`,                                        // 18
		`{"label": "ENTITY", "pattern": ""}`,                                        // 19
		`{"label": "ENTITY", "pattern": "Kyiv\nPost"}`,                              // 20
		`{"label": "ENTITY", "pattern": [{"IS_ALPHA": "yes"}]}`,                     // 21
		`{"label": "ENTITY", "pattern": [{"LENGTH": {"~": 3}}]}`,                    // 22
		`{"label": "ENTITY", "pattern": [{"LENGTH": "3"}]}`,                         // 23
		`{"label": "ENTITY", "pattern": [{"LOWER": "Kyiv"}]}`,                       // 24
		`{"label": "ENTITY", "pattern": [{"lower": "kyiv", "LOWER": "x"}]}`,         // 25
		`{"label": "ENTITY", "pattern": [{"ORTH": {"FUZZY": "kyiv"}}]}`,             // 26
		`{"label": "ENTITY", "pattern": ["Kyiv"]}`,                                  // 27
		`{"label": "ENTITY", "pattern": [{"ORTH": {"IN": "Kyiv"}}]}`,                // 28
		`{"label": "ENTITY", "pattern": 3}`,                                         // 29
		`{"label": "", "pattern": "x"}`,                                             // 30
		`{"label": "ENTITY", "pattern": "x", "id": [1]}`,                            // 31
		`[{"label": "ENTITY", "pattern": "x"}]`,                                     // 32
		`{"LABEL": "CLAIM", "Pattern": [{"LENGTH": {">": 3}, "op": "+"}], "ID": 7}`, // 33 ok
		`{"label": "ENTITY", "pattern": [{"OP": "{,60}"}, {"OP": "{,60}"}]}`,        // 34
		"{\"label\": \"ENTITY\", \"pattern\": \"\xff\"}",                            // 35
	}
	pats, refused, err := Read(strings.NewReader(strings.Join(lines, "\n")), ReadOptions{
		Labels:   []string{"ENTITY", "CLAIM", "BOILERPLATE"},
		LabelMap: map[string]string{"ORG": "ENTITY"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range pats {
		got = append(got, p.Label+" "+p.id())
	}
	if diff := cmp.Diff([]string{"ENTITY kp", "ENTITY 6", "CLAIM 7"}, got); diff != "" {
		t.Errorf("patterns (-want +got):\n%s", diff)
	}
	want := []string{
		`line 2: not JSON: it breaks at character 2 of “not json”; a line is an object such as {"label": "ORG", "pattern": "Acme"}`,
		`line 4: no "pattern"`,
		`line 5: no "label"`,
		`line 7: label "PERSON" is not one of the dataset's labels (ENTITY, CLAIM, BOILERPLATE)`,
		`line 8: token 1: POS needs a tagger, which spantag does not have`,
		`line 9: token 1: LEMMA needs a lemmatizer, which spantag does not have`,
		`line 10: token 1: attribute "NORM" is not supported (spantag has IS_ALPHA, IS_ASCII, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_STOP, IS_TITLE, IS_UPPER, LENGTH, LIKE_EMAIL, LIKE_NUM, LIKE_URL, LOWER, ORTH, SHAPE, TEXT)`,
		`line 11: token 1: TEXT REGEX "(?<=a)b": lookahead and lookbehind are not supported (Go's RE2 syntax)`,
		`line 12: token 1: TEXT REGEX "(a)\\1": backreferences are not supported (Go's RE2 syntax)`,
		"line 13: token 1: TEXT REGEX \"[a\": error parsing regexp: missing closing ]: `[a`",
		`line 14: token 1: OP "#" is not one of ! ? + * 1 {n} {n,m} {n,} {,m}`,
		`line 15: token 1: OP "{3,1}": 3 is more than 1`,
		`line 16: token 1: OP "{0}" takes no token`,
		`line 17: token 1: OP "{2000}": more than 100 tokens`,
		`line 18: "pattern" is an empty list`,
		`line 19: the phrase has no token`,
		`line 20: the phrase holds a line break, and matches never cross one`,
		`line 21: token 1: IS_ALPHA takes true or false, not "yes"`,
		`line 22: token 1: LENGTH: "~" is not IN, NOT_IN, ==, !=, >=, <=, > or <`,
		`line 23: token 1: LENGTH takes a whole number or an object of IN, NOT_IN, ==, !=, >=, <=, >, <, not "3"`,
		`line 24: token 1: LOWER "Kyiv" has capitals, so it never matches; write it in lower case`,
		`line 25: token 1: "LOWER" is given twice (keys are taken in either case)`,
		`line 26: token 1: ORTH: "FUZZY" is not IN, NOT_IN or REGEX`,
		`line 27: token 1: a token must be a JSON object, not "Kyiv"`,
		`line 28: token 1: ORTH IN takes a list of strings, not "Kyiv"`,
		`line 29: "pattern" 3 is not a string or a list of token objects`,
		`line 30: "label" "" is not a name`,
		`line 31: "id" [1] is not a string or a number`,
		`line 32: a pattern line must be a JSON object, not [{"label": "ENTITY", "pattern": "x"}]`,
		`line 34: the pattern's token counts add up to more than 100`,
		`line 35: not valid UTF-8`,
	}
	var gotErrs []string
	for _, e := range refused {
		gotErrs = append(gotErrs, e.Error())
	}
	if diff := cmp.Diff(want, gotErrs); diff != "" {
		t.Errorf("refused (-want +got):\n%s", diff)
	}
}

// A byte order mark (also at the start of a file joined onto another),
// Windows line endings, blank lines of spaces and a last line without a
// line break are all read; line numbers count every line.
func TestReadLineEndings(t *testing.T) {
	file := "\ufeff{\"label\": \"L\", \"pattern\": \"a\"}\r\n  \r\n\r\n\ufeff{\"label\": \"L\", \"pattern\": [{\"ORTH\": \"b\"}]}\r\n{\"label\": \"L\"}"
	pats, refused, err := Read(strings.NewReader(file), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, p := range pats {
		got = append(got, p.Line)
	}
	if diff := cmp.Diff([]int{1, 4}, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	if len(refused) != 1 || refused[0].Error() != `line 5: no "pattern"` {
		t.Errorf("refused %v, want line 5", refused)
	}
}
