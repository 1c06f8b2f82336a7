package boiler

import "testing"

// TestStepCaptions: a recipe blog's numbered captions of its step photos, sentences in
// a run above the card's ingredients, are boilerplate; the steps' headings of another
// post, with prose under each, and the card's own numbered steps are the text.
func TestStepCaptions(t *testing.T) {
	wantVerdicts(t, `Welsh cakes on the bakestone
By Hattie Rowntree · 3 March 2026
My nain made these every Saturday on a bakestone older than my mother, and the kitchen smelled of nutmeg all afternoon.
They are quick once you get the heat right, which is the whole trick: too hot and they burn before the middle cooks.
Step 1. Rub the fats into the flour until there are no big lumps left.
Step 2. Stir in the sugar, spice and currants, then add the beaten egg.
Step 3. Roll it out and cut rounds with a 6cm cutter.
Welsh cakes
Ingredients
450g self-raising flour
1 tsp mixed spice
110g cold butter, diced
110g caster sugar
1 large egg, beaten
Method
1. Rub the fats into the flour until it looks like fine breadcrumbs.
2. Stir in the sugar, spice and currants, then add the egg and a splash of milk.
3. Cook on the bakestone over a low heat for three minutes a side.`, "TBTTBBBTTTTTTTTTTT")
	wantVerdicts(t, `Tomato pie for the end of summer
By Jolene Pruitt · 3 August 2026
Every August the tomatoes come faster than we can eat them, and this pie is how we keep up with the garden.
Step 1: Blind bake the crust
Line the crust with paper and weights and bake it for fifteen minutes, so the bottom stays crisp under the tomatoes.
Step 2: Salt and drain the tomatoes
Slice the tomatoes, salt them and leave them on a rack for half an hour, or the pie will be soup.
Ingredients
1 pie crust
4 large tomatoes
200g grated cheddar
2 tbsp mayonnaise`, "TBTTTTTTTTTT")
}
