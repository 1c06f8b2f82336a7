//go:build js && wasm

package main

import (
	"encoding/json"

	"spantag/team"
	"spantag/team/message"
)

// The team jobs: the agreement view's figures and the review's dataset of
// several annotators' files (package team decides both). Each request is a
// team.Request in JSON, each reply a team.AgreeReply or team.ReviewReply.
func init() {
	handle("agree", teamJob(team.Agree))
	handle("review", teamJob(team.Review))
}

func teamJob[R any](do func(message.Request) (R, error)) func([]byte) ([]byte, error) {
	return func(raw []byte) ([]byte, error) {
		var req message.Request
		if err := json.Unmarshal(raw, &req); err != nil {
			return nil, err
		}
		reply, err := do(req)
		if err != nil {
			return nil, err
		}
		return json.Marshal(reply)
	}
}
