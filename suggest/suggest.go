package suggest

import (
	"fmt"
	"strings"
	"sync"

	"spantag/annotations"
	"spantag/lang"
	"spantag/patterns"
)

// Job is the worker's "suggest" job: a SuggestJob packed
// (SuggestJob.MarshalBinary), answered with a SuggestReply packed
// (SuggestReply.MarshalBinary).
func Job(req []byte) ([]byte, error) {
	var job annotations.SuggestJob
	if err := job.UnmarshalBinary(req); err != nil {
		return nil, fmt.Errorf("suggest job: %w", err)
	}
	return Suggest(job).MarshalBinary()
}

// Suggest computes the suggestions job asks for.
func Suggest(job annotations.SuggestJob) annotations.SuggestReply {
	var reply annotations.SuggestReply
	d := &annotations.Document{Text: job.Text, Spans: job.Spans}
	if job.Like != nil { // one span's words asked for (O): their other occurrences only
		reply.Suggestions = occurrences(d, *job.Like)
		return reply
	}
	if job.Assist.Patterns != "" && job.Assist.IsOn(annotations.FromPattern) {
		m := matcherOf(job.Assist.Patterns, job.Labels)
		reply.Refused, reply.Patterns = m.refused, m.usable
		code, _ := lang.Detect(job.Text)
		for _, found := range m.Match(job.Text, d.Tokens(), code) {
			reply.Suggestions = append(reply.Suggestions, found.Suggestion())
		}
	}
	if job.Assist.IsOn(annotations.FromOccurrence) {
		for _, n := range job.Assist.Occurrences {
			reply.Suggestions = append(reply.Suggestions, occurrences(d, n)...)
		}
	}
	if job.Assist.IsOn(annotations.FromBoilerplate) {
		reply.Suggestions = append(reply.Suggestions, boilerplate(d, job)...)
	}
	return reply
}

// occurrences suggests n's label wherever its words occur in d, outside
// the spans of that label.
func occurrences(d *annotations.Document, n annotations.Needle) []annotations.Suggestion {
	needle, ok := patterns.NewNeedle(n.Text, annotations.Span{Start: 0, End: len(n.Text), Label: n.Label}, n.Fold)
	if !ok {
		return nil
	}
	why := annotations.Reason{From: annotations.FromOccurrence, Text: n.Label + " elsewhere: “" + strings.Join(strings.Fields(n.Text), " ") + "”"}
	if n.Fold {
		why.Text += " in any case"
	}
	var out []annotations.Suggestion
	for _, s := range needle.Find(d, d.Tokens()) {
		out = append(out, annotations.Suggestion{Span: s, Reasons: []annotations.Reason{why}})
	}
	return out
}

// compiled is a patterns file read: its matcher and what it refused.
type compiled struct {
	*patterns.Matcher
	refused []string
	usable  int
}

// lastMatcher keeps the matcher of the patterns file last used: every
// document of a dataset asks with the same file.
var lastMatcher struct {
	sync.Mutex
	key string
	m   compiled
}

func matcherOf(file string, labels []string) compiled {
	key := strings.Join(labels, "\x00") + "\x00\x00" + file
	lastMatcher.Lock()
	defer lastMatcher.Unlock()
	if lastMatcher.key == key {
		return lastMatcher.m
	}
	pats, refused, _ := patterns.Read(strings.NewReader(file), patterns.ReadOptions{Labels: labels}) // a string reader does not fail
	c := compiled{Matcher: patterns.NewMatcher(pats, patterns.Options{}), usable: len(pats)}
	for _, e := range refused {
		c.refused = append(c.refused, e.Error())
	}
	lastMatcher.key, lastMatcher.m = key, c
	return c
}
