package boiler

import "testing"

// TestDecideTitleEveryPageLists: a council's service pages each end with the list of
// all its services, so every page gives each service's name; the line under the
// breadcrumb that names the page's own service is its title all the same.
func TestDecideTitleEveryPageLists(t *testing.T) {
	page := func(service, story string) string {
		return "date 2024-10-07 " + service + " " + story + "\n\n" +
			"Town of Linden\nResidents | Business | Visit\n\n" +
			"Home › Services › " + service + "\n\n" +
			service + "\nLast updated: 7 October 2024\n\n" +
			"Apply for " + service + " at the front desk of the town hall, or online with your resident's number, and we will answer within ten working days.\n\n" +
			"Our services\nHome nursing\nWedding ceremonies\nBuilding permits\nWater connections\n\n" +
			"© 2025 Town of Linden"
	}
	own := page("Home nursing", "helps residents who find it hard to look after themselves to live safely at home, with visits from our nurses.")
	wantDatasetVerdicts(t, own, "TEBBEBETBETEBBBBBEB",
		page("Wedding ceremonies", "take place in the old council chamber or, from May to September, in the park by the river."),
		page("Building permits", "are needed for every new house and for any extension of more than twenty square metres."),
		page("Water connections", "are made by the town's water works within three weeks of the application being approved."),
	)
}
