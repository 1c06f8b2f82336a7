package annotations

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokensSplitClitics(t *testing.T) {
	runTokensCases(t, []tokensCase{
		{"possessive, typographic apostrophe", "Russia’s army", "Russia|’s |army"},
		{"possessive, typewriter apostrophe", "Russia's army", "Russia|'s |army"},
		{"possessive before a full stop", "It was Russia’s.", "It |was |Russia|’s|."},
		{"possessive at the end of the text", "Russia's", "Russia|'s"},
		{"left quote typed for an apostrophe", "Russia‘s", "Russia|‘s"},
		{"capitals", "RUSSIA’S DON'T WE'RE", "RUSSIA|’S |DO|N'T |WE|'RE"},
		{"n't", "don't can't won't isn’t ain't shan't", "do|n't |ca|n't |wo|n't |is|n’t |ai|n't |sha|n't"},
		{"pronoun clitics", "we're I'm you've they'll she'd it’s", "we|'re |I|'m |you|'ve |they|'ll |she|'d |it|’s"},
		{"two clitics", "wouldn't've we'd've", "would|n't|'ve |we|'d|'ve"},
		{"plural possessive", "the States' claim", "the |States|' |claim"},
		{"quoted possessive", "'Russia's'", "'|Russia|'s|'"},
		{"n't alone stays whole", "do n't", "do |n't"},
		{"clitic after an accent", "José's Zoë’s", "José|'s |Zoë|’s"},
		{"clitic after a combining accent", "Jose\u0301's", "Jose\u0301|'s"},
		{"cannot", "cannot Cannot CANNOT", "can|not |Can|not |CAN|NOT"},
		{"gonna gotta", "gonna gotta", "gon|na |got|ta"},
		{"y'all", "y'all Y’all", "y'|all |Y’|all"},
		{"words with an apostrophe that are not clitics", "o'clock Ma'am ma’am rock'n'roll", "o'clock |Ma'am |ma’am |rock'n'roll"},
		{"names stay whole", "O’Brien O'Neill's", "O’Brien |O'Neill|'s"},
		{"French elisions", "l’État d'abord qu’il n’a j'ai s’il c’est m’a t’es", "l’|État |d'|abord |qu’|il |n’|a |j'|ai |s’|il |c’|est |m’|a |t’|es"},
		{"elision with a capital", "L’État QU’IL D'Israël", "L’|État |QU’|IL |D'|Israël"},
		{"longer French elisions", "jusqu’à lorsqu'il puisqu’on quoiqu’elle", "jusqu’|à |lorsqu'|il |puisqu’|on |quoiqu’|elle"},
		{"Italian elisions", "dell’Europa all'estero nell’anno sull'isola dall’Italia un’amica", "dell’|Europa |all'|estero |nell’|anno |sull'|isola |dall’|Italia |un’|amica"},
		{"French words kept whole", "aujourd’hui presqu’île quelqu’un prud'homme", "aujourd’hui |presqu’île |quelqu’un |prud'homme"},
		{"elision, then a clitic", "l’État's", "l’|État|'s"},
		{"English clitic wins over an elision", "all's well", "all|'s |well"},
		{"an elision before a combining accent stays whole", "l'\u0301a", "l'\u0301a"},
	})
}

// TestTokensCliticOffsets pins the byte offsets of split tokens, the
// apostrophe ’ being three bytes.
func TestTokensCliticOffsets(t *testing.T) {
	d := docOf(t, "Russia’s l’État don’t")
	want := []Token{{0, 6, false}, {6, 10, true}, {11, 15, false}, {15, 20, true}, {21, 23, false}, {23, 28, false}}
	if diff := cmp.Diff(want, d.Tokens()); diff != "" {
		t.Errorf("Tokens mismatch (-want +got):\n%s", diff)
	}
}

