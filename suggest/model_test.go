package suggest

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/learn"
	"spantag/learn/corpus"
	"spantag/learn/curve"
)

var modelLabels = []string{"ENTITY", "CLAIM", "BOILERPLATE"}

func learnJob(i int, d *annotations.Document, ans annotations.Answer) annotations.ModelLearnJob {
	return annotations.ModelLearnJob{Dataset: "1", Labels: modelLabels, Threshold: 0.5, Doc: i, Answer: ans, Text: d.Text, Spans: d.Spans}
}

// trainedOn is the model file of dataset "1" trained from scratch on docs
// in order (their corpus fed first, see fed).
func trainedOn(t *testing.T, docs []*annotations.Document) []byte {
	t.Helper()
	m, err := learn.New(learn.DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		learnDoc("1", m, d)
	}
	return m.Encode()
}

// fed is docs, whose texts dataset "1"'s corpus has counted: the lines'
// evidence is then the same whenever they are learnt.
func fed(docs []*annotations.Document) []*annotations.Document { return fedTo("1", docs) }

// fedTo is docs, whose texts dataset's corpus has counted.
func fedTo(dataset string, docs []*annotations.Document) []*annotations.Document {
	c := corpusOf(dataset)
	for _, d := range docs {
		c.Add(d.Text)
	}
	return docs
}

