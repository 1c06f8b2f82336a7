package annotations

import "testing"

func TestDistinctName(t *testing.T) {
	for _, tc := range []struct {
		name  string
		taken []string
		want  string
	}{
		{"seed.txt", nil, "seed.txt"},
		{"seed.txt", []string{"other.txt"}, "seed.txt"},
		{"seed.txt", []string{"seed.txt"}, "seed.txt (2)"},
		{"seed.txt", []string{"seed.txt", "seed.txt (2)"}, "seed.txt (3)"},
		{"seed.txt", []string{"seed.txt (2)", "seed.txt"}, "seed.txt (3)"},
		{"seed.txt", []string{"seed.txt", "seed.txt (3)"}, "seed.txt (2)"},
		{"seed.txt (2)", []string{"seed.txt", "seed.txt (2)"}, "seed.txt (2) (2)"},
		{"Seed.txt", []string{"seed.txt"}, "Seed.txt"},
	} {
		if got := DistinctName(tc.name, tc.taken); got != tc.want {
			t.Errorf("DistinctName(%q, %q) = %q, want %q", tc.name, tc.taken, got, tc.want)
		}
	}
}
