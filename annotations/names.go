package annotations

import (
	"fmt"
	"slices"
)

// DistinctName is name, or, when a dataset already has it, name with the
// first free number after it ("seed.txt (2)"), so that two datasets opened
// from files of one name can be told apart.
func DistinctName(name string, taken []string) string {
	distinct := name
	for n := 2; slices.Contains(taken, distinct); n++ {
		distinct = fmt.Sprintf("%s (%d)", name, n)
	}
	return distinct
}