func TestModelLearnsAcceptedDocuments(t *testing.T) {
	docs := fed(corpus.Generate(7, 6))
	var ls Learners
	if got, _ := ls.Suggest(annotations.ModelSuggestJob{Dataset: "1", Labels: modelLabels, Threshold: 0.5, Text: docs[0].Text}); got != nil {
		t.Errorf("an untrained model suggests %v", got)
	}
	var reply annotations.ModelReply
	for i, d := range docs[:5] {
		if _, err := ls.Learn(learnJob(i, d, annotations.Reject)); err != nil { // rejected: not learnt
			t.Fatal(err)
		}
		var err error
		if reply, err = ls.Learn(learnJob(i, d, annotations.Accept)); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff([]int{0, 1, 2, 3, 4}, reply.Learnt); diff != "" {
		t.Errorf("learnt (-want +got):\n%s", diff)
	}
	if !bytes.Equal(reply.Model, trainedOn(t, docs[:5])) {
		t.Error("learning five accepted documents one at a time is not training on them in order")
	}
	if len(reply.Scores.Docs) != 5 || reply.Scores.Docs[0][0] != (annotations.ModelCounts{FN: countLabel(docs[0].Spans, "ENTITY")}) {
		t.Errorf("scores %+v: want 5 documents, the first all missed", reply.Scores)
	}
	got, err := ls.Suggest(annotations.ModelSuggestJob{Dataset: "1", Labels: modelLabels, Threshold: 0.5, Text: docs[5].Text})
	if err != nil || len(got) == 0 {
		t.Fatalf("no suggestions after five documents (%v)", err)
	}
	for _, g := range got {
		r := g.Reasons[0]
		if len(g.Reasons) != 1 || r.From != annotations.FromModel || r.Score < 0.5 || !strings.HasPrefix(r.Text, "model 0.") && r.Text != "model 1.00" {
			t.Errorf("suggestion %+v: want one reason from the model scoring at least 0.5", g)
		}
	}
}

func countLabel(spans []annotations.Span, label string) int {
	n := 0
	for _, s := range spans {
		if s.Label == label {
			n++
		}
	}
	return n
}

func TestModelRetrainsWhenALearntDocumentChanges(t *testing.T) {
	docs := fed(corpus.Generate(7, 4))
	var ls Learners
	for i, d := range docs {
		if _, err := ls.Learn(learnJob(i, d, annotations.Accept)); err != nil {
			t.Fatal(err)
		}
	}
	again, err := ls.Learn(learnJob(2, docs[2], annotations.Accept)) // unchanged
	if err != nil || again.Retrained {
		t.Errorf("the same document again: retrained %v (%v), want nothing done", again.Retrained, err)
	}
	edited := *docs[1]
	edited.Spans = slices.Clone(docs[1].Spans[1:]) // a span removed
	reply, err := ls.Learn(learnJob(1, &edited, annotations.Accept))
	if err != nil || !reply.Retrained {
		t.Fatalf("an edited document: retrained %v (%v)", reply.Retrained, err)
	}
	if !bytes.Equal(reply.Model, trainedOn(t, []*annotations.Document{docs[0], &edited, docs[2], docs[3]})) {
		t.Error("after an edit, the model is not the one trained from scratch in the same order")
	}
	reply, err = ls.Learn(learnJob(0, docs[0], annotations.Ignore))
	if err != nil || !reply.Retrained {
		t.Fatalf("an answer changed: retrained %v (%v)", reply.Retrained, err)
	}
	if diff := cmp.Diff([]int{1, 2, 3}, reply.Learnt); diff != "" {
		t.Errorf("learnt (-want +got):\n%s", diff)
	}
	if !bytes.Equal(reply.Model, trainedOn(t, []*annotations.Document{&edited, docs[2], docs[3]})) {
		t.Error("after an answer changed, the model is not the one trained from scratch without it")
	}
	if len(reply.Scores.Docs) != 3 {
		t.Errorf("%d documents scored; want 3: the chart counts the documents answered Accept, not one ignored since", len(reply.Scores.Docs))
	}
}

// TestModelScoresEachAcceptedDocumentOnce: a document accepted, rejected
// and accepted again is scored once, as the last document learnt (QA pass
// 12: the chart counted it twice, and a rejected one still).
func TestModelScoresEachAcceptedDocumentOnce(t *testing.T) {
	docs := fed(corpus.Generate(7, 4))
	var ls Learners
	learn := func(i int, ans annotations.Answer) annotations.ModelReply {
		t.Helper()
		reply, err := ls.Learn(learnJob(i, docs[i], ans))
		if err != nil || reply.Missing != nil { // the worker holds them all here
			t.Fatalf("learning %d: %v (asked for %v)", i, err, reply.Missing)
		}
		return reply
	}
	var first annotations.ModelReply
	for i := range docs {
		first = learn(i, annotations.Accept)
	}
	rejected := learn(1, annotations.Reject)
	if want := [][]annotations.ModelCounts{first.Scores.Docs[0], first.Scores.Docs[2], first.Scores.Docs[3]}; !cmp.Equal(want, rejected.Scores.Docs) {
		t.Errorf("after a reject, scores %v, want those of documents 0, 2 and 3", rejected.Scores.Docs)
	}
	again := learn(1, annotations.Accept)
	if diff := cmp.Diff([]int{0, 2, 3, 1}, again.Learnt); diff != "" {
		t.Errorf("learnt (-want +got):\n%s", diff)
	}
	if len(again.Scores.Docs) != 4 {
		t.Errorf("accepted again: %d documents scored, want 4, one per document learnt", len(again.Scores.Docs))
	}
}

func TestModelLoadedAsksForTheDocumentsItNeeds(t *testing.T) {
	docs := fed(corpus.Generate(7, 3))
	stored := learntAll(t, docs)
	var after Learners // a reload
	if err := after.Load(annotations.ModelLoadJob{Dataset: "1", Labels: modelLabels, Stored: stored}); err != nil {
		t.Fatal(err)
	}
	job := learnJob(0, docs[0], annotations.Reject)
	reply, err := after.Learn(job)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{1, 2}, reply.Missing); diff != "" {
		t.Fatalf("missing (-want +got):\n%s", diff)
	}
	for _, i := range reply.Missing {
		job.Known = append(job.Known, annotations.ModelDoc{Doc: i, Text: docs[i].Text, Spans: docs[i].Spans})
	}
	if reply, err = after.Learn(job); err != nil || !reply.Retrained {
		t.Fatalf("sent again with the documents: retrained %v (%v)", reply.Retrained, err)
	}
	if !bytes.Equal(reply.Model, trainedOn(t, docs[1:])) || !cmp.Equal(stored.Scores.Docs[1:], reply.Scores.Docs) {
		t.Errorf("after a reload, rejecting a document learnt does not train on the others in order, keeping their scores (%d)", len(reply.Scores.Docs))
	}
}

