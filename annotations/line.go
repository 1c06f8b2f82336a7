package annotations

// Line is the line of the file that the document Read returned last starts
// on, from 1 (its object's, for a version of a Label Studio task).
func (r *Reader) Line() int { return r.line }
