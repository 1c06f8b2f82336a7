package agree_test

import (
	"os"
	"strings"

	"spantag/agree"
	"spantag/annotations"
)

// Two annotators' exports of one document, the second without annotator
// ids (so named after its file): they agree on Ann, not on Bob. Tokens:
// alice E O E, bob E O O. Fleiss: P̄ = (2+2+0)/(3·2), P_e = (3²+3²)/6² =
// 1/2: (2/3-1/2)/(1/2) = 1/3. Alpha: 1 - 5·(6-4)/(6²-18) = 4/9. Cohen:
// (3·2-4)/(3²-4) = 0.4. Exact F1: 2·1/(2+1).
func Example() {
	read := func(jsonl string) []*annotations.Document {
		docs, _, _ := annotations.ReadAll(strings.NewReader(jsonl), annotations.DefaultLabels)
		return docs
	}
	matched := agree.Match([]agree.Source{
		{Name: "alice.jsonl", Docs: read(`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"},{"start":8,"end":11,"label":"ENTITY"}],"_annotator_id":"alice"}`)},
		{Name: "bob.jsonl", Docs: read(`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"answer":"accept"}`)},
	}, agree.MatchOptions{})
	agree.Compute(matched.Items).WriteFiguresCSV(os.Stdout)
	// Output:
	// figure,label,annotator_a,annotator_b,value,defined,reason,documents,tokens,spans_a,spans_b,matched_a,matched_b
	// fleiss_kappa,,,,0.333333,true,,1,3,,,,
	// fleiss_kappa,ENTITY,,,0.333333,true,,1,3,,,,
	// krippendorff_alpha,,,,0.444444,true,,1,3,,,,
	// krippendorff_alpha,ENTITY,,,0.444444,true,,1,3,,,,
	// span_f1_exact,,alice,bob.jsonl,0.666667,true,,1,3,2,1,1,1
	// span_f1_exact,ENTITY,alice,bob.jsonl,0.666667,true,,1,3,2,1,1,1
	// span_f1_overlap,,alice,bob.jsonl,0.666667,true,,1,3,2,1,1,1
	// span_f1_overlap,ENTITY,alice,bob.jsonl,0.666667,true,,1,3,2,1,1,1
	// cohen_kappa,,alice,bob.jsonl,0.4,true,,1,3,,,,
	// cohen_kappa,ENTITY,alice,bob.jsonl,0.4,true,,1,3,,,,
	// krippendorff_alpha,,alice,bob.jsonl,0.444444,true,,1,3,,,,
	// krippendorff_alpha,ENTITY,alice,bob.jsonl,0.444444,true,,1,3,,,,
}