func TestModelImported(t *testing.T) {
	docs := fed(corpus.Generate(7, 4))
	file := trainedOn(t, docs[:2])
	var ls Learners
	for _, bad := range [][]byte{[]byte("not a model"), {}, nil} { // an empty file comes as nil through JSON
		if _, err := ls.Import(annotations.ModelLoadJob{Dataset: "1", Labels: modelLabels, File: bad}); err == nil || err.Error() != learn.ErrNotModel.Error() {
			t.Errorf("importing %q: %v, want %v", bad, err, learn.ErrNotModel)
		}
	}
	if _, err := ls.Import(annotations.ModelLoadJob{Dataset: "1", Labels: []string{"PERSON", "CLAIM", "BOILERPLATE"}, File: file}); err == nil || !strings.Contains(err.Error(), "the model knows the labels ENTITY, CLAIM, BOILERPLATE") {
		t.Errorf("importing a model of other labels: %v", err)
	}
	reply, err := ls.Import(annotations.ModelLoadJob{Dataset: "1", Labels: modelLabels, File: file})
	if err != nil || !bytes.Equal(reply.Model, file) {
		t.Fatalf("imported: %v, the same model %v", err, bytes.Equal(reply.Model, file))
	}
	if _, err := ls.Import(annotations.ModelLoadJob{Dataset: "1", Labels: modelLabels}); err == nil || !bytes.Equal(ls.sets["1"].model.Encode(), file) {
		t.Errorf("a refused import (%v) changed the model imported before", err)
	}
	for i, d := range docs[2:] {
		if reply, err = ls.Learn(learnJob(i, d, annotations.Accept)); err != nil {
			t.Fatal(err)
		}
	}
	if reply, err = ls.Learn(learnJob(0, docs[2], annotations.Ignore)); err != nil || !reply.Retrained {
		t.Fatalf("retrained %v (%v)", reply.Retrained, err)
	}
	m, err := learn.Decode(file)
	if err != nil {
		t.Fatal(err)
	}
	learnDoc("1", m, docs[3])
	if !bytes.Equal(reply.Model, m.Encode()) {
		t.Error("training again from scratch does not start from the model imported")
	}
}

func TestModelSuggestJobPacksItsReply(t *testing.T) {
	docs := fed(corpus.Generate(7, 4))
	for i, d := range docs[:3] {
		if _, err := models.Learn(learnJob(i, d, annotations.Accept)); err != nil {
			t.Fatal(err)
		}
	}
	job := annotations.ModelSuggestJob{Dataset: "1", Labels: modelLabels, Threshold: 0.5, Text: docs[3].Text}
	want, err := models.Suggest(job)
	if err != nil || len(want) == 0 {
		t.Fatalf("suggestions %v (%v)", want, err)
	}
	req, _ := job.MarshalBinary()
	raw, err := ModelSuggest(req)
	if err != nil {
		t.Fatal(err)
	}
	var got annotations.SuggestReply
	if err := got.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got.Suggestions); diff != "" {
		t.Errorf("the job's suggestions (-want +got):\n%s", diff)
	}
}

// TestModelPicksTheLeastSure: the document picked is the one of the
// highest uncertainty under the model learnt so far, the earliest on a tie,
// given with every candidate's uncertainty and its own doubts.
func TestModelPicksTheLeastSure(t *testing.T) {
	docs := corpus.Generate(3, 30)
	var ls Learners
	for i, d := range docs[:10] {
		if _, err := ls.Learn(learnJob(i, d, annotations.Accept)); err != nil {
			t.Fatal(err)
		}
	}
	m, err := learn.Train(learn.DefaultLabels, docs[:10])
	if err != nil {
		t.Fatal(err)
	}
	job := annotations.ModelPickJob{Dataset: "1", Labels: modelLabels}
	want := -1
	for i, d := range docs[10:] {
		job.Texts = append(job.Texts, d.Text)
		if want < 0 || m.Uncertainty(d) > m.Uncertainty(docs[10+want]) {
			want = i
		}
	}
	got, err := ls.Pick(job)
	if err != nil || got.Pick != want || len(got.Unsure) != len(job.Texts) || got.Unsure[want] != m.Uncertainty(docs[10+want]) {
		t.Errorf("picked %d of %v (%v), want %d", got.Pick, got.Unsure, err, want)
	}
	if diff := cmp.Diff(m.Doubts(docs[10+want], maxDoubts), got.Doubts); diff != "" || len(got.Doubts) == 0 {
		t.Errorf("doubts (-want +got):\n%s", diff)
	}
	if got, err := ls.Pick(annotations.ModelPickJob{Dataset: "1", Labels: modelLabels}); err != nil || got.Pick != -1 || got.Doubts != nil {
		t.Errorf("picked %+v (%v) of no documents, want -1", got, err)
	}
	blank := annotations.ModelPickJob{Dataset: "1", Labels: modelLabels, Texts: []string{"", "  "}}
	if got, err := ls.Pick(blank); err != nil || got.Pick != 0 || got.Doubts != nil {
		t.Errorf("picked %+v (%v) of texts with no token, want the first, no doubts", got, err)
	}
}

