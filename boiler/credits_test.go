package boiler

import (
	"fmt"
	"testing"
)

// TestCaptionsAboveCredits: a sentence between a picture's buttons and its credit alone
// on its line is the picture's caption; one above a caption that starts with its credit
// ("Leserfoto: …"), or above a credit that the text does not follow, is left as decided.
func TestCaptionsAboveCredits(t *testing.T) {
	body := `Bookmobile makes its last run after three decades
By Dana Whitcomb · March 3, 2026
On a gray Tuesday morning in the gravel lot behind the post office, the county's bookmobile opened its door for the last time.
Share on Facebook
Librarian Joyce Ambler checks out books to students aboard the bookmobile last week, before its final trip.
%s
The bus, bought in 1995, has carried more than a million books to the county's most remote homes and schools.
Its replacement, a smaller van, will keep the same stops but visit each of them every other week.`
	wantVerdicts(t, fmt.Sprintf(body, "Photo: Marcus Oyelowo/The Harlan Sentinel"), "TBTBBBTT")
	wantVerdicts(t, fmt.Sprintf(body, "Leserfoto: Zuschauer an der Schwanenbrücke"), "TBTBTBTT")
}
