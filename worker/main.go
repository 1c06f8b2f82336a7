//go:build js && wasm

package main

import (
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"
)

func main() {
	if err := listen(); err != nil {
		fail(err)
		return
	}
	select {} // keep answering jobs
}

// listen answers every message the page sends, then tells the page it is
// ready: a message sent before that would be lost.
func listen() error {
	onMessage, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if err := receive(args[0]); err != nil {
			fail(err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := safejs.Global().Set("onmessage", onMessage); err != nil {
		return err
	}
	return post(map[string]any{"ready": true})
}

// receive reads one job from a message event and runs it on a goroutine of
// its own: the event callback must not block.
func receive(ev safejs.Value) error {
	data, err := ev.Get("data")
	if err != nil {
		return err
	}
	id, err := getInt(data, "id")
	if err != nil {
		return err
	}
	kind, err := getString(data, "kind")
	if err != nil {
		return err
	}
	req, err := bytesOf(data, "req")
	if err != nil {
		return answer(id, nil, err)
	}
	go func() {
		reply, jobErr := run(kind, req)
		if err := answer(id, reply, jobErr); err != nil {
			fail(err)
		}
	}()
	return nil
}

// answer posts a job's reply, or its error, to the page. The reply's buffer
// is transferred, not copied.
func answer(id int, reply []byte, jobErr error) error {
	if jobErr != nil {
		return post(map[string]any{"id": id, "error": jobErr.Error()})
	}
	u8, err := safejs.Global().Get("Uint8Array")
	if err == nil {
		u8, err = u8.New(len(reply))
	}
	if err == nil {
		_, err = safejs.CopyBytesToJS(u8, reply)
	}
	var buffer safejs.Value
	if err == nil {
		buffer, err = u8.Get("buffer")
	}
	if err != nil {
		return post(map[string]any{"id": id, "error": "sending the reply: " + err.Error()})
	}
	_, err = safejs.Global().Call("postMessage", map[string]any{"id": id, "reply": u8}, []any{buffer})
	return err
}

// post sends msg to the page.
func post(msg map[string]any) error {
	_, err := safejs.Global().Call("postMessage", msg)
	return err
}

// fail tells the page the worker cannot go on; the console is the last
// resort.
func fail(err error) {
	if err := post(map[string]any{"failed": err.Error()}); err != nil {
		println("spantag worker: " + err.Error())
	}
}

func getInt(v safejs.Value, prop string) (int, error) {
	x, err := v.Get(prop)
	if err != nil {
		return 0, err
	}
	return x.Int()
}

func getString(v safejs.Value, prop string) (string, error) {
	x, err := v.Get(prop)
	if err != nil {
		return "", err
	}
	return x.String()
}

// bytesOf copies the Uint8Array in v's property prop into Go memory.
func bytesOf(v safejs.Value, prop string) ([]byte, error) {
	u8, err := v.Get(prop)
	if err != nil {
		return nil, err
	}
	if u8.IsUndefined() {
		return nil, fmt.Errorf("the job has no %s", prop)
	}
	n, err := u8.Length()
	if err != nil {
		return nil, err
	}
	b := make([]byte, n)
	if _, err := safejs.CopyBytesToGo(b, u8); err != nil {
		return nil, errors.New("reading the job: " + err.Error())
	}
	return b, nil
}
