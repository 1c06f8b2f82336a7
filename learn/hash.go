package learn

// A feature is a 64-bit FNV-1a hash of its template and values, so that no
// feature string is built and the weights stay keyed by numbers.
type hash uint64

const (
	fnvOffset hash = 14695981039346656037
	fnvPrime  hash = 1099511628211
)

// feature starts the hash of a feature of template t.
func feature(t byte) hash { return (fnvOffset ^ hash(t)) * fnvPrime }

// str adds s to the hash.
func (h hash) str(s string) hash {
	for i := 0; i < len(s); i++ {
		h = (h ^ hash(s[i])) * fnvPrime
	}
	return h
}

// sep adds a separator, so that ("ab","c") and ("a","bc") differ.
func (h hash) sep() hash { return (h ^ 0xff) * fnvPrime }
