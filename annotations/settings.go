package annotations

import (
	"fmt"
	"strconv"
	"strings"
)

// ExportSettings are the export options the page shows as fields, as the
// annotator left them: ticks, and numbers as typed.
type ExportSettings struct {
	LeaveOutBoilerplate bool   `json:"leave_out_boilerplate,omitempty"` // the entity files leave out boilerplate sentences
	ByDocument          bool   `json:"by_document,omitempty"`           // the entity files write a record per document
	Window              string `json:"window,omitempty"`                // most tokens in an entity record; "" for DefaultWindowTokens
	Dev                 string `json:"dev,omitempty"`                   // percent of documents in the dev part; "" or 0 for none
	Test                string `json:"test,omitempty"`                  // percent in the test part
	Suggestions         bool   `json:"suggestions,omitempty"`           // the spans files add the open suggestions
}

// Apply sets the entity and split options of o from s, refusing a number
// that is not a whole number in its range, with a message naming its field.
func (s ExportSettings) Apply(o *ExportOptions) error {
	window, err := wholeNumber("Window", s.Window, 1, 1_000_000)
	if err != nil {
		return err
	}
	dev, err := wholeNumber("Dev", s.Dev, 0, 100)
	if err != nil {
		return err
	}
	test, err := wholeNumber("Test", s.Test, 0, 100)
	if err != nil {
		return err
	}
	if dev+test > 100 {
		return fmt.Errorf("dev and test take %d%% of the documents together; at most 100%%", dev+test)
	}
	o.KeepBoilerplate, o.ByDocument, o.WindowTokens = !s.LeaveOutBoilerplate, s.ByDocument, window
	o.Suggestions = s.Suggestions
	o.Split = Split{Dev: dev, Test: test}
	return nil
}

// wholeNumber reads the field name's value typed, 0 when it is empty.
func wholeNumber(name, typed string, least, most int) (int, error) {
	typed = strings.TrimSpace(typed)
	if typed == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(typed)
	if err != nil || n < least || n > most {
		return 0, fmt.Errorf("%s must be a whole number from %d to %d, not %q", name, least, most, typed)
	}
	return n, nil
}
