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
// and the one it started from, in base64; "model N stale" is not empty
// while it learns (Learning). Apart, the files cost the
// page's thread a quick base64 coding rather than JSON's scan (a model
// file is 300 KB after 200 news documents, and is stored after every
// answer). A dataset removed leaves empty records, read as none; a record
// of the files inside "model N" (as stored before) is read too.

const modelKey = "model "

// modelFileKeys are the suffixes of the records of the model's files;
// modelStaleKey that of the mark of a learning under way ("model N stale").
const (
	modelFileKey  = " file"
	modelBaseKey  = " base"
	modelStaleKey = " stale"
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
	delete(s.stale, ds.ID)
	s.put(Batch{Meta: map[string]string{key: mustJSON(head), key + modelStaleKey: "",
		key + modelFileKey: base64.StdEncoding.EncodeToString(m.Model), key + modelBaseKey: base64.StdEncoding.EncodeToString(m.Base)}})
}

// Learning says the model of ds has started learning from an answer, in
// the worker: what it learns will be stored (SetModel), so until Learnt the
// work counts as unsaved and the page says it is saving. It marks the
// model stored stale until SetModel: a reload or a crash in the meantime
// finds the model from before the answer (or the edit, which trains it
// again from scratch), and the page has it trained again (ModelStale).
func (s *Saver) Learning(ds *Dataset) {
	if s.storage == nil || s.readOnly {
		return
	}
	s.learning++
	s.owe()
	if s.stale == nil {
		s.stale = map[int]bool{}
	}
	s.stale[ds.ID] = true
	// A mark, not work: written on the side, as the view is, so that it
	// neither shows as saving nor hides a failure on screen.
	s.storage.Write(Batch{Meta: map[string]string{modelKey + strconv.Itoa(ds.ID) + modelStaleKey: "1"}}, func(error) {})
}

// ModelStale reports whether ds's model was learning when the page last
// closed (Learning), so that the model stored may not be what its
// documents teach now.
func (s *Saver) ModelStale(ds *Dataset) bool { return s.stale[ds.ID] }

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
		s.put(Batch{Meta: map[string]string{key: "", key + modelFileKey: "", key + modelBaseKey: "", key + modelStaleKey: ""}})
	}
	delete(s.stale, ds.ID)
}

// readStale reads the marks of learnings under way (Learning), by dataset id.
func readStale(meta map[string]string) map[int]bool {
	stale := map[int]bool{}
	for key, raw := range meta {
		n, ok := strings.CutSuffix(strings.TrimPrefix(key, modelKey), modelStaleKey)
		if id, err := strconv.Atoi(n); ok && err == nil && strings.HasPrefix(key, modelKey) && raw != "" {
			stale[id] = true
		}
	}
	return stale
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
