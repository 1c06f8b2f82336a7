package render

import (
	"os"
	"regexp"
	"testing"
)

// TestStyleSheetUsesContract checks that web/app.css styles every class of
// the DOM contract and the labels by their attribute: a name changed here
// and not there fails.
func TestStyleSheetUsesContract(t *testing.T) {
	css, err := os.ReadFile("../web/app.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, class := range Classes {
		if !regexp.MustCompile(`\.` + regexp.QuoteMeta(class) + `\b`).Match(css) {
			t.Errorf("web/app.css has no selector for the class %q", class)
		}
	}
	if !regexp.MustCompile(`\[` + AttrLabel + `=`).Match(css) {
		t.Errorf("web/app.css does not colour the labels by their %s attribute", AttrLabel)
	}
}

func TestStyleSheetDrawsDisagreements(t *testing.T) {
	css, err := os.ReadFile("../web/app.css")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`#doc\[` + AttrReview + `\] mark\[` + AttrSuggested + `\]`).Match(css) {
		t.Errorf("web/app.css does not draw a review's disagreements apart (#doc[%s] mark[%s])", AttrReview, AttrSuggested)
	}
}
