package annotations

import "encoding/json"

// ReadState reads a stored State (as json.Marshal writes it) into st. The
// usual state, spans with an answer and no history, is read by the scanner
// (jsonscan.go, spanscan.go), not by encoding/json's reflection, which was
// most of the time of reading an export's documents back from the store;
// any other goes to encoding/json, and both give the same State.
func ReadState(raw []byte, st *State) error {
	if scanState(raw, st) {
		return nil
	}
	*st = State{}
	return json.Unmarshal(raw, st)
}

// scanState reads raw into st if it is an object whose keys are spans (a
// list as scanSpans reads it), answer (a string) and history (an empty
// object), each at most once; false for any other, st then undefined.
func scanState(raw []byte, st *State) bool {
	*st = State{}
	fields, err := splitObject(raw)
	if err != nil {
		return false
	}
	seen := map[string]bool{}
	for _, f := range fields {
		if seen[f.Key] || !takeState(st, f) {
			return false
		}
		seen[f.Key] = true
	}
	return true
}

// takeState sets the field f of st, if it is one scanState reads.
func takeState(st *State, f Field) bool {
	switch f.Key {
	case "spans":
		list, ok := scanSpans(f.Value)
		if !ok {
			return false
		}
		st.Spans = make([]Span, len(list))
		for i, s := range list {
			st.Spans[i] = Span{Start: deref(s.Start), End: deref(s.End), Label: s.Label}
		}
		return true
	case "answer":
		answer, ok := unescape(f.Value)
		st.Answer = Answer(answer)
		return ok
	case "history":
		history, err := splitObject(f.Value)
		return err == nil && len(history) == 0
	}
	return false
}

// deref is *n, 0 for nil.
func deref(n *int) int {
	if n == nil {
		return 0
	}
	return *n
}
