//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// cliticsArticle has entities right before clitics and right after an
// elision, as news in English and French has them.
const cliticsArticle = "Russia’s envoy met O'Brien's team.\nUkraine's grain left from l’Europe.\n"

// TestEntitiesBeforeClitics drags over a name that a clitic follows:
// snapping keeps the span to the name, and the token files tag only it.
func TestEntitiesBeforeClitics(t *testing.T) {
	path := filepath.Join(t.TempDir(), "clitics.txt")
	if err := os.WriteFile(path, []byte(cliticsArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(path)
	tb.waitDoc(cliticsArticle)
	var spans []span
	for _, drag := range []struct{ from, to, want string }{
		{"Russia", "Russia", "Russia"}, // the whole name, exactly
		{"Brien", "Brie", "O'Brien"},   // inside the name: snaps to it, not to its 's
		{"kraine", "krai", "Ukraine"},  // the same, with a typewriter apostrophe
		{"urope", "urop", "Europe"},    // after an elision
	} {
		a := strings.Index(cliticsArticle, drag.from)
		b := strings.Index(cliticsArticle, drag.to) + len(drag.to)
		tb.drag(u16(cliticsArticle, a), u16(cliticsArticle, b), false)
		tb.press("1")
		at := strings.Index(cliticsArticle, drag.want)
		spans = append(spans, span{at, at + len(drag.want), "ENTITY"})
		tb.waitCover("the entities dragged over are exactly "+drag.want+" and those before", coverOf(cliticsArticle, spans...))
	}

	conll := only(t, tb.exportAs("entities-iob2", 1), ".entities-iob2.conll")
	want := "-DOCSTART- -X- O O\n\n" +
		"Russia _ _ B-ENTITY\n’s _ _ O\nenvoy _ _ O\nmet _ _ O\nO'Brien _ _ B-ENTITY\n's _ _ O\nteam _ _ O\n. _ _ O\n\n" +
		"Ukraine _ _ B-ENTITY\n's _ _ O\ngrain _ _ O\nleft _ _ O\nfrom _ _ O\nl’ _ _ O\nEurope _ _ B-ENTITY\n. _ _ O\n\n"
	if diff := cmp.Diff(want, string(conll)); diff != "" {
		t.Errorf("CoNLL file (-want +got):\n%s", diff)
	}
	hf := jsonLines(t, only(t, tb.exportAs("entities-hf", 2), ".entities-hf.json"))
	wantHF := []map[string]any{{
		"tokens":   []any{"Russia", "’s", "envoy", "met", "O'Brien", "'s", "team", "."},
		"ner_tags": []any{"B-ENTITY", "O", "O", "O", "B-ENTITY", "O", "O", "O"},
	}, {
		"tokens":   []any{"Ukraine", "'s", "grain", "left", "from", "l’", "Europe", "."},
		"ner_tags": []any{"B-ENTITY", "O", "O", "O", "O", "O", "B-ENTITY", "O"},
	}}
	var gotHF []map[string]any
	for _, r := range hf {
		gotHF = append(gotHF, map[string]any{"tokens": r["tokens"], "ner_tags": r["ner_tags"]})
	}
	if diff := cmp.Diff(wantHF, gotHF); diff != "" {
		t.Errorf("Hugging Face file, a record a sentence (-want +got):\n%s", diff)
	}
}

// only returns the one file of files whose name ends with suffix.
func only(t *testing.T, files map[string][]byte, suffix string) []byte {
	t.Helper()
	for name, content := range files {
		if strings.HasSuffix(name, suffix) {
			return content
		}
	}
	t.Fatalf("no file named *%s among %d", suffix, len(files))
	return nil
}
