package jobs

import (
	"encoding/binary"
	"errors"
	"fmt"

	"spantag/annotations"
)

// The kinds of job the worker does that the page asks for.
const (
	// Echo replies with the request: the page's check that the worker runs.
	Echo = "echo"
	// OpenPage reads an HTML page. Request: Pack(name, page bytes). Reply:
	// the page as one document, as PackPage packs it.
	OpenPage = "open-page"
	// Export writes documents in a format other than spans JSONL. Request:
	// Pack(ExportRequest as JSON, the documents as spans JSONL). Reply:
	// Pack(ExportReply as JSON, then the data of each of its Files in order).
	Export = "export"
)

// Pack joins pieces into one byte slice that Unpack splits again: each
// piece is preceded by its length as a uvarint.
func Pack(pieces ...[]byte) []byte { return annotations.Pack(nil, pieces...) }

// Unpack splits what Pack joined. The pieces share b's memory.
func Unpack(b []byte) ([][]byte, error) {
	var pieces [][]byte
	for at := 0; at < len(b); {
		n, size := binary.Uvarint(b[at:])
		if size <= 0 {
			return nil, fmt.Errorf("piece %d: a bad length at byte %d", len(pieces)+1, at)
		}
		at += size
		if n > uint64(len(b)-at) {
			return nil, fmt.Errorf("piece %d: %d bytes long, but only %d follow", len(pieces)+1, n, len(b)-at)
		}
		pieces = append(pieces, b[at:at+int(n):at+int(n)])
		at += int(n)
	}
	return pieces, nil
}

// ErrShort is a reply that does not hold the pieces it announces.
var ErrShort = errors.New("the worker's reply is cut short")

// UnpackN is Unpack for exactly n pieces.
func UnpackN(b []byte, n int) ([][]byte, error) {
	pieces, err := Unpack(b)
	if err == nil && len(pieces) != n {
		err = fmt.Errorf("want %d pieces, got %d", n, len(pieces))
	}
	return pieces, err
}
