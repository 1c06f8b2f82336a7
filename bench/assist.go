//go:build !js

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"spantag/annotations"
	"spantag/render"
	"spantag/suggest"
)

// The suggestions' figures (issue #13): a patterns file of 1,000 lines
// applied to the article, and the boilerplate decisions of a dataset of
// 10,000 pages, each timed until drawn, with the longest main-thread task
// meanwhile. What "drawn" means is worked out here, natively, by the same
// code the page's worker runs (package suggest) and its drawing (render).

const (
	patternsFile = "patterns.jsonl" // 1,000 lines over the article
	pagesFile    = "pages.jsonl"    // 10,000 scraped pages of one site

	idPatterns     = "suggest/patterns"
	idPatternsTask = "suggest/patterns/task"
	idBoiler       = "suggest/boilerplate"
	idBoilerTask   = "suggest/boilerplate/task"
)

// assisted is what the suggestions' figures know of their inputs.
type assisted struct {
	patternLines      int
	patternMatches    int // suggestions the patterns file makes in the article
	patternMarks      int // suggestion parts drawn for them
	pages             int
	pagesFirst        string
	boilerSuggestions int // boilerplate lines of the first page, the others counted
	boilerMarks       int
}

var assistScenarios = []scenario{
	{"app, suggestions: the article, then a 1,000-line patterns file",
		[]string{idPatterns, idPatternsTask}, (*harness).appPatterns, false},
	{"app, suggestions: the 10,000 pages, then the boilerplate tick",
		[]string{idBoiler, idBoilerTask}, (*harness).appBoilerplate, false},
}

func init() {
	scenarios = append(scenarios, assistScenarios...)
	for _, id := range []string{idPatterns, idBoiler} {
		profiledAs[id], profiledAs[id+"/task"] = id, id // a long task is the timed action's
	}
}

// assistFigures are the rows of the suggestions.
func assistFigures(in *inputs) []figure {
	a := in.assist
	return []figure{
		{id: idPatterns, unit: "ms",
			name:   fmt.Sprintf("suggestions of a %s-line patterns file over the 1 MB article (%s matches), file input until drawn", thousands(a.patternLines), thousands(a.patternMatches)),
			target: noTarget},
		{id: idPatternsTask, unit: "ms", name: "longest main-thread task meanwhile", target: longestTask},
		{id: idBoiler, unit: "ms",
			name:   fmt.Sprintf("boilerplate decisions for the %s-page file (%.0f MB): tick until the first page's are drawn, every page counted", thousands(a.pages), float64(fileSize(in.path(pagesFile)))/1e6),
			target: noTarget},
		{id: idBoilerTask, unit: "ms", name: "longest main-thread task meanwhile", target: longestTask},
	}
}

// writeAssist writes the patterns file and the pages, and works out what
// the page draws for them.
func (in *inputs) writeAssist(pages int) error {
	if err := in.writePatterns(1000); err != nil {
		return err
	}
	return in.writePages(pages)
}

