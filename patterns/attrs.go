package patterns

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The token attributes, as spaCy's lexical attributes define them (its
// lex_attrs), over the text of one token. Python's str methods are
// followed where spaCy uses them: IS_ALPHA is str.isalpha, IS_LOWER
// str.islower, IS_TITLE str.istitle and so on.

// isAlpha: every character is a letter (and there is one).
func isAlpha(s string) bool { return s != "" && all(s, unicode.IsLetter) }

// isDigit: every character is a decimal digit (and there is one). Python's
// isdigit also counts superscripts and circled digits; this does not.
func isDigit(s string) bool { return s != "" && all(s, unicode.IsDigit) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isPunct: every character is punctuation (a Unicode P* category).
func isPunct(s string) bool { return s != "" && all(s, unicode.IsPunct) }

func all(s string, is func(rune) bool) bool {
	for _, r := range s {
		if !is(r) {
			return false
		}
	}
	return true
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// isLower: there is a cased character and every cased one is lower case.
func isLower(s string) bool {
	return strings.IndexFunc(s, isCased) >= 0 && strings.IndexFunc(s, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }) < 0
}

// isUpper: there is a cased character and every cased one is upper case.
func isUpper(s string) bool {
	return strings.IndexFunc(s, isCased) >= 0 && strings.IndexFunc(s, func(r rune) bool { return unicode.IsLower(r) || unicode.IsTitle(r) }) < 0
}

// isTitle is Python's str.istitle: there is a cased character, an upper or
// title case one never follows a cased one, and a lower case one always
// does ("Kyiv", "Jean-Luc", "3D"; not "KYIV", "iPhone", "McCain").
func isTitle(s string) bool {
	cased, afterCased := false, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if afterCased {
				return false
			}
			cased, afterCased = true, true
		case unicode.IsLower(r):
			if !afterCased {
				return false
			}
			cased = true
		default:
			afterCased = false
		}
	}
	return cased
}

// shape is spaCy's word shape: letters become X or x by case, digits d,
// other characters stay, and a run of one shape character is cut after 4
// ("Kyiv" Xxxx, "Zelenskyy" Xxxxx, "2025" dddd, "3.5" d.d); a token of 100
// characters or more is "LONG".
func shape(s string) string {
	if utf8.RuneCountInString(s) >= 100 {
		return "LONG"
	}
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range s {
		c := r
		switch {
		case unicode.IsLetter(r) && unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
		} else {
			last, run = c, 0
		}
		if run < 4 {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// likeEmail is spaCy's like_email: the token starts like an address.
// spantag's tokens split at "@", so it holds only for a token that is
// more than a word (none of UAX #29's): a pattern finds addresses as
// three tokens, e.g. [{"IS_ASCII": true}, {"ORTH": "@"}, {"LIKE_URL": true}].
var likeEmail = regexp.MustCompile(`^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+`).MatchString

// genericTLDs are the generic top-level domains of spaCy's list; every
// two-letter one is taken as a country code.
var genericTLDs = strings.Fields("com org edu gov net mil aero asia biz cat coop info int jobs mobi museum name pro tel travel xyz icu xxx")

// urlHost is spaCy's URL pattern without the parts a token that reaches
// it cannot hold (an "@", a private network's address, checked apart):
// an optional scheme, host names ending in a lower case top-level domain,
// an optional port and path.
var urlHost = regexp.MustCompile(`^(?:[\w+\-.]{2,}://)?(?:mailto:)?` +
	`(?:(?:[A-Za-z0-9\x{a1}-\x{ffff}][A-Za-z0-9\x{a1}-\x{ffff}_-]{0,62})?[A-Za-z0-9\x{a1}-\x{ffff}]\.)+\p{Ll}{2,63}` +
	`(?::\d{2,5})?(?:[/?#]\S*)?$`)

var urlIP = regexp.MustCompile(`^(?:[\w+\-.]{2,}://)?(\d{1,3}(?:\.\d{1,3}){3})(?::\d{2,5})?(?:[/?#]\S*)?$`)

// likeURL is spaCy's like_url: a scheme or "www." in front, or a dot
// inside before a top-level domain ("example.com", "node.js", "8.8.8.8"),
// but no "@" and no dot at either end ("e.g", "U.S" are not).
func likeURL(s string) bool {
	switch {
	case strings.HasPrefix(s, "http://"), strings.HasPrefix(s, "https://"):
		return true
	case strings.HasPrefix(s, "www.") && utf8.RuneCountInString(s) >= 5:
		return true
	case s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "@"):
		return false
	}
	dot := strings.LastIndexByte(s, '.')
	if dot < 0 {
		return false
	}
	tld, _, _ := strings.Cut(s[dot+1:], ":")
	if strings.HasSuffix(tld, "/") || knownTLD(tld) || urlHost.MatchString(s) {
		return true
	}
	m := urlIP.FindStringSubmatch(s)
	return m != nil && publicIP(m[1])
}

func knownTLD(tld string) bool {
	if len(tld) == 2 && 'a' <= tld[0] && tld[0] <= 'z' && 'a' <= tld[1] && tld[1] <= 'z' {
		return true
	}
	for _, g := range genericTLDs {
		if tld == g {
			return true
		}
	}
	return false
}

// publicIP tells whether a dotted quad is an address spaCy's URL pattern
// takes: not of a private or local network, first byte 1–223, last 1–254.
func publicIP(quad string) bool {
	var b [4]int
	for i, part := range strings.Split(quad, ".") {
		n, err := strconv.Atoi(part)
		if err != nil || n > 255 {
			return false
		}
		b[i] = n
	}
	switch {
	case b[0] == 10, b[0] == 127, b[0] == 169 && b[1] == 254, b[0] == 192 && b[1] == 168, b[0] == 172 && 16 <= b[1] && b[1] <= 31:
		return false
	}
	return 1 <= b[0] && b[0] <= 223 && 1 <= b[3] && b[3] <= 254
}
