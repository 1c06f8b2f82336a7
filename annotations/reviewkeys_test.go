package annotations

import "testing"

func TestReviewCommand(t *testing.T) {
	withV := LabelSet{{Name: "VERB", Key: "v"}}
	for _, c := range []struct {
		labels LabelSet
		key    Key
		want   ReviewKey
	}{
		{DefaultLabels, Key{Key: "v"}, ReviewNextVersion},
		{DefaultLabels, Key{Key: "V", Shift: true}, ReviewPreviousVersion},
		{DefaultLabels, Key{Key: "t"}, ReviewTakeVersion},
		{DefaultLabels, Key{Key: "t", Ctrl: true}, ReviewNone}, // Ctrl+T is the browser's
		{DefaultLabels, Key{Key: "v", Alt: true}, ReviewNone},
		{DefaultLabels, Key{Key: "1"}, ReviewNone},
		{withV, Key{Key: "v"}, ReviewNone}, // a label's key stays the label's
		{withV, Key{Key: "t"}, ReviewTakeVersion},
	} {
		if got := c.labels.ReviewCommand(c.key); got != c.want {
			t.Errorf("%+v with labels %v: %v, want %v", c.key, c.labels, got, c.want)
		}
	}
}
