package patterns

import (
	"strings"
	"unicode/utf8"

	"spantag/lang"
)

// textAttr is a token attribute whose value is a string.
type textAttr uint8

const (
	attrOrth textAttr = iota // ORTH and TEXT: the exact text
	attrLower
	attrShape
)

var textAttrs = map[string]textAttr{"ORTH": attrOrth, "TEXT": attrOrth, "LOWER": attrLower, "SHAPE": attrShape}

// boolAttr is a token attribute that is true or false.
type boolAttr uint8

const (
	attrAlpha boolAttr = iota
	attrASCII
	attrDigit
	attrLowerCase
	attrUpperCase
	attrTitle
	attrPunct
	attrStop
	attrNum
	attrURL
	attrEmail
)

var boolAttrs = map[string]boolAttr{
	"IS_ALPHA": attrAlpha, "IS_ASCII": attrASCII, "IS_DIGIT": attrDigit,
	"IS_LOWER": attrLowerCase, "IS_UPPER": attrUpperCase, "IS_TITLE": attrTitle,
	"IS_PUNCT": attrPunct, "IS_STOP": attrStop,
	"LIKE_NUM": attrNum, "LIKE_URL": attrURL, "LIKE_EMAIL": attrEmail,
}

// tokenView is one token being matched, its attributes computed when a
// test first asks for them and kept while the matcher is on its line.
type tokenView struct {
	orth         string
	lower, shape string
	lang         string // the document's language (ISO 639-1), for IS_STOP and LIKE_NUM
	n            int    // length in characters, or -1
	known, flags uint16 // which boolean attributes are computed, and their values
	haveLower    bool
	haveShape    bool
}

func newView(orth, lang string) tokenView { return tokenView{orth: orth, lang: lang, n: -1} }

func (v *tokenView) text(a textAttr) string {
	switch a {
	case attrLower:
		if !v.haveLower {
			v.lower, v.haveLower = strings.ToLower(v.orth), true
		}
		return v.lower
	case attrShape:
		if !v.haveShape {
			v.shape, v.haveShape = shape(v.orth), true
		}
		return v.shape
	}
	return v.orth
}

// length is LENGTH, in characters (code points), as Python's len.
func (v *tokenView) length() int {
	if v.n < 0 {
		v.n = utf8.RuneCountInString(v.orth)
	}
	return v.n
}

func (v *tokenView) flag(a boolAttr) bool {
	bit := uint16(1) << a
	if v.known&bit == 0 {
		v.known |= bit
		if boolAttrFuncs[a](v) {
			v.flags |= bit
		}
	}
	return v.flags&bit != 0
}

var boolAttrFuncs = [...]func(v *tokenView) bool{
	attrAlpha:     func(v *tokenView) bool { return isAlpha(v.orth) },
	attrASCII:     func(v *tokenView) bool { return isASCII(v.orth) },
	attrDigit:     func(v *tokenView) bool { return isDigit(v.orth) },
	attrLowerCase: func(v *tokenView) bool { return isLower(v.orth) },
	attrUpperCase: func(v *tokenView) bool { return isUpper(v.orth) },
	attrTitle:     func(v *tokenView) bool { return isTitle(v.orth) },
	attrPunct:     func(v *tokenView) bool { return isPunct(v.orth) },
	attrStop:      func(v *tokenView) bool { return lang.IsStop(v.lang, v.orth) },
	attrNum:       func(v *tokenView) bool { return lang.LikeNum(v.lang, v.orth) },
	attrURL:       func(v *tokenView) bool { return likeURL(v.orth) },
	attrEmail:     func(v *tokenView) bool { return likeEmail(v.orth) },
}
