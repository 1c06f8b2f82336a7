package suggest

import (
	"encoding/json"
	"fmt"
	"sync"

	"spantag/annotations"
	"spantag/boiler"
	"spantag/learn"
)

// boilerplateLabel is the label a boilerplate line suggestion gives.
const boilerplateLabel = "BOILERPLATE"

// corpora count the lines of each dataset's documents, by the dataset's
// key, as they are fed or shown: hashes and counts, never the lines.
var corpora struct {
	sync.Mutex
	of map[string]*boiler.Corpus
}

func corpusOf(dataset string) *boiler.Corpus {
	corpora.Lock()
	defer corpora.Unlock()
	if corpora.of == nil {
		corpora.of = map[string]*boiler.Corpus{}
	}
	c, ok := corpora.of[dataset]
	if !ok {
		c = boiler.NewCorpus()
		corpora.of[dataset] = c
	}
	return c
}

// Feed is the worker's "suggest.feed" job: a FeedJob packed
// (FeedJob.MarshalBinary), answered with how many documents the dataset's
// corpus has counted, in JSON.
func Feed(req []byte) ([]byte, error) {
	var job annotations.FeedJob
	if err := job.UnmarshalBinary(req); err != nil {
		return nil, fmt.Errorf("suggest.feed job: %w", err)
	}
	c := corpusOf(job.Dataset)
	for _, text := range job.Texts {
		c.Add(text)
	}
	return json.Marshal(c.Docs())
}

// boilerplate suggests BOILERPLATE over each line the boilerplate source
// decides is boilerplate, with its reason and score; the document counts
// in its dataset's corpus.
func boilerplate(d *annotations.Document, job annotations.SuggestJob) []annotations.Suggestion {
	c := corpusOf(job.Dataset)
	c.Add(d.Text)
	threshold := job.Assist.Threshold
	if threshold <= 0 {
		threshold = boiler.DefaultThreshold
	}
	var out []annotations.Suggestion
	lineModel(job.Dataset, func(lines *learn.LineClassifier) {
		decisions, evidence := c.Evidence(boiler.PageWith(d.Text, job.Regions), threshold)
		for i, dec := range decisions {
			if s, ok := lineSuggestion(d, dec, evidence[i], lines, threshold); ok {
				out = append(out, s)
			}
		}
	})
	return out
}
