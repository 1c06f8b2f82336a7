package render

import "testing"

func TestNothingExported(t *testing.T) {
	got := NothingExported("queue.jsonl", 3, []string{"accepted", "unanswered"})
	want := "Nothing exported: none of the 3 document(s) of queue.jsonl is accepted or unanswered. Tick more kinds of document in Export options."
	if got != want {
		t.Errorf("NothingExported = %q, want %q", got, want)
	}
}
