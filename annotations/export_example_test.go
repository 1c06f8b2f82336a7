package annotations_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"spantag/annotations"
)

// The page's export: one document at a time (yielding to the browser in
// between), only the accepted ones, then Close for the sidecar files.
func ExampleExporter() {
	accepted, _ := annotations.NewDocument("Mayor Zoë Ångström 🚢 met José.")
	accepted.Answer = annotations.Accept
	accepted.Meta = json.RawMessage(`{"id":"a1"}`)
	_ = accepted.Apply(annotations.Edit{Add: []annotations.Span{{Start: 6, End: 20, Label: "ENTITY"}}})
	rejected, _ := annotations.NewDocument("Advertisement")
	rejected.Answer = annotations.Reject

	f, _ := annotations.FormatByID("entities-hf") // the page's choice
	var out bytes.Buffer
	e, err := annotations.NewExporter(f.ID, &out, annotations.ExportOptions{Answers: []annotations.Answer{annotations.Accept}})
	if err != nil {
		panic(err)
	}
	for i, d := range []*annotations.Document{accepted, rejected} {
		if err := e.Write(d); err != nil {
			panic(err)
		}
		fmt.Printf("progress %d/2\n", i+1)
	}
	sidecars, err := e.Close()
	if err != nil {
		panic(err)
	}
	fmt.Println(f.FileName("news", ""), f.MIME, e.Written(), "written")
	fmt.Print(out.String())
	fmt.Println(sidecars[0].Name)
	// Output:
	// progress 1/2
	// progress 2/2
	// news.entities-hf.json application/x-ndjson 1 written
	// {"id":"a1","sentence_id":0,"window":0,"start":0,"end":30,"tokens":["Mayor","Zoë","Ångström","🚢","met","José","."],"ner_tags":["O","B-ENTITY","I-ENTITY","O","O","O","O"]}
	// labels.json
}

// Importing work whose text changed: a span whose offsets no longer hold
// its text moves to where the text is; one whose text is gone is kept
// aside, and both are reported.
func ExampleOpenEach() {
	file := `{"text":"The newly elected mayor of Lviv spoke.","spans":[` +
		`{"start":17,"end":21,"label":"ENTITY","text":"Lviv"},` +
		`{"start":0,"end":7,"label":"CLAIM","text":"Lemberg"}]}`
	var docs []*annotations.Document
	report, err := annotations.OpenEach("work.jsonl", strings.NewReader(file), annotations.DefaultLabels, func(d *annotations.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		panic(err)
	}
	for _, a := range report.Anchors {
		fmt.Println(a)
	}
	fmt.Println(docs[0].Spans)
	fmt.Println(docs[0].Extra[0].Key)
	// Output:
	// line 1: span 1 ENTITY "Lviv" moved from [17,21) to [27,31)
	// line 1: span 2 CLAIM "Lemberg" [0,7) kept aside: its text is not in the document
	// [ENTITY[27,31)]
	// _kept_aside
}
