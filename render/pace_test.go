package render

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPace(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	p := NewPace(t0)
	type check struct {
		ms            int
		due, progress bool
	}
	var got []check
	for _, ms := range []int{0, 9, 10, 11} {
		got = append(got, check{ms, p.Due(at(ms)), p.ShowProgress(at(ms))})
	}
	p.Resumed(at(30)) // came back from yielding
	for _, ms := range []int{30, 39, 40, 199, 200} {
		got = append(got, check{ms, p.Due(at(ms)), p.ShowProgress(at(ms))})
	}
	p.Showed(at(200))
	p.Resumed(at(210))
	for _, ms := range []int{220, 299, 300} {
		got = append(got, check{ms, p.Due(at(ms)), p.ShowProgress(at(ms))})
	}
	want := []check{
		{0, false, false}, {9, false, false}, {10, true, false}, {11, true, false},
		{30, false, false}, {39, false, false}, {40, true, false}, {199, true, false}, {200, true, true},
		{220, true, false}, {299, true, false}, {300, true, true}, // shown again ProgressEvery later
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(check{})); diff != "" {
		t.Errorf("Pace (-want +got):\n%s", diff)
	}
}

func TestJobProgress(t *testing.T) {
	for _, c := range []struct {
		job         Job
		done, total int
		want        string
	}{
		{Job{"Exporting", "documents"}, 1200, 10000, "Exporting: 1200 of 10000 documents…"},
		{Job{"Reading x.jsonl", "documents"}, 1200, 0, "Reading x.jsonl: 1200 documents so far…"},
		{Job{"Drawing", "lines"}, 0, 3, "Drawing: 0 of 3 lines…"},
	} {
		if got := c.job.Progress(c.done, c.total); got != c.want {
			t.Errorf("%v.Progress(%d, %d) = %q, want %q", c.job, c.done, c.total, got, c.want)
		}
	}
}
