package shard

import "testing"

func TestParseOverlap(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
		err  string
	}{
		{"10%", 0.1, ""},
		{" 2.5 % ", 0.025, ""},
		{"0.1", 0.1, ""},
		{"0", 0, ""},
		{"100%", 1, ""},
		{"1", 1, ""},
		{"10", 0, `overlap "10" is not a share from 0 to 100% (as 10% or 0.1)`},
		{"-5%", 0, `overlap "-5%" is not a share from 0 to 100% (as 10% or 0.1)`},
		{"NaN", 0, `overlap "NaN" is not a share from 0 to 100% (as 10% or 0.1)`},
		{"ten", 0, `overlap "ten" is not a share from 0 to 100% (as 10% or 0.1)`},
		{"", 0, `overlap "" is not a share from 0 to 100% (as 10% or 0.1)`},
	} {
		got, err := ParseOverlap(tt.in)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if got != tt.want || msg != tt.err {
			t.Errorf("ParseOverlap(%q) = %v, %q; want %v, %q", tt.in, got, msg, tt.want, tt.err)
		}
	}
}
