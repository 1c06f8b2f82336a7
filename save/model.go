package save

import (
	"encoding/json"
	"strconv"
	"strings"

	"spantag/annotations"
)

// Each dataset's model (what the worker's model learnt, with the model
// file) is kept in the meta record "model N", N the dataset's id, as JSON.
// A dataset removed leaves an empty record, read as none.

const modelKey = "model "

// SetModel stores what ds's model has learnt, replacing what was stored.
func (s *Saver) SetModel(ds *Dataset, m annotations.ModelReply) {
	if s.models == nil {
		s.models = map[int]annotations.ModelReply{}
	}
	s.models[ds.ID] = m
	s.put(Batch{Meta: map[string]string{modelKey + strconv.Itoa(ds.ID): mustJSON(m)}})
}

// Model is what ds's model has learnt, as stored, and whether there is one.
func (s *Saver) Model(ds *Dataset) (annotations.ModelReply, bool) {
	m, ok := s.models[ds.ID]
	return m, ok
}

// forgetModel drops ds's model, leaving an empty record in the store.
func (s *Saver) forgetModel(ds *Dataset) {
	if _, ok := s.models[ds.ID]; ok {
		delete(s.models, ds.ID)
		s.put(Batch{Meta: map[string]string{modelKey + strconv.Itoa(ds.ID): ""}})
	}
}

// readModels reads the models of the meta records, by dataset id, leaving
// out an empty or torn one (a model is learnt again, never work lost).
func readModels(meta map[string]string) map[int]annotations.ModelReply {
	models := map[int]annotations.ModelReply{}
	for key, raw := range meta {
		id, err := strconv.Atoi(strings.TrimPrefix(key, modelKey))
		if !strings.HasPrefix(key, modelKey) || err != nil || raw == "" {
			continue
		}
		var m annotations.ModelReply
		if json.Unmarshal([]byte(raw), &m) == nil {
			models[id] = m
		}
	}
	return models
}
