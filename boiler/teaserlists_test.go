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
