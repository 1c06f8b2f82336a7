package save

import (
	"encoding/json"
	"maps"
	"slices"

	"spantag/annotations"
)

// View is how the page was left, apart from the work: where the document
// on screen of each dataset was scrolled to, and the export's choices. It
// is stored in the meta record "view". A view that cannot be read is
// forgotten: it is not work, and the page opens at the top with the
// default choices instead.
type View struct {
	Places map[int]Place `json:"places,omitempty"` // by dataset ID
	Export *ExportChoice `json:"export,omitempty"`
}

// Place is the line at the top of the window in a dataset's document.
type Place struct {
	Doc  int `json:"doc"`
	Line int `json:"line"`
}

// ExportChoice is what the export options were set to.
type ExportChoice struct {
	Format   string                     `json:"format"`
	Labels   []string                   `json:"labels"`
	Answers  []string                   `json:"answers"`
	Settings annotations.ExportSettings `json:"settings"`
}

// View returns the view as stored (or as set since).
func (s *Saver) View() View {
	v := s.view
	v.Places = maps.Clone(v.Places)
	return v
}

// SetPlace stores where ds's document on screen is scrolled to.
func (s *Saver) SetPlace(ds *Dataset, p Place) {
	if old, ok := s.view.Places[ds.ID]; ok && old == p {
		return
	}
	if s.view.Places == nil {
		s.view.Places = map[int]Place{}
	}
	s.view.Places[ds.ID] = p
	s.putView()
}

// SetExport stores the export's choices.
func (s *Saver) SetExport(c ExportChoice) {
	if s.view.Export != nil && sameChoice(*s.view.Export, c) {
		return
	}
	s.view.Export = &c
	s.putView()
}

func sameChoice(a, b ExportChoice) bool {
	return a.Format == b.Format && slices.Equal(a.Labels, b.Labels) &&
		slices.Equal(a.Answers, b.Answers) && a.Settings == b.Settings
}

// putView writes the view on its own. It is not work: its write neither
// shows the page as saving (which would move the controls under the
// pointer) nor holds the tab's closing, and one that fails is forgotten;
// the next snapshot writes the view again.
func (s *Saver) putView() {
	if s.storage != nil && !s.readOnly {
		s.storage.Write(Batch{Meta: map[string]string{"view": s.viewRecord()}}, func(error) {})
	}
}

func (s *Saver) viewRecord() string {
	b, err := json.Marshal(s.view)
	if err != nil {
		panic(err) // a View always marshals
	}
	return string(b)
}

// readView reads the meta record "view", forgetting one that is torn.
func readView(meta map[string]string) View {
	var v View
	if raw, ok := meta["view"]; ok && json.Unmarshal([]byte(raw), &v) != nil {
		return View{}
	}
	return v
}
