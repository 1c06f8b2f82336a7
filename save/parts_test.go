package save

import (
	"strings"
	"testing"
	"unicode/utf8"

	gocmp "github.com/google/go-cmp/cmp"
)

func TestSplitText(t *testing.T) {
	for _, c := range []struct {
		name, text string
		size       int
		want       []string
	}{
		{"empty", "", 4, []string{""}},
		{"shorter", "abc", 4, []string{"abc"}},
		{"exactly one part", "abcd", 4, []string{"abcd"}},
		{"one byte over", "abcde", 4, []string{"abcd", "e"}},
		{"three parts", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"a character over the cut goes whole to the next part", "abcé", 4, []string{"abc", "é"}},
		{"a four-byte character over the cut", "ab🌊cd", 4, []string{"ab", "🌊", "cd"}},
		{"a character longer than a part is a part of its own", "🌊🌊", 2, []string{"🌊", "🌊"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if diff := gocmp.Diff(c.want, splitText(c.text, c.size)); diff != "" {
				t.Errorf("splitText(%q, %d) (-want +got):\n%s", c.text, c.size, diff)
			}
		})
	}
}

func FuzzSplitText(f *testing.F) {
	f.Add("Mayor José Ramírez 🌊 spoke.", 3)
	f.Add("", 1)
	f.Fuzz(func(t *testing.T, text string, size int) {
		if size < 1 || size > 64 || !utf8.ValidString(text) {
			return
		}
		parts := splitText(text, size)
		if got := strings.Join(parts, ""); got != text {
			t.Fatalf("the parts join to %q, not %q", got, text)
		}
		for _, p := range parts {
			if !utf8.ValidString(p) || (len(p) > size && utf8.RuneCountInString(p) > 1) || (p == "" && len(parts) > 1) {
				t.Fatalf("part %q of %q: cut inside a character, over %d bytes or empty", p, text, size)
			}
		}
	})
}

func TestSourcePartsRoundTrip(t *testing.T) {
	long := strings.Repeat("é", PartBytes)                                    // two parts
	longInfo := `{"_html":"` + strings.Repeat("<p>é</p>", PartBytes/5) + `"}` // two parts
	for _, c := range []struct {
		name                 string
		src                  Source
		wantParts, wantInfos int
	}{
		{"a short text is its head alone, as stores before parts hold it", Source{Text: "One.", Info: `{"a":1}`}, 0, 0},
		{"an empty text", Source{Info: "{}"}, 0, 0},
		{"exactly one part", Source{Text: strings.Repeat("a", PartBytes)}, 0, 0},
		{"a text of two parts, cut between characters", Source{Text: long, Info: "{}"}, 2, 0},
		{"three parts", Source{Text: long + "x🌊"}, 3, 0},
		{"a long info (a saved page's markup) in parts after a short text", Source{Text: "One.", Info: longInfo}, 0, 2},
		{"a long info after a long text", Source{Text: long + "x🌊", Info: longInfo + longInfo}, 3, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			head, rest := SourceParts(c.src)
			if head.Parts != c.wantParts || head.InfoParts != c.wantInfos || len(rest) != max(c.wantParts, 1)-1+max(c.wantInfos, 1)-1 {
				t.Fatalf("stored in a head of %d parts of text and %d of info, and %d more records; want %d and %d",
					head.Parts, head.InfoParts, len(rest), c.wantParts, c.wantInfos)
			}
			if len(head.Info) > PartBytes {
				t.Errorf("the head holds %d bytes of info, over a part's %d", len(head.Info), PartBytes)
			}
			var r SourceRecords
			r.Head(4, head)
			for k, p := range rest {
				if err := r.Part(4, k+1, p); err != nil {
					t.Fatal(err)
				}
			}
			got, err := r.Sources()
			if err != nil {
				t.Fatal(err)
			}
			if got[4] != c.src {
				t.Errorf("read back as %d bytes of text, info %q; want %d bytes, %q", len(got[4].Text), got[4].Info, len(c.src.Text), c.src.Info)
			}
		})
	}
}

