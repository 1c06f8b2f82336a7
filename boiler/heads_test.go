package boiler

import "testing"

// A recipe card's ingredients, short lines between its buttons and fields, are the
// article's, under their heading, down to the card's buttons; the same heading in the
// menu above the body is the menu's.
func TestOwnLists(t *testing.T) {
	const recipe = `Home
Recipes
Equipment
Grandad's Friday fish pie, the one we had every week
This is the fish pie my grandad made every Friday, and it has fed three generations of us since.
Print
Pin
Ingredients
Whole milk
A bay leaf
White fish fillets
Print
Method
Warm the milk with the bay leaf, then poach the fish in it for five minutes until it flakes.`
	ds := wantVerdicts(t, recipe, "BBBTTBBTTTTBTT")
	if r := ds[8].Reason; r != `in the article's list headed "Ingredients"` {
		t.Errorf("an ingredient's reason is %q", r)
	}
}
