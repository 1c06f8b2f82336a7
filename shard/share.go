package shard

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseOverlap reads an overlap share as a person types it: a percentage
// ("10%", "2.5 %") or a fraction ("0.1"), from 0 to 100% (0 to 1).
func ParseOverlap(s string) (float64, error) {
	text := strings.TrimSpace(s)
	percent := strings.HasSuffix(text, "%")
	text = strings.TrimSpace(strings.TrimSuffix(text, "%"))
	v, err := strconv.ParseFloat(text, 64)
	if err == nil && percent {
		v /= 100
	}
	if err != nil || !(v >= 0 && v <= 1) {
		return 0, fmt.Errorf("overlap %q is not a share from 0 to 100%% (as 10%% or 0.1)", s)
	}
	return v, nil
}
