package save

// State is what the header says of the work: #saved's data-state.
type State int

const (
	Saved    State = iota // everything is stored
	Saving                // a write has not committed yet
	Failed                // a write failed; the message says why
	Memory                // nothing can be stored: the work stays in the tab
	ReadOnly              // another tab edits and saves the work
)

var stateNames = [...]string{"saved", "saving", "failed", "memory", "readonly"}

// String is the state as #saved's data-state attribute holds it.
func (s State) String() string { return stateNames[s] }

var stateLabels = [...]string{
	"Saved in this browser", "Saving…", "Not saved: see the message",
	"Not saved: no storage", "Read-only: open in another tab",
}

// Label is the few words the header shows for the state; the message that
// comes with it tells the whole story.
func (s State) Label() string { return stateLabels[s] }

// Alarming reports whether the state's message must be shown as an error:
// work is not being stored.
func (s State) Alarming() bool { return s == Failed || s == Memory }
