package render

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func TestVersions(t *testing.T) {
	d := &annotations.Document{Text: "Ann met <Bob>"}
	vs := []annotations.ReviewVersion{
		{Spans: []annotations.Span{{Start: 0, End: 3, Label: "ENTITY"}, {Start: 8, End: 13, Label: "ENTITY"}}, Answer: "accept", Sessions: []string{"news-alice", "bob"}},
		{Answer: "", Sessions: []string{"<carol>"}},
	}
	want := `<ol class="versions">` +
		`<li data-version="0"><span class="who">news-alice, bob</span>: accept, 2 spans: <span class="version-span">ENTITY “Ann”</span>, <span class="version-span">ENTITY “&lt;Bob&gt;”</span> <button type="button" data-version="0" aria-keyshortcuts="t">Take version 1<span class="visually-hidden">, by news-alice, bob</span></button></li>` +
		`<li data-version="1" class="chosen" aria-current="true"><span class="who">&lt;carol&gt;</span>: no answer, 0 spans <button type="button" data-version="1" aria-keyshortcuts="t">Take version 2<span class="visually-hidden">, by &lt;carol&gt;</span></button></li>` +
		`</ol>`
	if diff := cmp.Diff(want, Versions(d, vs, 1)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("Took version 2, by <carol>: 0 spans.", VersionTaken(1, vs[1])); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("Version 1, by news-alice, bob (2 spans): press t to take it.", VersionChosen(0, vs[0])); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
