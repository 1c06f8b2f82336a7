package boiler

import "testing"

// TestDecideTeaserLists: under the text, a museum's list of other objects of the same
// room, each a headline over its summary, above the site's footer, is the site's; the
// same shape above more of the text (a glossary's terms and their meanings), or a
// reference page's parameters each over its description, stays the text's.
func TestDecideTeaserLists(t *testing.T) {
	const lead = "date 2025-03-02 The jar held a syrup of roses for three centuries, in the pharmacy of the hospital of Santa Croce, until the pharmacy closed in 1921.\n\n"
	const teasers = "From the same room\n" +
		"A bronze mortar with the hospital's arms\n" +
		"Cast in 1598, it was used to pound seeds and roots until the nineteenth century.\n" +
		"A pharmacist's balance with brass weights\n" +
		"A precision balance in its wooden box, with eleven weights from the grain to the ounce.\n\n"
	tests := []struct{ name, text, want string }{
		{"above the footer", lead + teasers + "© 2025 Museo Civico\n", "TEBBBBBEBE"},
		{"a reference page's parameters", lead + "Parameters\npath : str or os.PathLike\nPath of the file to read, or a URL that serves it.\ntz : str, optional\nTime zone of the timestamps in the file, if they have none.\n\n© 2025 Museo Civico\n", "TETTTTTEBE"},
		{"above the text", lead + teasers + "The jar came to the museum in 1923 with the rest of the pharmacy, which was set up again in the room that now bears its name.\n", "TETTTTTETE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// TestDecideEchoedList: a guesthouse's room pages end with three other rooms under the
// heading every page gives, a room's line of prose on one or two other pages, too few
// for repetition alone to decide it, or on none (the cottage, listed on no other page):
// the list is the site's, the room's own text not.
func TestDecideEchoedList(t *testing.T) {
	teasers := map[string]string{
		"Hayloft":   "The Hayloft – our largest room, under the oak beams, with a view over the river meadows. From € 98.",
		"Stable":    "The Stable – our family room for four, with bunk beds in the old horse boxes. From € 135.",
		"Orchard":   "The Orchard Room – with a free-standing bath and windows onto the old apple trees. From € 109.",
		"Bakehouse": "The Bakehouse – a cottage for two in the old bakery, with its own kitchen and a stove. From € 115.",
		"Garden":    "The Garden Room – on the ground floor, with its own terrace by the herb garden. From € 92.",
		"Cottage":   "The Dyke Cottage – a house of its own at the end of the garden, for six, with a fireplace. From € 190.",
	}
	page := func(room, story string, others ...string) string {
		return "date 2025-03-02 The " + room + " " + story + "\n\n" +
			"The Willow Farm\nRooms\nBreakfast\nSurroundings\nBook now\n\n" +
			"The " + room + "\n\n" +
			"Breakfast in the " + room + " is brought to the door at eight, with eggs from our own hens and bread from the village baker, baked that morning.\n\n" +
			"The " + room + " has a bed of 180 by 200 centimetres, a rain shower and a heated floor, and the windows open onto the dyke.\n\n" +
			"Our other rooms\n" + teasers[others[0]] + "\n" + teasers[others[1]] + "\n" + teasers[others[2]] + "\n\n" +
			"The Willow Farm · Dyke Road 14 · Hemmerdyke"
	}
	own := page("Hayloft", "lies under the roof of the old barn, with beams of oak and a window onto the meadows by the river.", "Stable", "Orchard", "Cottage")
	wantDatasetVerdicts(t, own, "TEBBBBBETETETEBBBBEB",
		page("Stable", "was the horses' home until 1968, and sleeps four, with bunk beds built into the old boxes.", "Hayloft", "Bakehouse", "Garden"),
		page("Orchard", "looks onto the old apple trees from a free-standing bath, and has a terrace of its own.", "Garden", "Hayloft", "Stable"),
		page("Bakehouse", "is a cottage for two in the farm's old bakery, with a kitchen of its own and a wood stove.", "Orchard", "Hayloft", "Stable"),
		page("Garden", "is on the ground floor, with no step from the car park and a terrace by the herb garden.", "Orchard", "Bakehouse", "Stable"),
	)
}