func TestSourceRecordsDamaged(t *testing.T) {
	for _, c := range []struct {
		name, want string
		read       func(r *SourceRecords) error
	}{
		{"a part missing", "document 2: its text is stored in 2 parts of 3", func(r *SourceRecords) error {
			r.Head(1, SourceHead{Text: "a", Parts: 3})
			return r.Part(1, 1, "b")
		}},
		{"a part with no head", "document 2: part 1 of its text is out of place", func(r *SourceRecords) error {
			return r.Part(1, 1, "b")
		}},
		{"a head counting more parts than memory holds", "document 2: its text is stored in 2 parts of 1000000000", func(r *SourceRecords) error {
			r.Head(1, SourceHead{Text: "a", Parts: 1e9})
			return r.Part(1, 1, "b")
		}},
		{"a part of its info missing", "document 2: its text is stored in 3 parts of 4", func(r *SourceRecords) error {
			r.Head(1, SourceHead{Text: "a", Info: "{", Parts: 2, InfoParts: 3})
			if err := r.Part(1, 1, "b"); err != nil {
				return err
			}
			return r.Part(1, 2, "}")
		}},
		{"a part skipped", "document 2: part 2 of its text is out of place", func(r *SourceRecords) error {
			r.Head(1, SourceHead{Text: "a", Parts: 3})
			return r.Part(1, 2, "c")
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var r SourceRecords
			err := c.read(&r)
			if err == nil {
				_, err = r.Sources()
			}
			if err == nil || err.Error() != c.want {
				t.Errorf("got error %v, want %q", err, c.want)
			}
		})
	}
}

func TestSourcePartsPastTheCount(t *testing.T) {
	var r SourceRecords
	r.Head(1, SourceHead{Text: "ab", Parts: 2})
	for k, part := range []string{"cd", "left from an earlier write"} {
		if err := r.Part(1, k+1, part); err != nil {
			t.Fatal(err)
		}
	}
	got, err := r.Sources()
	if err != nil || got[1].Text != "abcd" {
		t.Errorf("read %q, %v; want the text of the head's two parts, abcd", got[1].Text, err)
	}
	r = SourceRecords{}
	r.Head(1, SourceHead{Text: "ab", Info: `{"a":`, InfoParts: 2})
	for k, part := range []string{`1}`, "left from an earlier write"} {
		if err := r.Part(1, k+1, part); err != nil {
			t.Fatal(err)
		}
	}
	got, err = r.Sources()
	if err != nil || got[1] != (Source{Text: "ab", Info: `{"a":1}`}) {
		t.Errorf("read %+v, %v; want the text ab and the info of the head's two parts", got[1], err)
	}
}

// TestLargeDocumentStoredInParts stores a document larger than a part: the
// store holds it in parts, written in one transaction (a crash before it
// commits leaves none of them, after it all), and reads it back exact.
func TestLargeDocumentStoredInParts(t *testing.T) {
	text := strings.Repeat("Mayor José Ramírez 🌊 spoke. ", PartBytes/10)
	m := newMemStore()
	p := openPage(t, m)
	p.m.crash() // the sample's snapshot is taken; now a large document comes
	p.add("Large", text)
	p.m.crash() // before its snapshot: nothing of it is stored
	if len(m.parts) != 0 || len(p.reload().s.Datasets) != 1 {
		t.Fatalf("after a crash before the snapshot, the store holds %d parts and %d datasets", len(m.parts), len(p.s.Datasets))
	}
	p = openPage(t, m)
	p.add("Large", text)
	p.m.settle(t)
	if want := len(text)/PartBytes + 1; len(m.parts) != want-1 || m.sources[DocKey{p.s.Dataset().ID, 0}].Parts != want {
		t.Fatalf("the store holds the document in a head and %d parts; want %d in all", len(m.parts), want)
	}
	p = p.reload()
	d := p.s.Dataset().Queue.Current()
	if p.s.Dataset().Queue.Name != "Large" || d == nil || d.Text != text {
		t.Errorf("the large document did not read back exact")
	}
	p.s.Remove(p.s.Dataset())
	p.m.settle(t)
	if len(m.parts) != 0 {
		t.Errorf("removing the dataset left %d parts of its text", len(m.parts))
	}
}
