package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/gallery"
)

// idbStore keeps the gallery in the browser's IndexedDB: database
// "genui", object store "designs", one record {id, json} per design
// (json is the design's JSON text, kept byte for byte). Every change is
// one transaction, so a failed write (a full quota) leaves the store as
// it was. Its methods block their goroutine until IndexedDB answers; call
// them off the UI goroutine.
type idbStore struct {
	db app.Value
}

const (
	idbName    = "genui"
	idbVersion = 1
	idbDesigns = "designs"
)

func newIDBStore() *idbStore { return &idbStore{} }

// open opens the database on first use.
func (s *idbStore) open() error {
	if s.db != nil && s.db.Truthy() {
		return nil
	}
	idb := app.Window().Get("indexedDB")
	if !idb.Truthy() {
		return errors.New("this browser keeps no local database (IndexedDB is off)")
	}
	req := idb.Call("open", idbName, idbVersion)
	upgrade := app.FuncOf(func(app.Value, []app.Value) any {
		db := req.Get("result")
		if !db.Get("objectStoreNames").Call("contains", idbDesigns).Bool() {
			db.Call("createObjectStore", idbDesigns, map[string]any{"keyPath": "id"})
		}
		return nil
	})
	defer upgrade.Release()
	req.Set("onupgradeneeded", upgrade)
	db, err := await(req, "success", "error")
	if err != nil {
		return fmt.Errorf("cannot open the local database: %w", err)
	}
	s.db = db.Get("result")
	return nil
}

// tx runs f in a transaction and waits for it to commit. A request that
// throws at once (a browser may refuse a write before it queues it)
// aborts the transaction: nothing of it is written.
func (s *idbStore) tx(mode string, f func(store app.Value)) error {
	if err := s.open(); err != nil {
		return err
	}
	t := s.db.Call("transaction", idbDesigns, mode)
	if err := catch(func() { f(t.Call("objectStore", idbDesigns)) }); err != nil {
		catch(func() { t.Call("abort") })
		if strings.Contains(strings.ToLower(err.Error()), "quota") {
			return errors.New("the browser's storage is full")
		}
		return fmt.Errorf("the browser refused to store it (%w)", err)
	}
	_, err := await(t, "complete", "error", "abort")
	return err
}

// catch runs f and returns the JavaScript exception it threw, if any
// (go-app's calls panic with it), as a sentence.
func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			if e, ok := r.(error); ok {
				msg = e.Error()
			}
			err = errors.New(strings.TrimSuffix(strings.TrimPrefix(msg, "JavaScript error: "), "."))
		}
	}()
	f()
	return nil
}

func (s *idbStore) List() ([]gallery.Design, error) {
	var req app.Value
	if err := s.tx("readonly", func(st app.Value) { req = st.Call("getAll") }); err != nil {
		return nil, err
	}
	all := req.Get("result")
	ds := make([]gallery.Design, 0, all.Length())
	for i := 0; i < all.Length(); i++ {
		var d gallery.Design
		if err := json.Unmarshal([]byte(all.Index(i).Get("json").String()), &d); err != nil {
			continue // a record this version cannot read stays untouched
		}
		ds = append(ds, d)
	}
	gallery.Sort(ds)
	return ds, nil
}

func (s *idbStore) Get(id string) (gallery.Design, error) {
	var req app.Value
	if err := s.tx("readonly", func(st app.Value) { req = st.Call("get", id) }); err != nil {
		return gallery.Design{}, err
	}
	rec := req.Get("result")
	if !rec.Truthy() {
		return gallery.Design{}, fmt.Errorf("%w: %s", gallery.ErrNotFound, id)
	}
	var d gallery.Design
	if err := json.Unmarshal([]byte(rec.Get("json").String()), &d); err != nil {
		return gallery.Design{}, fmt.Errorf("the stored design %s is damaged: %w", id, err)
	}
	return d, nil
}

func (s *idbStore) Put(ds ...gallery.Design) error {
	recs := make([]map[string]any, len(ds))
	for i, d := range ds {
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		recs[i] = map[string]any{"id": d.ID, "json": string(b)}
	}
	return s.tx("readwrite", func(st app.Value) {
		for _, r := range recs {
			st.Call("put", r)
		}
	})
}

func (s *idbStore) Delete(id string) error {
	return s.tx("readwrite", func(st app.Value) { st.Call("delete", id) })
}

// await blocks until target fires one of the events (the first is
// success) and returns the target, or the error it carries.
func await(target app.Value, ok string, fail ...string) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	ch := make(chan result, 1)
	var fns []app.Func
	var names []string
	on := func(name string, good bool) {
		fn := app.FuncOf(func(_ app.Value, args []app.Value) any {
			if good {
				ch <- result{v: target}
				return nil
			}
			ch <- result{err: domError(target)}
			return nil
		})
		fns, names = append(fns, fn), append(names, name)
		target.Call("addEventListener", name, fn, map[string]any{"once": true})
	}
	on(ok, true)
	for _, f := range fail {
		on(f, false)
	}
	r := <-ch
	for i, fn := range fns {
		target.Call("removeEventListener", names[i], fn)
		fn.Release()
	}
	return r.v, r.err
}

// domError turns the error of a request or transaction into a sentence.
func domError(target app.Value) error {
	e := target.Get("error")
	if !e.Truthy() {
		return errors.New("the operation was cancelled")
	}
	if e.Get("name").String() == "QuotaExceededError" {
		return errors.New("the browser's storage is full")
	}
	return errors.New(e.Get("message").String())
}
