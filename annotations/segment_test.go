package annotations

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/rivo/uniseg"
)

// readArticle is the test news article: headline, byline, share lines,
// an advertisement and a "Read Next" list around its paragraphs.
func readArticle(t testing.TB) *Document {
	t.Helper()
	b, err := os.ReadFile("testdata/articles/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	return docOf(t, string(b))
}

// tokenTexts shows tokens as their text, followed by a space when WS is set.
func tokenTexts(d *Document, toks []Token) []string {
	var out []string
	for _, tok := range toks {
		s := d.Text[tok.Start:tok.End]
		if tok.WS {
			s += " "
		}
		out = append(out, s)
	}
	return out
}

func rangeTexts(d *Document, rs []Range) []string {
	var out []string
	for _, r := range rs {
		out = append(out, d.Text[r.Start:r.End])
	}
	return out
}

// checkTokens fails unless the tokens are in order and only whitespace lies
// between them, so their texts pin down their offsets exactly, and WS says
// whether white space follows (Unicode's: not a zero-width space).
func checkTokens(t *testing.T, d *Document, toks []Token) {
	t.Helper()
	at := 0
	for i, tok := range toks {
		if tok.Start < at || tok.End <= tok.Start || !allSpace(d.Text[at:tok.Start]) {
			t.Fatalf("token %d %+v does not follow whitespace after %d", i, tok, at)
		}
		next := len(d.Text)
		if i+1 < len(toks) {
			next = toks[i+1].Start
		}
		first, _ := utf8.DecodeRuneInString(d.Text[tok.End:next])
		if tok.WS != (next > tok.End && unicode.IsSpace(first)) {
			t.Errorf("token %d %q: WS is %v with %q after it", i, d.Text[tok.Start:tok.End], tok.WS, d.Text[tok.End:next])
		}
		at = tok.End
	}
	if !allSpace(d.Text[at:]) {
		t.Fatalf("text after the last token is not whitespace: %q", d.Text[at:])
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Line
	}{
		{"empty text is one empty line", "", []Line{{0, 0, 0}}},
		{"no line break", "ab", []Line{{0, 2, 2}}},
		{"final LF adds no line", "ab\n", []Line{{0, 2, 3}}},
		{"LF", "a\nb", []Line{{0, 1, 2}, {2, 3, 3}}},
		{"CRLF is one break", "a\r\nb", []Line{{0, 1, 3}, {3, 4, 4}}},
		{"lone CR is a break", "a\rb", []Line{{0, 1, 2}, {2, 3, 3}}},
		{"CR then CRLF", "\r\r\n", []Line{{0, 0, 1}, {1, 1, 3}}},
		{"LF CR is two breaks", "a\n\rb", []Line{{0, 1, 2}, {2, 2, 3}, {3, 4, 4}}},
		{"blank lines", "a\n\n\nb", []Line{{0, 1, 2}, {2, 2, 3}, {3, 3, 4}, {4, 5, 5}}},
		{"Unicode line separators do not break", "a\u2028b\u0085c", []Line{{0, 8, 8}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, docOf(t, tt.text).Lines()); diff != "" {
				t.Errorf("Lines(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// FuzzLines checks that every line ends at its first line break, and that
// the lines and their breaks make up the text, in order.
func FuzzLines(f *testing.F) {
	for _, s := range []string{"", "a\r\nb", "\r\r\n", "a\n\rb", "a\n\n\nb\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		at := 0
		for i, l := range (&Document{Text: text}).Lines() {
			brk := text[l.End:l.Next]
			if l.Start != at || strings.ContainsAny(text[l.Start:l.End], "\r\n") ||
				(brk != "\n" && brk != "\r" && brk != "\r\n" && (brk != "" || l.Next != len(text))) ||
				(brk == "\r" && l.Next < len(text) && text[l.Next] == '\n') {
				t.Fatalf("line %d of %q is %v", i, text, l)
			}
			at = l.Next
		}
		if at != len(text) {
			t.Fatalf("the lines of %q end at %d", text, at)
		}
	})
}

func TestLineAt(t *testing.T) {
	d := docOf(t, "ab\r\ncd\n\ne")
	var got []int
	for b := 0; b <= len(d.Text); b++ {
		got = append(got, d.LineAt(b))
	}
	// a b \r \n c d \n \n e end
	want := []int{0, 0, 0, 0, 1, 1, 1, 2, 3, 3}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LineAt mismatch (-want +got):\n%s", diff)
	}
}

// tokensCase is a text and its tokens' texts split by "|", each with a
// trailing space when WS is set; checkTokens pins their offsets.
type tokensCase struct{ name, text, want string }

func runTokensCases(t *testing.T, tests []tokensCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docOf(t, tt.text)
			toks := d.Tokens()
			checkTokens(t, d, toks)
			var want []string
			if tt.want != "" {
				want = strings.Split(tt.want, "|")
			}
			if diff := cmp.Diff(want, tokenTexts(d, toks)); diff != "" {
				t.Errorf("Tokens(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	runTokensCases(t, []tokensCase{
		{"words and punctuation", "Hi, you.", "Hi|, |you|."},
		{"full stop is its own token", "estimate unrealistic.", "estimate |unrealistic|."},
		{"apostrophe joins letters", "o'clock rock’n’roll", "o'clock |rock’n’roll"},
		{"decimal number is one token", "costs 4.2 million", "costs |4.2 |million"},
		{"hyphen splits", "four-hour", "four|-|hour"},
		{"ZWJ family is one token", "Family 👨‍👩‍👧‍👦 and", "Family |👨‍👩‍👧‍👦 |and"},
		{"flags split pairwise", "flag 🇺🇦🇵🇱 ok", "flag |🇺🇦|🇵🇱 |ok"},
		{"skin tone stays with its emoji", "Thumbs 👍🏽 up", "Thumbs |👍🏽 |up"},
		{"combining marks stay with their letter", "Cafe\u0301 re\u0301sume\u0301", "Cafe\u0301 |re\u0301sume\u0301"},
		{"CJK without spaces is one token a character", "東京に住む。", "東|京|に|住|む|。"},
		{"Arabic", "مرحبا بالعالم.", "مرحبا |بالعالم|."},
		{"Hebrew", "שלום עולם.", "שלום |עולם|."},
		{"CRLF is whitespace", "a\r\nb\rc\n", "a |b |c "},
		{"NBSP is whitespace", "4.2\u00a0million", "4.2 |million"},
		{"a zero-width space parts tokens, but is no white space after one", "million\u200bdollars", "million|dollars"},
		{"a space after it is", "million\u200b dollars", "million|dollars"},
		{"astral letters form a word", "Bold \U0001D400\U0001D401 math", "Bold |\U0001D400\U0001D401 |math"},
		{"tab is whitespace", "math\ttab", "math |tab"},
		{"leading whitespace", "  \tx", "x"},
		{"whitespace only", " \u00a0\n", ""},
		{"a soft hyphen after a space starts the next token", "a \u00adb", "a |\u00ad|b"},
		{"a Prepend sign joins the digits after it (GB9b)", "رقم \u0600١٢٣ هنا", "رقم |\u0600١٢٣ |هنا"},
		{"a Prepend sign before a space joins it", "0م\u0601 x", "0م\u0601 |x"},
	})
}

// TestTokensNeverSplitGraphemes checks every token boundary of the hazard
// text against the grapheme cluster boundaries.
func TestTokensNeverSplitGraphemes(t *testing.T) {
	d := docOf(t, hazardText)
	clusters := clusterBoundaries(d.Text)
	toks := d.Tokens()
	checkTokens(t, d, toks)
	for _, tok := range toks {
		if !clusters[tok.Start] || !clusters[tok.End] {
			t.Errorf("token %q [%d,%d) splits a grapheme cluster", d.Text[tok.Start:tok.End], tok.Start, tok.End)
		}
	}
}

// clusterBoundaries is the set of byte offsets of text between grapheme
// clusters, both ends included.
func clusterBoundaries(text string) map[int]bool {
	clusters := map[int]bool{0: true}
	g := uniseg.NewGraphemes(text)
	for g.Next() {
		_, end := g.Positions()
		clusters[end] = true
	}
	return clusters
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"hazard lines", hazardText, []string{
			"Family 👨‍👩‍👧‍👦 and flag 🇺🇦🇵🇱 ok.",
			"Thumbs 👍🏽 up",
			"Cafe\u0301 and re\u0301sume\u0301",
			"東京都に住んでいます。",
			"今日は晴れ。",
			"مرحبا بالعالم.",
			"שלום עולם.",
			"4.2\u00a0million\u200bdollars",
			"Bold \U0001D400\U0001D401 math\ttab",
		}},
		{"surrounding whitespace is trimmed", "  One.  Two?\u00a0 ", []string{"One.", "Two?"}},
		{"a sentence never crosses a line", "It was\nsaid.", []string{"It was", "said."}},
		{"whitespace only", " \n\u200b", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docOf(t, tt.text)
			if diff := cmp.Diff(tt.want, rangeTexts(d, d.Sentences())); diff != "" {
				t.Errorf("Sentences mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Range
	}{
		{"one line", "abc", []Range{{0, 3}}},
		{"blank line separates", "a\nb\n\nc\n", []Range{{0, 3}, {5, 6}}},
		{"whitespace-only line is blank", "a\r\n \u00a0\t\r\nb", []Range{{0, 1}, {9, 10}}},
		{"leading blank lines", "\n\nab\ncd", []Range{{2, 7}}},
		{"lone CRs", "a\rb\r\rc", []Range{{0, 3}, {5, 6}}},
		{"empty text", "", nil},
		{"hazard text is one paragraph", hazardText, []Range{{0, len(hazardText) - 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, docOf(t, tt.text).Paragraphs()); diff != "" {
				t.Errorf("Paragraphs(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestArticleSegments(t *testing.T) {
	d := readArticle(t)
	t.Run("lines", func(t *testing.T) {
		var got []string
		for _, l := range d.Lines() {
			got = append(got, d.Text[l.Start:l.End])
		}
		want := []string{
			"Harbour Town Votes to Rebuild Its Old Ferry Pier",
			"By Mira Okafor",
			" date 2025-03-04 The council of Harbour Town voted 7–2 on Monday to rebuild the old ferry pier, ending a debate that has run since the storm of 2019.",
			"",
			"Share this article",
			"Facebook X Copy link",
			"",
			"“We can’t keep a town on an island without a pier,” said councillor José Ibáñez. The vote followed a four-hour hearing.",
			"",
			"Advertisement",
			"",
			"The plan costs €4.2 million. Critics call the estimate unrealistic. The mayor says work starts in May.",
			"",
			"FOLLOW US ON MASTODON",
			"",
			"Read Next",
			"Fishing Quotas Cut Again",
			"By Coastal Ledger",
			"2h ago",
			"« Previous Island School Reopens After Flood",
			"Next » Lighthouse Keepers Return to Skerry Rock",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("lines mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("paragraphs", func(t *testing.T) {
		want := []string{
			"Harbour Town Votes to Rebuild Its Old Ferry Pier\nBy Mira Okafor\n date 2025-03-04 The council of Harbour Town voted 7–2 on Monday to rebuild the old ferry pier, ending a debate that has run since the storm of 2019.",
			"Share this article\nFacebook X Copy link",
			"“We can’t keep a town on an island without a pier,” said councillor José Ibáñez. The vote followed a four-hour hearing.",
			"Advertisement",
			"The plan costs €4.2 million. Critics call the estimate unrealistic. The mayor says work starts in May.",
			"FOLLOW US ON MASTODON",
			"Read Next\nFishing Quotas Cut Again\nBy Coastal Ledger\n2h ago\n« Previous Island School Reopens After Flood\nNext » Lighthouse Keepers Return to Skerry Rock",
		}
		if diff := cmp.Diff(want, rangeTexts(d, d.Paragraphs())); diff != "" {
			t.Errorf("paragraphs mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("sentences", func(t *testing.T) {
		want := []string{
			"Harbour Town Votes to Rebuild Its Old Ferry Pier",
			"By Mira Okafor",
			"date 2025-03-04 The council of Harbour Town voted 7–2 on Monday to rebuild the old ferry pier, ending a debate that has run since the storm of 2019.",
			"Share this article",
			"Facebook X Copy link",
			"“We can’t keep a town on an island without a pier,” said councillor José Ibáñez.",
			"The vote followed a four-hour hearing.",
			"Advertisement",
			"The plan costs €4.2 million.",
			"Critics call the estimate unrealistic.",
			"The mayor says work starts in May.",
			"FOLLOW US ON MASTODON",
			"Read Next",
			"Fishing Quotas Cut Again",
			"By Coastal Ledger",
			"2h ago",
			"« Previous Island School Reopens After Flood",
			"Next » Lighthouse Keepers Return to Skerry Rock",
		}
		if diff := cmp.Diff(want, rangeTexts(d, d.Sentences())); diff != "" {
			t.Errorf("sentences mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("tokens", func(t *testing.T) {
		toks := d.Tokens()
		checkTokens(t, d, toks)
		tests := []struct {
			line int
			want string
		}{
			{2, "date |2025|-|03|-|04 |The |council |of |Harbour |Town |voted |7|–|2 |on |Monday |to |rebuild |the |old |ferry |pier|, |ending |a |debate |that |has |run |since |the |storm |of |2019|. "},
			{5, "Facebook |X |Copy |link "},
			{7, "“|We |ca|n’t |keep |a |town |on |an |island |without |a |pier|,|” |said |councillor |José |Ibáñez|. |The |vote |followed |a |four|-|hour |hearing|. "},
			{9, "Advertisement "},
			{11, "The |plan |costs |€|4.2 |million|. |Critics |call |the |estimate |unrealistic|. |The |mayor |says |work |starts |in |May|. "},
			{19, "« |Previous |Island |School |Reopens |After |Flood "},
			{20, "Next |» |Lighthouse |Keepers |Return |to |Skerry |Rock "},
		}
		for _, tt := range tests {
			l := d.Lines()[tt.line]
			var in []Token
			for _, tok := range toks {
				if l.Start <= tok.Start && tok.End <= l.End {
					in = append(in, tok)
				}
			}
			if diff := cmp.Diff(strings.Split(tt.want, "|"), tokenTexts(d, in)); diff != "" {
				t.Errorf("tokens of line %d mismatch (-want +got):\n%s", tt.line, diff)
			}
		}
	})
}

// tokensByUniseg segments text[start:end] into words with uniseg alone
// (its word boundaries where grapheme clusters end), then drops their
// whitespace and splits their clitics: the reference for appendTokens' shortcut.
func tokensByUniseg(text string, start, end int) []Token {
	var toks []Token
	rest, state, from, at := text[start:end], -1, start, start
	for len(rest) > 0 {
		var cluster string
		var boundaries int
		cluster, rest, boundaries, state = uniseg.StepString(rest, state)
		at += len(cluster)
		if boundaries&uniseg.MaskWord == 0 {
			continue
		}
		toks = appendSegment(toks, text, from, at)
		from = at
	}
	return toks
}

// FuzzTokens checks that the ASCII shortcut of appendTokens segments every
// text exactly as uniseg does, and that no token boundary, clitic splits
// included, cuts a grapheme cluster.
func FuzzTokens(f *testing.F) {
	for _, seed := range []string{hazardText, wordsText, "U.S. e.g. can't 3.14 1,000 a_b x:y \"q\" it's 'a' --", "Russia’s l’État N'T n't y'all CANNOT qu'\u0301a do\u0301n't", "a  b\t\tc\r\nd\u0301e 👍🏽 🇺🇦🇵🇱", "é.b a\u200bb", "Zürich's café. São:x Ελλάδα.1 Київ' ab_c é1 ×a ab.\u0301c a.\"b d' \u05d0\"\u05d1 . , ;a", ""} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		got := appendTokens(nil, text, 0, len(text))
		if diff := cmp.Diff(tokensByUniseg(text, 0, len(text)), got); diff != "" {
			t.Errorf("tokens of %q (-uniseg +appendTokens):\n%s", text, diff)
		}
		clusters := clusterBoundaries(text)
		for _, tok := range got {
			if !clusters[tok.Start] || !clusters[tok.End] {
				t.Errorf("token %q [%d,%d) of %q cuts a grapheme cluster", text[tok.Start:tok.End], tok.Start, tok.End, text)
			}
		}
	})
}

// TestTwoByteLetters checks that each code point of twoByteLetters is
// segmented as an ASCII letter is, between and beside the characters that
// rules join or break on: appendTokens takes them for letters without
// asking uniseg.
func TestTwoByteLetters(t *testing.T) {
	around := []string{"", "a", "1", ".", "_", ":", "'", "\"", ",", " ", "\n", "-", "\u0301", "\u200d", "é", "א"}
	for _, rg := range twoByteLetters {
		for r := rg[0]; r <= rg[1]; r++ {
			if !isTwoByteLetter(r) || utf8.RuneLen(r) != 2 {
				t.Fatalf("%U is in twoByteLetters but isTwoByteLetter says no or it is not two bytes", r)
			}
			for _, c1 := range around {
				for _, c2 := range around {
					for _, text := range []string{c1 + "%s" + c2, c1 + c2 + "%s"} {
						want := wordLengths(strings.ReplaceAll(text, "%s", "a"))
						if got := wordLengths(strings.ReplaceAll(text, "%s", string(r))); !slices.Equal(got, want) {
							t.Errorf("%q is cut into words of %v code points; with a for %c, %v", strings.ReplaceAll(text, "%s", string(r)), got, r, want)
						}
					}
				}
			}
		}
	}
}

// wordLengths are the lengths, in code points, of uniseg's words of s.
func wordLengths(s string) []int {
	var lengths []int
	state := -1
	for s != "" {
		var word string
		word, s, state = uniseg.FirstWordInString(s, state)
		lengths = append(lengths, utf8.RuneCountInString(word))
	}
	return lengths
}
