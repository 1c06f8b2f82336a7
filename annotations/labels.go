package annotations

// Label is one tag an annotator can give a span: its name as exported, the
// key that applies it, and the colour the page draws it in.
type Label struct {
	Name  string
	Key   string
	Color string
}

// LabelSet is the configurable list of labels, in the order the page shows them.
type LabelSet []Label

// DefaultLabels are spantag's three labels. The colours are from the
// Okabe-Ito palette, which stays distinct under every common colour blindness.
var DefaultLabels = LabelSet{
	{Name: "ENTITY", Key: "1", Color: "#0072B2"},
	{Name: "CLAIM", Key: "2", Color: "#E69F00"},
	{Name: "BOILERPLATE", Key: "3", Color: "#7F7F7F"},
}

// ByKey returns the label applied by key.
func (ls LabelSet) ByKey(key string) (Label, bool) {
	for _, l := range ls {
		if l.Key == key {
			return l, true
		}
	}
	return Label{}, false
}

// Has reports whether name is one of the set's labels.
func (ls LabelSet) Has(name string) bool {
	for _, l := range ls {
		if l.Name == name {
			return true
		}
	}
	return false
}

// Names lists the label names in order.
func (ls LabelSet) Names() []string {
	names := make([]string, len(ls))
	for i, l := range ls {
		names[i] = l.Name
	}
	return names
}