func TestSelectionSnapsToWordBeforeClitic(t *testing.T) {
	d := docOf(t, "Russia’s army and l’État")
	for _, tt := range []struct{ sel, want string }{
		{"Russi", "Russia"},
		{"ussia", "Russia"},
		{"Russia’", "Russia’s"},
		{"tat", "État"},
		{"l’É", "l’État"},
	} {
		sel := rangeOf(t, d.Text, tt.sel)
		got, err := d.SpanFromSelection(sel.Start, sel.End, Bytes, "ENTITY", true)
		if err != nil {
			t.Fatal(err)
		}
		r := rangeOf(t, d.Text, tt.want)
		if diff := cmp.Diff(Span{r.Start, r.End, "ENTITY"}, got); diff != "" {
			t.Errorf("selection %q (-want +got):\n%s", tt.sel, diff)
		}
	}
}

// TestEntitiesBeforeCliticsAreExact checks the token files: an entity
// that ends before a clitic or starts after an elision tags only its own
// tokens.
func TestEntitiesBeforeCliticsAreExact(t *testing.T) {
	text := "Russia’s army met O’Brien's aide in l’État."
	var spans []Span
	for _, q := range []string{"Russia", "O’Brien", "État"} {
		r := rangeOf(t, text, q)
		spans = append(spans, Span{r.Start, r.End, "ENTITY"})
	}
	d := labelled(t, text, spans...)
	conll, _ := export(t, "entities-iob2", ExportOptions{}, []*Document{d})
	want := "-DOCSTART- -X- O O\n\nRussia _ _ B-ENTITY\n’s _ _ O\narmy _ _ O\nmet _ _ O\nO’Brien _ _ B-ENTITY\n's _ _ O\naide _ _ O\nin _ _ O\nl’ _ _ O\nÉtat _ _ B-ENTITY\n. _ _ O\n\n"
	if diff := cmp.Diff(want, string(conll)); diff != "" {
		t.Errorf("CoNLL lines (-want +got):\n%s", diff)
	}
	hf, _ := export(t, "entities-hf", ExportOptions{}, []*Document{d})
	if !bytes.Contains(hf, []byte(`"tokens":["Russia","’s","army","met","O’Brien","'s","aide","in","l’","État","."],"ner_tags":["B-ENTITY","O","O","O","B-ENTITY","O","O","O","O","B-ENTITY","O"]`)) {
		t.Errorf("Hugging Face record: %s", hf)
	}
}

// TestStoredSpansKeepOffsetsOverClitics reads a file written before
// clitics were split: its spans keep their offsets, and only their token
// indices change.
func TestStoredSpansKeepOffsetsOverClitics(t *testing.T) {
	in := `{"text":"Russia’s army","tokens":[{"text":"Russia’s","start":0,"end":8,"id":0,"ws":true},{"text":"army","start":9,"end":13,"id":1,"ws":false}],` +
		`"spans":[{"start":0,"end":8,"token_start":0,"token_end":0,"label":"ENTITY","text":"Russia’s"},{"start":9,"end":13,"token_start":1,"token_end":1,"label":"CLAIM","text":"army"}]}` + "\n"
	docs, report, err := ReadAll(strings.NewReader(in), DefaultLabels)
	if err != nil || !isClean(report) {
		t.Fatalf("ReadAll: %v %v", err, report)
	}
	if diff := cmp.Diff([]Span{{0, 10, "ENTITY"}, {11, 15, "CLAIM"}}, docs[0].Spans); diff != "" {
		t.Errorf("spans read (-want +got):\n%s", diff)
	}
	out := string(writeAll(t, docs))
	want := `"spans":[{"start":0,"end":8,"token_start":0,"token_end":1,"label":"ENTITY","text":"Russia’s"},{"start":9,"end":13,"token_start":2,"token_end":2,"label":"CLAIM","text":"army"}]`
	if !strings.Contains(out, want) {
		t.Errorf("written:\n%s\nwant it to hold:\n%s", out, want)
	}
}
