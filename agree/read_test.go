package agree

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func TestReadLabelStudioAnnotationsApart(t *testing.T) {
	// A Label Studio export (a JSON array): the first task annotated by
	// user 1, by b@x.org (an object, as older exports write it) and by user
	// 3, who cancelled; the second by user 1 and by someone unnamed; then a
	// task the reader refuses (a span outside the text) and one with no
	// annotations.
	file := `[
{"id":10,"data":{"text":"Ann met Bob"},"annotations":[
  {"completed_by":1,"result":[{"type":"labels","value":{"start":0,"end":3,"labels":["ENTITY"]}}]},
  {"completed_by":{"id":2,"email":"b@x.org"},"result":[{"type":"labels","value":{"start":8,"end":11,"labels":["ENTITY"]}}]},
  {"completed_by":3,"was_cancelled":true,"result":[]}]},
{"id":11,"data":{"text":"It rains"},"annotations":[
  {"completed_by":"1","result":[{"type":"labels","value":{"start":0,"end":8,"labels":["CLAIM"]}}]},
  {"result":[]}]},
{"id":12,"data":{"text":"Short"},"annotations":[{"completed_by":1,"result":[{"type":"labels","value":{"start":0,"end":99,"labels":["CLAIM"]}}]}]},
{"id":13,"data":{"text":"Not yet"}}
]`
	src, report, err := Read("team.json", strings.NewReader(file), annotations.DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range src.Docs {
		s := d.Text + " | " + annotatorOf(d, "(file)") + " " + string(d.Answer)
		for _, sp := range d.Spans {
			s += " " + sp.String()
		}
		got = append(got, s)
	}
	want := []string{
		"Ann met Bob | 1  ENTITY[0,3)",
		"Ann met Bob | b@x.org  ENTITY[8,11)",
		"Ann met Bob | 3 ignore",
		"It rains | 1  CLAIM[0,8)",
		"It rains | (file) ",
		"Not yet | (file) ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	if len(report.Errors) != 1 || report.Errors[0].Line != 9 {
		t.Errorf("errors %v, want line 9's", report.Errors)
	}
	if src.Name != "team.json" || src.Docs[0].ID() != "10" {
		t.Errorf("source %q, first id %q: want team.json and the task's id", src.Name, src.Docs[0].ID())
	}

	// Matched, user 1 and b@x.org disagree on the first task; user 3's
	// cancelled version is left out, and "It rains" has one version by user
	// 1 and one by the file.
	m := Match([]Source{src}, MatchOptions{})
	if diff := cmp.Diff([]string{"1", "b@x.org", "team.json"}, m.Annotators); diff != "" {
		t.Errorf("annotators (-want +got):\n%s", diff)
	}
	if m.LeftOut != 1 {
		t.Errorf("left out %d, want user 3's cancelled annotation", m.LeftOut)
	}
}

func TestReadOtherFiles(t *testing.T) {
	src, report, err := Read("a.jsonl", strings.NewReader(`{"text":"Ann","spans":[{"start":0,"end":3,"label":"ENTITY"}],"_annotator_id":"ana"}`+"\n{bad\n"), annotations.DefaultLabels)
	if err != nil || len(src.Docs) != 1 || annotatorOf(src.Docs[0], "") != "ana" || len(src.Docs[0].Spans) != 1 || len(report.Errors) != 1 {
		t.Errorf("Read: %v, %d documents, %v", err, len(src.Docs), report.Errors)
	}
	if _, _, err := Read("b.json", iotest.ErrReader(errors.New("disk gone")), annotations.DefaultLabels); err == nil || err.Error() != "b.json: disk gone" {
		t.Errorf("Read of a file that cannot be read: %v, want an error naming it", err)
	}
}
