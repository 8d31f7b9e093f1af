// Package jsio holds what the harness's wasm programs (e2e/bench/wasm,
// e2e/bench/gpucheck) need of the browser: awaiting a Promise from a
// goroutine, answering one, and fetching bytes.
package jsio

import (
	"errors"
	"syscall/js"
)

// Await waits for promise p in a goroutine (never inside a js.FuncOf
// callback, where the answer could not arrive).
func Await(p js.Value) (js.Value, error) {
	type settled struct {
		v   js.Value
		err error
	}
	ch := make(chan settled, 1)
	ok := js.FuncOf(func(_ js.Value, a []js.Value) any {
		ch <- settled{v: a[0]}
		return nil
	})
	fail := js.FuncOf(func(_ js.Value, a []js.Value) any {
		ch <- settled{err: errors.New(js.Global().Get("String").Invoke(a[0]).String())}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	p.Call("then", ok, fail)
	s := <-ch
	return s.v, s.err
}

// Promise runs f in a goroutine and returns a Promise of its result.
func Promise(f func() (string, error)) js.Value {
	return js.Global().Get("Promise").New(js.FuncOf(func(_ js.Value, a []js.Value) any {
		resolve, reject := a[0], a[1]
		go func() {
			s, err := f()
			if err != nil {
				reject.Invoke(js.Global().Get("Error").New(err.Error()))
				return
			}
			resolve.Invoke(s)
		}()
		return nil
	}))
}

// Fetch reads the bytes at url.
func Fetch(url string) ([]byte, error) {
	resp, err := Await(js.Global().Call("fetch", url))
	if err != nil {
		return nil, err
	}
	if !resp.Get("ok").Bool() {
		return nil, errors.New("fetch " + url + ": " + resp.Get("statusText").String())
	}
	buf, err := Await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	u8 := js.Global().Get("Uint8Array").New(buf)
	data := make([]byte, u8.Length())
	js.CopyBytesToGo(data, u8)
	return data, nil
}
