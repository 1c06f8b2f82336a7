package boiler

import "testing"

// Other pages' headlines with their dates at the end, under a heading with a colon,
// below the text: the site's, though the months are of a language the rules do not
// know, and though a call to subscribe written as a sentence follows them; the text's
// own dated lines, with its prose below them, stay the text's.
func TestDecideDatedTeasers(t *testing.T) {
	const text = `date 2023-11-20 Varimi vemapfunde muGuruve-Magumbo vakakohwa zvakanyanya gore rino kupfuura makore mashanu apfuura, sekutaura kwavo.

Sekuru Enock Tsvangirai vanoti mvura yakanaya nenguva uye mbeu yakachengetedzwa zvakanaka mumatura avo.

`
	tests := []struct{ name, text, want string }{
		{"a list of other pages", text + `Nyaya dzakafanana:
Mazano mashanu ekuchengetedza mbeu yemapfunde kubva kumapete — 18 Mbudzi 2023
Mitengo yefetiraiza yakwira zvakare pamberi pemwaka wekudyara — 15 Mbudzi 2023
Varimi vemombe vanyeverwa nezvechirwere chinokonzerwa nezvikwekwe (Mbudzi 10, 2023)

Nyorera tsamba yedu yevhiki nevhiki kuti uwane nhau dzekurima pamberi pevamwe vese.
© 2023 Murimi Wanhasi`, "TETEBBBBEBB"},
		{"the text's dated lines, its prose going on", text + `Misika yemapfunde:
Musika weGuruve unovhurwa zvakare — 4 Zvita 2023
Musika weMvurwi unotengesa mbeu itsva — 11 Zvita 2023
Musika weCentenary unopa mitengo yakanaka — 18 Zvita 2023

Varimi vanokurudzirwa kuuya nemapfunde avo akaomeswa zvakanaka uye akarongedzwa mumasaga akachena.

Mitengo ichaziviswa pamusika wega wega mangwanani, uye vatengi vanokumbirwa kuuya nemari yakakwana.`, "TETETTTTETET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}