// TestModelLearnsUnansweredDocumentsWhenAsked: a document not answered
// with spans is learnt only when the dataset asks for it, and forgotten
// (the model trained again without it) when it stops asking.
func TestModelLearnsUnansweredDocumentsWhenAsked(t *testing.T) {
	docs := fed(corpus.Generate(7, 3))
	var ls Learners
	if _, err := ls.Learn(learnJob(0, docs[0], annotations.Accept)); err != nil {
		t.Fatal(err)
	}
	job := learnJob(1, docs[1], annotations.Unanswered)
	if reply, err := ls.Learn(job); err != nil || len(reply.Learnt) != 1 {
		t.Fatalf("an unanswered document, not asked for: learnt %v (%v)", reply.Learnt, err)
	}
	job.Unanswered = true
	empty := learnJob(2, &annotations.Document{Text: docs[2].Text}, annotations.Unanswered)
	empty.Unanswered = true
	for _, j := range []annotations.ModelLearnJob{job, empty} {
		if _, err := ls.Learn(j); err != nil {
			t.Fatal(err)
		}
	}
	reply, err := ls.Learn(annotations.ModelLearnJob{Dataset: "1", Labels: modelLabels, Doc: -1})
	if err != nil || !slices.Equal(reply.Learnt, []int{0, 1}) || !bytes.Equal(reply.Model, trainedOn(t, docs[:2])) {
		t.Fatalf("asked for: learnt %v (%v), want 0 and 1 but not 2, which has no span", reply.Learnt, err)
	}
	reply, err = ls.Learn(annotations.ModelLearnJob{Dataset: "1", Labels: modelLabels, Doc: -1, Forget: []int{1}})
	if err != nil || !reply.Retrained || !slices.Equal(reply.Learnt, []int{0}) || !bytes.Equal(reply.Model, trainedOn(t, docs[:1])) {
		t.Errorf("forgotten: retrained %v, learnt %v (%v), want the model of document 0 alone", reply.Retrained, reply.Learnt, err)
	}
}

// TestModelImportJobIsPacked: the "model.import" job reads a ModelLoadJob
// packed (the file not as JSON) and answers a ModelReply packed.
func TestModelImportJobIsPacked(t *testing.T) {
	file := trainedOn(t, fed(corpus.Generate(7, 2)))
	req, err := annotations.ModelLoadJob{Dataset: "import", Labels: modelLabels, File: file}.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := ModelImport(req)
	if err != nil {
		t.Fatal(err)
	}
	var got annotations.ModelReply
	if err := got.UnmarshalBinary(raw); err != nil || !bytes.Equal(got.Model, file) || !bytes.Equal(got.Base, file) {
		t.Errorf("the reply: %v, the model imported %v, its base %v", err, bytes.Equal(got.Model, file), bytes.Equal(got.Base, file))
	}
}

