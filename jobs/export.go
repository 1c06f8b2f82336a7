package jobs

import "spantag/annotations"

// ExportRequest is what an Export job is asked to write.
type ExportRequest struct {
	Format  string                    `json:"format"` // an annotations.Formats ID
	Options annotations.ExportOptions `json:"options"`
}

// ExportReply says what an Export job wrote. Its Files' data follow it in
// the reply, in their order: first the main file of each part (Parts; ""
// alone when the export is not split), then the files that go with it.
type ExportReply struct {
	Parts   []string                `json:"parts"`
	Extra   []annotations.File      `json:"extra"` // without Data, which follows
	Written int                     `json:"written"`
	Stats   annotations.ExportStats `json:"stats"`
}
