//go:build !js

package e2e

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestNewerStoreIsLeftAlone opens the page on a store that a newer spantag
// wrote (its format version is higher): the page says so, works in memory,
// and writes nothing to the store.
func TestNewerStoreIsLeftAlone(t *testing.T) {
	tb := openApp(t)
	annotateSample(t, tb)
	eval[bool](tb, storeJS(`tx.objectStore("meta").put("999", "version")`))
	before := eval[map[string][2]int](tb, storeSizeJS)

	tb.reload()
	tb.expectMemory("on a newer store", "newer version of spantag", "a newer spantag saved the work")
	sample := readSample(t)
	sp := pickSpans(t, sample)
	tb.label(sample, sp.other, "1", false)
	tb.waitCover("the page still annotates", coverOf(sample, sp.other))
	if diff := gocmp.Diff(before, eval[map[string][2]int](tb, storeSizeJS)); diff != "" {
		t.Errorf("the store changed (-before +after):\n%s", diff)
	}
}

// storeJS runs body with tx, a readwrite transaction over every store of
// the page's database, and resolves to true once it commits.
func storeJS(body string) string {
	return `new Promise((resolve, reject) => {
	const open = indexedDB.open("spantag");
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const tx = open.result.transaction([...open.result.objectStoreNames], "readwrite");
		tx.oncomplete = () => { open.result.close(); resolve(true); };
		tx.onerror = () => reject(tx.error);
		` + body + `;
	};
})`
}
