//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"spantag/team/message"
)

// The team jobs answer a framed request with a framed reply.
func TestTeamJobs(t *testing.T) {
	req, err := message.Request{Files: []message.File{
		{Name: "a.jsonl", Data: []byte(`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"answer":"accept"}`)},
		{Name: "b.jsonl", Data: []byte(`{"text":"Ann met Bob","spans":[],"answer":"accept"}`)},
	}, AcceptAgreed: true}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := run("agree", req)
	if err != nil {
		t.Fatal(err)
	}
	agree, err := message.DecodeAgreeReply(raw)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(agree.JSON, `"annotators": [
    "a.jsonl",
    "b.jsonl"
  ]`) || !strings.Contains(agree.HTML, `class="heatmap"`) {
		t.Errorf("agree replied %q and %q", agree.JSON, agree.HTML)
	}
	raw, err = run("review", req)
	if err != nil {
		t.Fatal(err)
	}
	review, err := message.DecodeReviewReply(raw)
	if err != nil {
		t.Fatal(err)
	}
	first, rest, err := message.NextSuggestions(review.Suggestions)
	if err != nil || rest != "" || len(first) != 1 || first[0].Reasons[0].Text != "a.jsonl" {
		t.Errorf("review's disagreements: %q (%v)", review.Suggestions, err)
	}
	if _, err := run("agree", []byte("not a frame")); err == nil {
		t.Error("a request that is not a frame gave no error")
	}
}
