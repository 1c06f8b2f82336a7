package learn

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// claimDoc is text, one sentence a line, with CLAIM spans over the parts
// of its lines given in claims.
func claimDoc(t *testing.T, text string, claims ...string) *annotations.Document {
	t.Helper()
	d, err := annotations.NewDocument(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range claims {
		at := strings.Index(text, c)
		if at < 0 {
			t.Fatalf("%q is not in the text", c)
		}
		d.Spans = append(d.Spans, annotations.Span{Start: at, End: at + len(c), Label: "CLAIM"})
	}
	return d
}

// clauseDocs mark claims as clauses: without who said them, nor the full
// stop.
func clauseDocs(t *testing.T) []*annotations.Document {
	return []*annotations.Document{
		claimDoc(t, "Councillor Priya Okafor said the bridge will cost four million pounds.\nThe meeting began at noon.",
			"the bridge will cost four million pounds"),
		claimDoc(t, "The mayor said the new pool will open in May.\nThe ferry will run twice a day from Monday, the operator said.",
			"the new pool will open in May", "The ferry will run twice a day from Monday"),
		claimDoc(t, "Police said the road would stay closed until Friday.\nPrices rose by a tenth last year, the report said.",
			"the road would stay closed until Friday", "Prices rose by a tenth last year"),
	}
}

func trainedOnClauses(t *testing.T) *Model {
	t.Helper()
	m, err := Train(DefaultLabels, clauseDocs(t))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestClaimExtent: a claim suggested takes of its sentence what the claims
// learnt from took, worked out by hand from the counts: after clauses,
// "said" ends a lead (3 cuts, kept nowhere), ", … said" starts a tail
// (2 cuts), and the full stop is left out (cut 3 times after a lead; after
// a tail, it is outside the claim and counts for nothing); after whole
// sentences, nothing is cut.
func TestClaimExtent(t *testing.T) {
	whole := []*annotations.Document{
		claimDoc(t, "Councillor Priya Okafor said the bridge will cost four million pounds.", "Councillor Priya Okafor said the bridge will cost four million pounds."),
		claimDoc(t, "The ferry will run twice a day from Monday, the operator said.", "The ferry will run twice a day from Monday, the operator said."),
		claimDoc(t, "Police said the road would stay closed until Friday.", "Police said the road would stay closed until Friday."),
	}
	wholeModel, err := Train(DefaultLabels, whole)
	if err != nil {
		t.Fatal(err)
	}
	// More claims with the attribution after them than before: the full
	// stop after one is outside the claim, not kept in it.
	tails := append(clauseDocs(t), claimDoc(t, "Fares will rise by a fifth in April, the operator said.", "Fares will rise by a fifth in April"),
		claimDoc(t, "The school will close for good in July, the council said.", "The school will close for good in July"))
	tailsModel, err := Train(DefaultLabels, tails)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		model *Model
		text  string
		want  string
	}{
		{trainedOnClauses(t), "Councillor Tom Ashby said the money will fund road repairs.", "the money will fund road repairs"},
		{trainedOnClauses(t), "The harbour wall will be rebuilt before winter, the council said.", "The harbour wall will be rebuilt before winter"},
		{trainedOnClauses(t), "The pool will reopen in May after repairs.", "The pool will reopen in May after repairs"},
		{trainedOnClauses(t), "Police said so.", "Police said so"}, // a cut after "said" would leave fewer than three tokens
		{tailsModel, "Councillor Tom Ashby said the money will fund road repairs.", "the money will fund road repairs"},
		{wholeModel, "Councillor Tom Ashby said the money will fund road repairs.", "Councillor Tom Ashby said the money will fund road repairs."},
		{wholeModel, "The harbour wall will be rebuilt before winter, the council said.", "The harbour wall will be rebuilt before winter, the council said."},
	}
	for _, tt := range tests {
		d := claimDoc(t, tt.text)
		s := sentences(segment(d))[0]
		r := tt.model.Claims.claimIn(d.Text, s)
		if got := d.Text[r.Start:r.End]; got != tt.want {
			t.Errorf("the claim in %q is %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestClaimExtentKept: the extent learnt is written with the model and
// read back the same.
func TestClaimExtentKept(t *testing.T) {
	m := trainedOnClauses(t)
	back, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m.Claims.extent, back.Claims.extent, cmp.AllowUnexported(claimExtent{}, cuts{})); diff != "" {
		t.Errorf("the extent read back (-written +read):\n%s", diff)
	}
}
