package render

// Topic is what a message of the status line is about. Once that no longer
// holds, the message goes, so that the line never describes a past state.
type Topic int

const (
	Lasting    Topic = iota // stays until the next message: an error, what a file held
	Selection               // the selected span
	Saving                  // a failed write, a read-only tab
	Export                  // the outcome of an export
	Working                 // how far a long job is
	Attempt                 // what an action on the document shown did, or why it did nothing ("Accepted 6 suggestion(s)", "The selection holds only spaces")
	Setting                 // why a setting typed was not taken ("a threshold above 0 and below 1 …")
	Chosen                  // why the document shown was chosen to come next (Least sure first)
	ListChoice              // which dataset Enter opens, the Dataset list's keys having chosen it
)

// Event is a change on the page that may end what a message says.
type Event int

const (
	Deselected   Event = iota // no span is selected any more
	Stored                    // every change is stored again
	WorkChanged               // the work changed: an earlier export no longer holds it
	OtherShown                // another document or dataset is on screen
	ExportBegun               // a new export starts
	JobEnded                  // a long job ended
	SettingTaken              // a setting typed was taken
	ListLeft                  // the Dataset list was left, its choice put back
)

// ends lists the topics each event makes stale.
var ends = map[Event][]Topic{
	Deselected:   {Selection},
	Stored:       {Saving},
	WorkChanged:  {Export, Attempt},
	OtherShown:   {Selection, Export, Attempt, Setting, Chosen, ListChoice},
	ExportBegun:  {Export},
	JobEnded:     {Working},
	SettingTaken: {Setting},
	ListLeft:     {ListChoice},
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

// Line is the status line: the message shown, and the message a long job's
// progress covered, which is shown again when the job ends ("Opened a.txt"
// under "Drawing the document: 1 of 2 MB").
type Line struct {
	Shown, Covered Status
}

// Tell is the line once s is said.
func (l Line) Tell(s Status) Line {
	switch {
	case s.Topic != Working:
		return Line{Shown: s}
	case l.Shown.Topic == Working:
		return Line{Shown: s, Covered: l.Covered}
	}
	return Line{Shown: s, Covered: l.Shown}
}

// After is the line once e has happened: what e made stale goes, and when
// the job's progress goes, what it covered is shown again.
func (l Line) After(e Event) Line {
	shown, covered := l.Shown.After(e), l.Covered.After(e)
	if shown == (Status{}) && l.Shown.Topic == Working {
		return Line{Shown: covered}
	}
	return Line{Shown: shown, Covered: covered}
}
