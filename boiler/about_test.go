package boiler

import "testing"

func TestRepeatsName(t *testing.T) {
	for _, tt := range []struct {
		heading, text string
		want          bool
	}{
		{"Über die Nordwind Energie AG", "Die Nordwind Energie AG mit Sitz in Bremen plant und betreibt Windparks.", true},
		{"Sobre el Hospital San Rafael", "El Hospital San Rafael de Tordesilla es el hospital de referencia.", true},
		{"Edizioni Ponte Vecchio", "Fondata a Firenze nel 1972, Edizioni Ponte Vecchio pubblica narrativa.", true},
		{"Om Fjärdsoft", "Fjärdsoft AB grundades 2018 i Göteborg.", true},
		{"Parkhaus am Bahnhof wird günstiger", "Im städtischen Parkhaus am Bahnhof sinken die Preise.", false},                                           // a headline
		{"Om Fjärdsoft", "Bolaget grundades 2018 i Göteborg och utvecklar sedan dess digitala verktyg för kommunal vård under namnet Fjärdsoft.", false}, // named too late
		{"Hintergrund", "Hintergrund der Entscheidung ist der Streit um die Gebühren.", false},
		{"Wer ist Nordwind?", "Nordwind ist ein Energieversorger aus Bremen.", false},
	} {
		if got := repeatsName(tt.heading, tt.text); got != tt.want {
			t.Errorf("repeatsName(%q, %q) = %v, want %v", tt.heading, tt.text, got, tt.want)
		}
	}
}

// A press release's "About …" box where its text ends: the organisation's name over a
// paragraph that names it again is the site's; the release's last section, under a
// heading that is no name, is the text's.
func TestDecideAboutBox(t *testing.T) {
	const text = `date 2024-04-12 Die Brandauer Antriebstechnik GmbH eröffnet im Herbst ein neues Werk in Wittenfeld und schafft dort bis 2026 rund 180 Arbeitsplätze.

Das Werk soll vor allem Getriebe für Windkraftanlagen fertigen, deren Nachfrage sich in den vergangenen drei Jahren mehr als verdoppelt hat.

„Wir bauen dort, wo unsere Kunden sind“, sagte Geschäftsführerin Anna Kessler bei der Vorstellung der Pläne.

Über Brandauer Antriebstechnik
Die Brandauer Antriebstechnik GmbH mit Sitz in Hann. Münden entwickelt und fertigt seit 1923 Getriebe und Getriebemotoren für den Maschinenbau.`
	wantVerdicts(t, text, "TETETEBB")
}
