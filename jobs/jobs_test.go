package jobs

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPackUnpack(t *testing.T) {
	for _, tt := range []struct {
		name   string
		pieces [][]byte
	}{
		{"none", nil},
		{"one empty", [][]byte{{}}},
		{"name and page", [][]byte{[]byte("café.html"), []byte("<p>Mayor José 🌊</p>")}},
		{"a long piece", [][]byte{[]byte(strings.Repeat("x", 300)), {0}, {}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Unpack(Pack(tt.pieces...))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.pieces, got, cmp.Comparer(func(a, b []byte) bool { return string(a) == string(b) })); diff != "" {
				t.Errorf("Unpack(Pack(pieces)) (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPackBytes(t *testing.T) {
	// 300 is 0xAC 0x02 as a uvarint.
	got := Pack([]byte("ab"), make([]byte, 300))
	if diff := cmp.Diff([]byte{2, 'a', 'b', 0xAC, 0x02}, got[:5]); diff != "" {
		t.Errorf("Pack's first bytes (-want +got):\n%s", diff)
	}
	if len(got) != 5+300 {
		t.Errorf("len(Pack) = %d, want 305", len(got))
	}
}

func TestUnpackRefusesBadInput(t *testing.T) {
	for _, tt := range []struct {
		in   []byte
		want string
	}{
		{[]byte{5, 'a', 'b'}, "piece 1: 5 bytes long, but only 2 follow"},
		{[]byte{1, 'a', 0x80}, "piece 2: a bad length at byte 2"},
	} {
		if _, err := Unpack(tt.in); err == nil || err.Error() != tt.want {
			t.Errorf("Unpack(%v) = %v, want %q", tt.in, err, tt.want)
		}
	}
	if _, err := UnpackN(Pack([]byte("a")), 2); err == nil || err.Error() != "want 2 pieces, got 1" {
		t.Errorf("UnpackN(one piece, 2) = %v, want a count error", err)
	}
}

func FuzzUnpack(f *testing.F) {
	f.Add(Pack([]byte("page.html"), []byte("<p>x</p>")))
	f.Add([]byte{0x80})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		pieces, err := Unpack(b)
		if err != nil {
			return
		}
		if got := Pack(pieces...); string(got) != string(b) && len(got) > len(b) {
			// A uvarint may be written longer than needed; repacking
			// never makes it longer.
			t.Errorf("Pack(Unpack(b)) is %d bytes, b %d", len(got), len(b))
		}
	})
}
