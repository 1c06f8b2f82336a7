package save

// Storage is where the work is kept: five kinds of records, written in
// transactions that commit all or nothing. Each method starts the work and
// returns; done is called once, when it commits or fails (at once if it
// cannot start).
type Storage interface {
	// ReadAll reads the dataset records, the journal and the meta records.
	ReadAll(done func(Contents, error))
	// ReadDocs reads the source and state records of documents from..to-1
	// of dataset ds, by document; documents it lacks are absent.
	ReadDocs(ds, from, to int, done func(map[int]Doc, error))
	// Write writes b in one transaction.
	Write(b Batch, done func(error))
}

// The records, by key (JSON is a JSON text in a string):
//
//	datasets  dataset id         → DatasetInfo as JSON
//	sources   [dataset id, doc]  → SourceHead: the first parts of the text
//	          and of the SourceInfo, and how many of each (parts.go)
//	          [dataset id, doc, k] → part k of the text, then of the info
//	states    [dataset id, doc]  → State as JSON
//	journal   Seq                → Change as JSON
//	meta      "current", "upTo", "version" → the dataset on screen, the last
//	          Seq the snapshot holds, the store's format, as JSON numbers

// Contents is what ReadAll reads.
type Contents struct {
	Datasets map[int]string    // dataset id → DatasetInfo as JSON
	Journal  map[int]string    // Seq → Change as JSON
	Meta     map[string]string // key → JSON
}

// DocKey names one document of one dataset.
type DocKey struct{ DS, Doc int }

// Source is a document's text and its SourceInfo, written once.
type Source struct {
	Text string `json:"text"`
	Info string `json:"info"`
	// UTF8 says that Text is known to be UTF-8, and is not checked again:
	// read back from the browser's strings, which Go gets through
	// TextEncoder, that writes only UTF-8 (checking a text of 60 MB is a
	// long task).
	UTF8 bool `json:"-"`
}

// Doc is what the store holds of one document; State is "" when it holds
// no state record.
type Doc struct {
	Source Source
	State  string
}

// Batch is what one transaction writes: first the datasets removed (with
// all their documents), then every record put, then the journal trimmed.
type Batch struct {
	Remove   []int
	Meta     map[string]string
	Datasets map[int]string
	Sources  map[DocKey]Source
	States   map[DocKey]string
	Journal  map[int]string
	// TrimTo deletes the journal records up to this Seq; 0 deletes none.
	TrimTo int
}

// Stores names the kinds of records b writes, in the order of the store's
// list (datasets, sources, states, journal, meta).
func (b Batch) Stores() []string {
	var names []string
	for _, s := range []struct {
		name string
		used bool
	}{
		{"datasets", len(b.Remove)+len(b.Datasets) > 0},
		{"sources", len(b.Remove)+len(b.Sources) > 0},
		{"states", len(b.Remove)+len(b.States) > 0},
		{"journal", len(b.Journal) > 0 || b.TrimTo > 0},
		{"meta", len(b.Meta) > 0},
	} {
		if s.used {
			names = append(names, s.name)
		}
	}
	return names
}