// writePatterns writes lines patterns over the article: mostly phrases of
// three or four of its words (every 40th two), found in it, and every tenth a token pattern
// of four words, the second optional, the last one of two; labels take turns.
func (in *inputs) writePatterns(lines int) error {
	r := rand.New(rand.NewPCG(5, 5))
	t := in.article
	labels := []string{"ENTITY", "CLAIM"}
	var b strings.Builder
	for i := range lines {
		w := r.IntN(len(t.words) - 5)
		for strings.Contains(t.s[t.words[w].start:t.words[w+4].end], "\n") {
			w = r.IntN(len(t.words) - 5) // a phrase never crosses a paragraph
		}
		var pattern any
		if i%10 == 9 {
			pattern = []map[string]any{{"LOWER": strings.ToLower(wordAt(t, w))}, {"IS_ALPHA": true, "OP": "?"},
				{"LOWER": strings.ToLower(wordAt(t, w+2))}, {"TEXT": map[string]any{"IN": []string{wordAt(t, w+3), "harbour"}}}}
		} else {
			n := 3 + r.IntN(2)
			if i%40 == 5 {
				n = 2 // frequent: a few hundred matches in all
			}
			pattern = t.s[t.words[w].start:t.words[w+n-1].end]
		}
		line, err := json.Marshal(map[string]any{"label": labels[i%len(labels)], "pattern": pattern, "id": "p" + strconv.Itoa(i+1)})
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(in.path(patternsFile), []byte(b.String()), 0o644); err != nil {
		return err
	}
	d, err := articleDoc(in)
	if err != nil {
		return err
	}
	job := annotations.SuggestJob{Assist: annotations.Assist{Patterns: b.String()}, Labels: annotations.DefaultLabels.Names(), Text: d.Text, Spans: d.Spans}
	in.assist.patternLines = lines
	in.assist.patternMatches, in.assist.patternMarks, err = offered(d, suggest.Suggest(job))
	return err
}

func wordAt(t text, w int) string { return t.s[t.words[w].start:t.words[w].end] }

// articleDoc is the article with its spans as the page holds it.
func articleDoc(in *inputs) (*annotations.Document, error) {
	d, err := annotations.NewDocument(in.article.s)
	if err != nil {
		return nil, err
	}
	for _, s := range in.articleSpans {
		d.Spans = append(d.Spans, annotations.Span{Start: s.start, End: s.end, Label: s.label})
	}
	return d, nil
}

// offered offers reply's suggestions in d, as the page does, and counts
// those open and the parts drawn for them.
func offered(d *annotations.Document, reply annotations.SuggestReply) (open, marks int, err error) {
	if err := d.Apply(d.Suggest(reply.Suggestions)); err != nil {
		return 0, 0, err
	}
	return len(d.Suggestions), strings.Count(render.DocHTML(d, annotations.Span{}), render.AttrSuggested), nil
}

// writePages writes n pages of one invented site: its navigation, an
// advertisement, a headline, a byline with a time, paragraphs of prose,
// headlines of other pages under "Read next", and its footer; then counts
// the lines of every page and decides the first's, as the page's worker
// does once the boilerplate tick is on.
func (in *inputs) writePages(n int) error {
	r := rand.New(rand.NewPCG(6, 6))
	headlines := make([]string, 200)
	for i := range headlines {
		headlines[i] = headline(r)
	}
	in.assist.pages = n
	const dataset = "bench"
	var texts []string
	err := writeJSONL(in.path(pagesFile), n, func(i int) (task, error) {
		s := sitePage(r, headlines)
		texts = append(texts, s)
		return task{Text: s, Meta: map[string]any{"source": "bench", "id": i + 1}}, nil
	})
	if err != nil {
		return err
	}
	feed, err := annotations.FeedJob{Dataset: dataset, Texts: texts}.MarshalBinary()
	if err == nil {
		_, err = suggest.Feed(feed)
	}
	if err != nil {
		return err
	}
	d, err := annotations.NewDocument(texts[0])
	if err != nil {
		return err
	}
	in.assist.pagesFirst = texts[0]
	assist := annotations.Assist{}
	assist.Turn(annotations.FromBoilerplate, true)
	job := annotations.SuggestJob{Dataset: dataset, Assist: assist, Labels: annotations.DefaultLabels.Names(), Text: d.Text}
	in.assist.boilerSuggestions, in.assist.boilerMarks, err = offered(d, suggest.Suggest(job))
	return err
}

// headline is a title-cased line of six to nine words.
func headline(r *rand.Rand) string {
	words := make([]string, 6+r.IntN(4))
	for i := range words {
		w := []rune(vocabulary[r.IntN(len(vocabulary))])
		words[i] = strings.ToUpper(string(w[:1])) + string(w[1:])
	}
	return strings.Join(words, " ")
}

// sitePage is one scraped page of the site, one line per block.
func sitePage(r *rand.Rand, headlines []string) string {
	lines := []string{"Home | News | Sport | Business | Opinion | Contact", "Advertisement", headline(r),
		fmt.Sprintf("By Harbour Post staff, %dh ago", 1+r.IntN(23))}
	for range 4 + r.IntN(3) {
		t := paragraphs(r, 1, 40+r.IntN(40))
		lines = append(lines, strings.TrimSuffix(t.s, "\n"))
	}
	lines = append(lines, "Read next")
	for range 3 {
		lines = append(lines, headlines[r.IntN(len(headlines))])
	}
	lines = append(lines, "Share on Facebook", "Subscribe to our newsletter", "© 2026 The Harbour Post. All rights reserved.")
	return strings.Join(lines, "\n") + "\n"
}

// openArticle starts the app and opens the article with its spans,
// untimed, and waits until the page has settled.
func (h *harness) openArticle(b *browser) error {
	if err := h.openApp(b); err != nil {
		return err
	}
	opened := fmt.Sprintf(`__bench.docLength() === %d && __bench.marks() > 0`, h.in.articleLen)
	if _, err := b.timeAction("change", opened, openLimit, upload(h.in.path(articleFile))); err != nil {
		return fmt.Errorf("opening %s: %v", articleFile, err)
	}
	if _, err := b.settleDown(openLimit); err != nil {
		return err
	}
	return nil
}

// appPatterns opens the article, then the patterns file through the same
// file input, timed until every suggestion is drawn and listed.
func (h *harness) appPatterns(b *browser) error {
	if err := h.openArticle(b); err != nil {
		return err
	}
	a := h.in.assist
	return h.timeSuggestions(b, idPatterns, idPatternsTask, a.patternMatches, a.patternMarks, upload(h.in.path(patternsFile)))
}

// appBoilerplate opens the pages, waits until the page holds them all,
// then ticks Boilerplate lines, timed until the first page's boilerplate
// suggestions are drawn (every page's lines counted first).
func (h *harness) appBoilerplate(b *browser) error {
	if err := h.openApp(b); err != nil {
		return err
	}
	a := h.in.assist
	if _, err := b.timeAction("change", docIs(a.pagesFirst), openLimit, upload(h.in.path(pagesFile))); err != nil {
		return fmt.Errorf("opening %s: %v", pagesFile, err)
	}
	if _, err := waitLoaded(b, a.pages, openLimit); err != nil {
		return err
	}
	if _, err := b.settleDown(openLimit); err != nil {
		return err
	}
	tick := func(ctx context.Context) error {
		_, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('#suggest-sources [name="boilerplate"]').click()`))
		return err
	}
	return h.timeSuggestions(b, idBoiler, idBoilerTask, a.boilerSuggestions, a.boilerMarks, tick)
}

// timeSuggestions times act from its change event until the page counts
// open suggestions and draws marks parts of them, as figure id, and
// records the longest main-thread task meanwhile as task.
func (h *harness) timeSuggestions(b *browser, id, task string, open, marks int, act func(context.Context) error) error {
	if _, err := eval[chromedp.Void](b, `__bench.longTasks.length = 0`, 5*time.Second); err != nil {
		return err
	}
	done := fmt.Sprintf(`document.querySelectorAll("#doc [data-suggested]").length === %d && (document.getElementById("suggest-counts")?.textContent ?? "").startsWith("%d suggestion")`, marks, open)
	t, err := h.timed(b, id, "change", done, openLimit, act)
	if err != nil {
		found, _ := eval[int](b, `document.querySelectorAll("#doc [data-suggested]").length`, 5*time.Second)
		return fmt.Errorf("%v (%d suggestion parts drawn, %d expected)", err, found, marks)
	}
	h.record(id, t.ms())
	return h.recordTasks(b, task, "")
}
