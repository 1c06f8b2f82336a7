package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExportSettings(t *testing.T) {
	tests := []struct {
		name    string
		s       ExportSettings
		want    ExportOptions
		wantErr string
	}{
		{"the page's defaults", ExportSettings{LeaveOutBoilerplate: true, Window: "128", Dev: "0", Test: "0"}, ExportOptions{WindowTokens: 128}, "<nil>"},
		{"everything", ExportSettings{ByDocument: true, Window: " 64 ", Dev: "10", Test: "15", Suggestions: true}, ExportOptions{KeepBoilerplate: true, ByDocument: true, WindowTokens: 64, Split: Split{Dev: 10, Test: 15}, Suggestions: true}, "<nil>"},
		{"empty fields", ExportSettings{LeaveOutBoilerplate: true}, ExportOptions{}, "<nil>"},
		{"no window", ExportSettings{Window: "0"}, ExportOptions{}, `Window must be a whole number from 1 to 1000000, not "0"`},
		{"a fraction", ExportSettings{Dev: "2.5"}, ExportOptions{}, `Dev must be a whole number from 0 to 100, not "2.5"`},
		{"too much", ExportSettings{Dev: "60", Test: "50"}, ExportOptions{}, "dev and test take 110% of the documents together; at most 100%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got ExportOptions
			err := tt.s.Apply(&got)
			if diff := cmp.Diff(tt.wantErr, errString(err)); diff != "" {
				t.Fatalf("error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, got); err == nil && diff != "" {
				t.Errorf("options (-want +got):\n%s", diff)
			}
		})
	}
}
