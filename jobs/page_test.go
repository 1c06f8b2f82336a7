package jobs

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestPackPage: the worker's page document comes back as it was: text,
// meta and extra keys in their order.
func TestPackPage(t *testing.T) {
	d, err := annotations.NewDocument("Mayor José 🌊\nRead more")
	if err != nil {
		t.Fatal(err)
	}
	d.Meta = []byte(`{"source":"café.html"}`)
	d.Extra = []annotations.Field{{Key: "_html", Value: []byte(`"<p>Mayor José 🌊</p><a>Read more</a>"`)},
		{Key: "_html_regions", Value: []byte(`{"a":[[13,22]]}`)}}
	got, err := UnpackPage(PackPage(d))
	if err != nil {
		t.Fatal(err)
	}
	type page struct {
		Text, Meta string
		Extra      []annotations.Field
	}
	want := page{d.Text, string(d.Meta), d.Extra}
	if diff := cmp.Diff(want, page{got.Text, string(got.Meta), got.Extra}, cmp.Comparer(func(a, b []byte) bool { return string(a) == string(b) })); diff != "" {
		t.Errorf("UnpackPage (-want +got):\n%s", diff)
	}
	if _, err := UnpackPage(Pack([]byte("text"))); err == nil || !strings.Contains(err.Error(), "cut short") {
		t.Errorf("a reply of the text alone: %v", err)
	}
}
