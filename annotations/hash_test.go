package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The hashes below were checked against an FNV-1a written separately.

func TestInputHash(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int32
	}{
		{"the empty text gives the FNV-1a offset basis", "", -2128831035},
		{"a published FNV-1a test vector", "a", -468965076},
		{"a sum above 2^31 is negative, as in Prodigy", "Kyiv", -7610142},
		{"the UTF-8 bytes are hashed", "Zoë 🚢", 1940781233},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{Text: tt.text, Spans: []Span{{0, 1, "ENTITY"}}}
			if got := d.InputHash(); got != tt.want {
				t.Errorf("InputHash(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestTaskHash(t *testing.T) {
	text := "Zoë met Ñúñez in Kyiv."
	tests := []struct {
		name  string
		spans []Span
		want  int32
	}{
		{"no spans", nil, -123461770},
		{"one span, in code points", []Span{{0, 4, "ENTITY"}}, 354830392},
		{"the label counts", []Span{{0, 4, "CLAIM"}}, -1613444031},
		{"order and duplicates do not count", []Span{{21, 25, "ENTITY"}, {0, 4, "ENTITY"}, {0, 4, "ENTITY"}}, -417624898},
		{"sorted, the same spans give the same hash", []Span{{0, 4, "ENTITY"}, {21, 25, "ENTITY"}}, -417624898},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{Text: text, Spans: tt.spans}
			got, err := d.TaskHash()
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("TaskHash() = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestTaskHashRefusesWhatCannotBeWritten(t *testing.T) {
	d := &Document{Text: "Zoë", Spans: []Span{{0, 3, "ENTITY"}}}
	_, err := d.TaskHash()
	want := "cannot write span ENTITY[0,3): offset 3 (bytes) falls inside a code point"
	if diff := cmp.Diff(want, errString(err)); diff != "" {
		t.Errorf("TaskHash() error (-want +got):\n%s", diff)
	}
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}
