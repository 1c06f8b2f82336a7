package annotations

import "testing"

func TestNewDocumentRefusesWhatIsNotUTF8(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Mayor José 🌊", ""},
		{"", ""},
		{"ab\xffc", "text is not valid UTF-8 at byte 2"},
		{"é\xc3", "text is not valid UTF-8 at byte 2"},
	} {
		d, err := NewDocument(c.text)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want || (err == nil && d.Text != c.text) {
			t.Errorf("NewDocument(%q): error %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDocumentFromUTF8Source: a text known to be UTF-8 makes the same
// document as DocumentFromSource makes of it.
func TestDocumentFromUTF8Source(t *testing.T) {
	text, info := "Mayor José 🌊", []byte(`{"meta":{"id":"a1"},"extra":{"k":[1,2]}}`)
	want, err := DocumentFromSource(text, info)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DocumentFromUTF8Source(text, info)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != want.Text || string(got.Meta) != string(want.Meta) || len(got.Extra) != 1 || string(got.Extra[0].Value) != string(want.Extra[0].Value) || !got.utf8 {
		t.Errorf("DocumentFromUTF8Source made %+v; DocumentFromSource %+v", got, want)
	}
}
