package boiler

import "testing"

// TestMenuDishes: a menu's dishes, each with a dash to its price, under the menu's
// headings between the site's lines, are the page's; a shop's sizes of an item, priced
// the same way under one heading over the basket's button, are the shop's.
func TestMenuDishes(t *testing.T) {
	menu := "date 2024-10-05 Our menu changes with the seasons and with what the boats and the farms around the bay bring us each week.\n" +
		"The Harbour Grill\n" +
		"Home | The house | Menu | Wines | Bookings\n" +
		"Book a table\n" +
		"\n" +
		"To start\n" +
		"Grilled padrón peppers with sea salt — 9,50 €\n" +
		"Ham croquettes (8 pieces) — 11,00 €\n" +
		"Tomato salad with tuna belly — 14,00 €\n" +
		"Desserts\n" +
		"Cheesecake — 7,00 €\n" +
		"\n" +
		"Download the allergens list (PDF)\n" +
		"© 2024 The Harbour Grill\n"
	wantVerdicts(t, menu, "TBBBETTTTTTEBBE")
	shop := "date 2024-04-12 The purple coral bells keep their dark leaves from spring to the first frost and grow in sun or half shade.\n" +
		"Home | Perennials | Shrubs | Offers\n" +
		"\n" +
		"Choose a size\n" +
		"Pot 11 cm – 4,99 €\n" +
		"Pot 17 cm – 9,49 €\n" +
		"Container 3 litres – 15,99 €\n" +
		"Add to basket\n" +
		"\n" +
		"They flower in early summer on stems of some forty centimetres, which bees visit all day.\n"
	wantVerdicts(t, shop, "TBEBBBBBETE")
}

// TestMenuCutByCaption: a menu's course that a photo's caption cuts off from the other
// courses, one heading over its dishes, is the menu's too.
func TestMenuCutByCaption(t *testing.T) {
	menu := "date 2024-05-20 Our spring menu is cooked from what the farms around the town bring us, and it changes every few weeks.\n" +
		"The Old Mill Kitchen\n" +
		"Home | Menu | Bookings\n" +
		"\n" +
		"Starters\n" +
		"Pea soup with mint — 7,50 €\n" +
		"Smoked trout on rye — 9,00 €\n" +
		"Asparagus with hollandaise — 10,00 €\n" +
		"Desserts\n" +
		"Rhubarb crumble — 6,50 €\n" +
		"\n" +
		"Our smoked trout comes from the Hollins farm pond, three miles up the valley. Photo: Ann Reid\n" +
		"\n" +
		"Drinks\n" +
		"Elderflower lemonade — 3,50 €\n" +
		"Local cider, half a pint — 4,00 €\n" +
		"\n" +
		"© 2024 The Old Mill Kitchen\n"
	wantVerdicts(t, menu, "TBBETTTTTTEBETTTEBE")
}

func TestDashedPrice(t *testing.T) {
	for text, want := range map[string]bool{
		"Ham croquettes (8 pieces) — 11,00 €": true,
		"Chuletón de vaca vieja — 58,00 €/kg": true,
		"Casoncelli al burro e salvia – € 12": true,
		"মোচার চপ (২ পিস) — ₹১২০":             true,  // Bengali digits
		"दाल मखनी — ₹२४०":                     true,  // Devanagari digits
		"Lyon – Paris en 2 heures":            false, // no price
		"Prices — a guide to 2024 and beyond": false,
		"Room rates–from 120 €":               false, // no space before the dash
	} {
		if got := dashedPrice(text); got != want {
			t.Errorf("dashedPrice(%q) = %v, want %v", text, got, want)
		}
	}
}
