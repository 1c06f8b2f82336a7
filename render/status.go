package render

// Topic is what a message of the status line is about. Once that no longer
// holds, the message goes, so that the line never describes a past state.
type Topic int

const (
	Lasting   Topic = iota // stays until the next message: an error, what a file held
	Selection              // the selected span
	Saving                 // a failed write, a read-only tab
	Export                 // the outcome of an export
	Working                // how far a long job is
	Attempt                // what an action on the document shown did, or why it did nothing ("Accepted 6 suggestion(s)", "The selection holds only spaces")
)

// Event is a change on the page that may end what a message says.
type Event int

const (
	Deselected  Event = iota // no span is selected any more
	Stored                   // every change is stored again
	WorkChanged              // the work changed: an earlier export no longer holds it
	OtherShown               // another document or dataset is on screen
	ExportBegun              // a new export starts
	JobEnded                 // a long job ended
)

// ends lists the topics each event makes stale.
var ends = map[Event][]Topic{
	Deselected:  {Selection},
	Stored:      {Saving},
	WorkChanged: {Export, Attempt},
	OtherShown:  {Selection, Export, Attempt},
	ExportBegun: {Export},
	JobEnded:    {Working},
}

// Status is the page's status line.
type Status struct {
	Text  string
	Error bool
	Topic Topic
}

// After is the status line once e has happened: empty if e made its
// message stale, else unchanged.
func (s Status) After(e Event) Status {
	for _, t := range ends[e] {
		if s.Topic == t {
			return Status{}
		}
	}
	return s
}
