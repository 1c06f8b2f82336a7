package save

import (
	"encoding/base64"
	"encoding/json"
	"strconv"
	"strings"

	"spantag/annotations"
)

// Each dataset's model (what the worker's model learnt, with the model
// file) is kept in meta records, N the dataset's id: "model N" what it
// learnt, as JSON, and "model N file" and "model N base" the model file
// and the one it started from, in base64. Apart, the files cost the
// page's thread a quick base64 coding rather than JSON's scan (a model
// file is 300 KB after 200 news documents, and is stored after every
// answer). A dataset removed leaves empty records, read as none; a record
// of the files inside "model N" (as stored before) is read too.

const modelKey = "model "

// modelFileKeys are the suffixes of the records of the model's files.
const (
	modelFileKey = " file"
	modelBaseKey = " base"
)

// SetModel stores what ds's model has learnt, replacing what was stored.
func (s *Saver) SetModel(ds *Dataset, m annotations.ModelReply) {
	if s.models == nil {
		s.models = map[int]annotations.ModelReply{}
	}
	s.models[ds.ID] = m
	head := m
	head.Model, head.Base = nil, nil
	key := modelKey + strconv.Itoa(ds.ID)
	s.put(Batch{Meta: map[string]string{key: mustJSON(head),
		key + modelFileKey: base64.StdEncoding.EncodeToString(m.Model), key + modelBaseKey: base64.StdEncoding.EncodeToString(m.Base)}})
}

// Learning says the model has started learning from an answer, in the
// worker: what it learns will be stored (SetModel), so until Learnt the
// work counts as unsaved and the page says it is saving. A reload in the
// meantime would lose that answer's learning: the model learns it only
// when it is given.
func (s *Saver) Learning() {
	if s.storage == nil || s.readOnly {
		return
	}
	s.learning++
	s.owe()
}

// Learnt ends a Learning, after SetModel if the model learnt anything.
func (s *Saver) Learnt() {
	if s.learning > 0 {
		s.learning--
		s.saved()
	}
}

// Model is what ds's model has learnt, as stored, and whether there is one.
func (s *Saver) Model(ds *Dataset) (annotations.ModelReply, bool) {
	m, ok := s.models[ds.ID]
	return m, ok
}

// forgetModel drops ds's model, leaving empty records in the store.
func (s *Saver) forgetModel(ds *Dataset) {
	if _, ok := s.models[ds.ID]; ok {
		delete(s.models, ds.ID)
		key := modelKey + strconv.Itoa(ds.ID)
		s.put(Batch{Meta: map[string]string{key: "", key + modelFileKey: "", key + modelBaseKey: ""}})
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
		if json.Unmarshal([]byte(raw), &m) != nil || !readModelFile(meta, key+modelFileKey, &m.Model) || !readModelFile(meta, key+modelBaseKey, &m.Base) {
			continue
		}
		models[id] = m
	}
	return models
}

// readModelFile reads the file of the record key into file, if there is
// one; it reports false for a torn one.
func readModelFile(meta map[string]string, key string, file *[]byte) bool {
	raw, ok := meta[key]
	if !ok || raw == "" {
		return true
	}
	b, err := base64.StdEncoding.DecodeString(raw)
	*file = b
	return err == nil
}
