package annotations

// Raw returns the JSON of the document Read read last, loaded or not, as
// the file has it, and the line it starts on; raw is valid until the next
// Read. It is for readers of shapes the Document does not keep, such as
// the several annotators' annotations of one Label Studio task (package
// agree reads them apart).
func (r *Reader) Raw() (raw []byte, line int) { return r.raw, r.line }