// TestModelLeavesNamesInBoilerplate: an annotator tags the site's template lines as
// boilerplate and leaves the names in them; once the model has learnt that, it
// suggests those names in the body only.
func TestModelLeavesNamesInBoilerplate(t *testing.T) {
	const dataset = "template names"
	var docs []*annotations.Document
	for _, what := range []string{"the budget", "the bypass", "the library", "the market", "the station", "the school"} {
		page := fmt.Sprintf("- Trending in Brackenford\n- Brackenford Chronicle\n"+
			"+ {{Mayor [[Ruth Okafor]] said [[Brackenford]] would pay for %s.}}\n"+
			"+ [[Okafor]] spoke to reporters in [[Harlow]] about %s on Monday.\n", what, what)
		d, err := curve.ReadMarked(page, learn.DefaultLabels)
		if err != nil {
			t.Fatal(err)
		}
		corpusOf(dataset).Add(d.Text)
		docs = append(docs, d)
	}
	var ls Learners
	for i, d := range docs[:5] {
		job := annotations.ModelLearnJob{Dataset: dataset, Labels: modelLabels, Threshold: 0.5, Doc: i, Answer: annotations.Accept, Text: d.Text, Spans: d.Spans}
		if _, err := ls.Learn(job); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ls.Suggest(annotations.ModelSuggestJob{Dataset: dataset, Labels: modelLabels, Threshold: 0.5, Text: docs[5].Text})
	if err != nil {
		t.Fatal(err)
	}
	var entities []string
	for _, s := range got {
		if s.Label == "ENTITY" {
			entities = append(entities, fmt.Sprintf("%d %s", docs[5].LineAt(s.Start)+1, docs[5].Text[s.Start:s.End]))
		}
	}
	want := []string{"3 Ruth Okafor", "3 Brackenford", "4 Okafor", "4 Harlow"}
	if diff := cmp.Diff(want, entities); diff != "" {
		t.Errorf("entities suggested, by line (-want +got):\n%s", diff)
	}
}

// TestModelRetrainsWhenTold: after a reload that cut a training short, the
// page has the model read back trained again on what it learnt, as the
// documents are now (one edited, one no longer accepted), asking for them.
func TestModelRetrainsWhenTold(t *testing.T) {
	docs := fed(corpus.Generate(7, 3))
	stored := learntAll(t, docs)
	var after Learners // the reload, with the model from before the edits
	if err := after.Load(annotations.ModelLoadJob{Dataset: "1", Labels: modelLabels, Stored: stored}); err != nil {
		t.Fatal(err)
	}
	edited := *docs[2]
	edited.Spans = slices.Clone(docs[2].Spans[1:])
	job := annotations.ModelLearnJob{Dataset: "1", Labels: modelLabels, Doc: -1, Forget: []int{0}, Retrain: true}
	reply, err := after.Learn(job)
	if err != nil || !slices.Equal(reply.Missing, []int{1, 2}) {
		t.Fatalf("missing %v (%v), want [1 2]", reply.Missing, err)
	}
	job.Known = []annotations.ModelDoc{{Doc: 1, Text: docs[1].Text, Spans: docs[1].Spans}, {Doc: 2, Text: edited.Text, Spans: edited.Spans}}
	if reply, err = after.Learn(job); err != nil || !reply.Retrained {
		t.Fatalf("sent again with the documents: retrained %v (%v)", reply.Retrained, err)
	}
	if !bytes.Equal(reply.Model, trainedOn(t, []*annotations.Document{docs[1], &edited})) || !slices.Equal(reply.Learnt, []int{1, 2}) {
		t.Errorf("told to train again: learnt %v, not the model trained from scratch on the documents as they are", reply.Learnt)
	}
	job = annotations.ModelLearnJob{Dataset: "1", Labels: modelLabels, Doc: -1, Retrain: true} // nothing forgotten
	job.Known = []annotations.ModelDoc{{Doc: 1, Text: docs[1].Text, Spans: docs[1].Spans}, {Doc: 2, Text: edited.Text, Spans: edited.Spans}}
	if reply, err = after.Learn(job); err != nil || !reply.Retrained || !bytes.Equal(reply.Model, trainedOn(t, []*annotations.Document{docs[1], &edited})) {
		t.Errorf("told to train again, forgetting nothing: retrained %v (%v), want the same model", reply.Retrained, err)
	}
}

// learntAll is what the model of dataset "1" learnt from docs, each
// accepted in order, as the page stores it.
func learntAll(t *testing.T, docs []*annotations.Document) annotations.ModelReply {
	t.Helper()
	var ls Learners
	var reply annotations.ModelReply
	for i, d := range docs {
		var err error
		if reply, err = ls.Learn(learnJob(i, d, annotations.Accept)); err != nil {
			t.Fatal(err)
		}
	}
	return reply
}
