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

func TestOpenTogether(t *testing.T) {
	tests := []struct {
		names []string
		want  bool
	}{
		{[]string{"a.html", "b.HTM", "c.txt"}, true},
		{[]string{"a.html"}, false},
		{[]string{"a.html", "q.jsonl"}, false},
		{[]string{"a.html", "notes.md"}, false},
		{[]string{"a.html", "noext"}, false},
	}
	for _, tt := range tests {
		if got := OpenTogether(tt.names); got != tt.want {
			t.Errorf("OpenTogether(%q) = %v, want %v", tt.names, got, tt.want)
		}
	}
	for _, tt := range []struct {
		names []string
		want  string
	}{
		{[]string{"news-1.html", "news-2.html", "news-3.html"}, "news-1.html (+2 files)"},
		{[]string{"news-1.html", "news-3.html"}, "news-1.html (+1 file)"},
		{[]string{"news-1.html"}, "news-1.html"},
	} {
		if got := GroupName(tt.names); got != tt.want {
			t.Errorf("GroupName(%q) = %q, want %q", tt.names, got, tt.want)
		}
	}
}

func TestFileBase(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"news.jsonl", "news"},
		{"news.jsonl (2)", "news (2)"},
		{"news-1.html (+2 files)", "news-1 (+2 files)"},
		{"notes", "notes"},
		{"draft (final).txt", "draft (final)"},
		{"v1.2 notes", "v1.2 notes"}, // a point, but no extension
	} {
		if got := FileBase(tt.name); got != tt.want {
			t.Errorf("FileBase(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
