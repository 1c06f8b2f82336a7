//go:build js && wasm

package main

import (
	"spantag/team"
	"spantag/team/message"
)

// The team jobs: the agreement view's figures and the review's dataset of
// several annotators' files (package team decides both). Requests and
// replies are package message's frames.
func init() {
	handle("agree", teamJob(team.Agree))
	handle("review", teamJob(team.Review))
}

func teamJob[R interface{ Encode() ([]byte, error) }](do func(message.Request) (R, error)) func([]byte) ([]byte, error) {
	return func(raw []byte) ([]byte, error) {
		req, err := message.DecodeRequest(raw)
		if err != nil {
			return nil, err
		}
		reply, err := do(req)
		if err != nil {
			return nil, err
		}
		return reply.Encode()
	}
}
