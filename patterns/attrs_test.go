package patterns

import "testing"

// Each attribute against Python's and spaCy's answers, worked out from
// their definitions.
func TestAttributeFuncs(t *testing.T) {
	type check struct {
		name string
		f    func(string) bool
		yes  []string
		no   []string
	}
	checks := []check{
		{"isAlpha", isAlpha, []string{"Kyiv", "Kraków", "Київ", "東京"}, []string{"", "U.S", "3D", "don't", "’s"}},
		{"isDigit", isDigit, []string{"3", "2025", "٣"}, []string{"", "3.5", "1,000", "-5", "½"}},
		{"isASCII", isASCII, []string{"", "U.S", "a+b"}, []string{"Kraków", "’s", "—"}},
		{"isLower", isLower, []string{"said", "n't", "ß", "e.g"}, []string{"", "3", "Kyiv", "iPhone", "."}},
		{"isUpper", isUpper, []string{"NATO", "U.S", "3D", "N'T"}, []string{"", "3", "Kyiv", "NATo"}},
		{"isTitle", isTitle, []string{"Kyiv", "U.S", "3D", "Jean-Luc", "A", "ǅemal"}, []string{"", "3", "iPhone", "NATO", "McCain", "kyiv"}},
		{"isPunct", isPunct, []string{".", "—", "«", "...", "’"}, []string{"", "+", "$", "a.", "’s"}},
		{"likeURL", likeURL, []string{"example.com", "www.x", "node.js", "http://x", "https://a", "a.b/", "8.8.8.8", "kyivpost.ua:443"},
			[]string{"", "e.g", "U.S", ".com", "example.", "a@b.com", "www.", "10.0.0.1", "192.168.1.1", "1.2.3.255", "Kyiv", "example.COM"}},
		{"likeEmail", likeEmail, []string{"jane@example.com", "a.b+c@d-e.f"}, []string{"", "@example.com", "jane@example", "jane"}},
	}
	for _, c := range checks {
		for _, s := range c.yes {
			if !c.f(s) {
				t.Errorf("%s(%q) = false, want true", c.name, s)
			}
		}
		for _, s := range c.no {
			if c.f(s) {
				t.Errorf("%s(%q) = true, want false", c.name, s)
			}
		}
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{
		"Kyiv": "Xxxx", "Zelenskyy": "Xxxxx", "NATO": "XXXX", "NATOs": "XXXXx", "2025": "dddd",
		"20250101": "dddd", "3.5": "d.d", "U.S": "X.X", "C-3PO": "X-dXX", "Kraków": "Xxxxx",
		"’s": "’x", "東京": "xx", "": "",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": "LONG",
	} {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}
