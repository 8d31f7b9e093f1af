package ui

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/genui/genui/app/export"
	"github.com/genui/genui/app/gallery"
	"github.com/genui/genui/genui"
)

// thumbs caches the gallery's thumbnails by design ID and update time.
var thumbs = map[string]string{}

func thumbKey(d gallery.Design) string { return d.ID + "@" + d.Updated.Format(time.RFC3339Nano) }

// refreshGallery reads the gallery again.
func (s *Studio) refreshGallery(ctx app.Context) {
	s.ctx.Async(func() {
		ds, err := s.store.List()
		s.ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.flash(ctx, "The gallery could not be read: "+err.Error())
				return
			}
			s.designs = ds
			s.makeThumbs(ctx)
		})
	})
}

// makeThumbs draws missing thumbnails a few at a time, so the page stays
// responsive with a large gallery.
func (s *Studio) makeThumbs(ctx app.Context) {
	n := 0
	for _, d := range s.designs {
		k := thumbKey(d)
		if _, ok := thumbs[k]; ok {
			continue
		}
		if n == 3 {
			s.ctx.After(10*time.Millisecond, s.makeThumbs)
			return
		}
		thumbs[k] = thumbnail(d.Spec, s.dark)
		n++
	}
}

// thumbnail is a data: URL of a design's picture.
func thumbnail(spec []byte, dark bool) string {
	sp, err := genui.Parse(spec)
	if err != nil {
		return ""
	}
	o := export.Options{Width: 480}
	if dark {
		o.Theme = darkTheme()
	}
	svg, err := export.SVG(sp, o)
	if err != nil {
		return ""
	}
	return "data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(svg)
}

// save writes the current design to the gallery: a new design the first
// time, the same one after. A failed write keeps the version saved before
// and says so.
func (s *Studio) save(ctx app.Context) {
	if s.spec == nil || s.spec.Root == nil {
		s.flash(ctx, "Nothing to save yet.")
		return
	}
	canon, err := genui.Marshal(s.spec)
	if err != nil {
		s.flash(ctx, "This design cannot be saved: "+err.Error())
		return
	}
	t := time.Now()
	d := s.design
	if _, ok := s.designByID(d.ID); !ok {
		d = gallery.New(canon, s.prompt, t)
	} else {
		d.Spec, d.Updated = canon, t
		if s.spec.Title != "" && d.Name == "" {
			d.Name = s.spec.Title
		}
	}
	s.saveState = "saving"
	s.ctx.Async(func() {
		err := s.store.Put(d)
		s.ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.saveState = "error"
				s.flash(ctx, "Couldn't save "+quoteName(d.Name)+": "+err.Error()+". The previously saved version is kept.")
				return
			}
			s.design, s.saveState = d, "saved"
			s.flash(ctx, "Saved "+quoteName(d.Name)+" to the gallery.")
			s.saveDraft(ctx)
			s.refreshGallery(ctx)
		})
	})
}

func quoteName(n string) string { return "“" + n + "”" }

// open makes a saved design the current one.
func (s *Studio) open(ctx app.Context, d gallery.Design) {
	spec, err := genui.Parse(d.Spec)
	if err != nil {
		s.flash(ctx, "This design is damaged: "+err.Error())
		return
	}
	s.stopJob()
	s.design, s.saveState = d, "saved"
	s.prompt = d.Prompt
	setValue("prompt", d.Prompt)
	s.preview.surface.reset()
	s.show(spec)
	s.setJSON(pretty(spec))
	s.setStatus(Done, "")
	s.panel = ""
	s.saveDraft(ctx)
}

// storeChange writes ds, then reads the gallery again; msg is shown on
// success.
func (s *Studio) storeChange(ctx app.Context, msg string, change func() error) {
	s.ctx.Async(func() {
		err := change()
		s.ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.flash(ctx, "The gallery was not changed: "+err.Error())
			} else if msg != "" {
				s.flash(ctx, msg)
			}
			s.refreshGallery(ctx)
		})
	})
}

func (s *Studio) rename(ctx app.Context, d gallery.Design, name string) {
	r, err := gallery.Rename(d, name, time.Now())
	if err != nil || r.Name == d.Name {
		return
	}
	if s.design.ID == d.ID {
		s.design.Name = r.Name
	}
	s.storeChange(ctx, "", func() error { return s.store.Put(r) })
}

func (s *Studio) duplicate(ctx app.Context, d gallery.Design) {
	c := gallery.Duplicate(d, time.Now())
	s.storeChange(ctx, "Duplicated as "+quoteName(c.Name)+".", func() error { return s.store.Put(c) })
}

func (s *Studio) remove(ctx app.Context, d gallery.Design) {
	if !app.Window().Call("confirm", "Delete "+quoteName(d.Name)+" from the gallery?").Bool() {
		return
	}
	if s.design.ID == d.ID {
		s.design = gallery.Design{}
		s.saveState = ""
	}
	s.storeChange(ctx, "Deleted "+quoteName(d.Name)+".", func() error { return s.store.Delete(d.ID) })
}

// exportAll downloads the whole gallery as one file.
func (s *Studio) exportAll(ctx app.Context) {
	data, err := gallery.Export(s.designs, time.Now())
	if err != nil {
		s.flash(ctx, err.Error())
		return
	}
	download("genui-gallery.json", "application/json", data)
}

// importAll reads a gallery file chosen in #import-file into the store,
// all designs or none.
func (s *Studio) importAll(ctx app.Context, e app.Event) {
	files := e.Get("target").Get("files")
	if files.Length() == 0 {
		return
	}
	file := files.Index(0)
	e.Get("target").Set("value", "")
	if file.Get("size").Int() > gallery.MaxImportBytes {
		s.flash(ctx, "That file is too large to be a gallery.")
		return
	}
	s.ctx.Async(func() {
		text, err := awaitPromise(file.Call("text"))
		var write []gallery.Design
		var kept int
		if err == nil {
			var ds []gallery.Design
			if ds, err = gallery.Import([]byte(text.String())); err == nil {
				var existing []gallery.Design
				if existing, err = s.store.List(); err == nil {
					write, kept = gallery.Merge(existing, ds)
					if len(write) > 0 {
						err = s.store.Put(write...)
					}
				}
			}
		}
		s.ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				s.flash(ctx, "Nothing was imported: "+strings.TrimPrefix(err.Error(), "gallery: "))
				return
			}
			msg := fmt.Sprintf("Imported %d designs.", len(write))
			if kept > 0 {
				msg = fmt.Sprintf("Imported %d designs; %d were already here.", len(write), kept)
			}
			s.flash(ctx, msg)
			s.refreshGallery(ctx)
		})
	})
}

// awaitPromise blocks the calling goroutine (not the UI one) until p
// settles.
func awaitPromise(p app.Value) (app.Value, error) {
	type result struct {
		v   app.Value
		err error
	}
	ch := make(chan result, 1)
	then := app.FuncOf(func(_ app.Value, a []app.Value) any {
		v := app.Undefined()
		if len(a) > 0 {
			v = a[0]
		}
		ch <- result{v: v}
		return nil
	})
	catch := app.FuncOf(func(_ app.Value, a []app.Value) any {
		msg := "failed"
		if len(a) > 0 && a[0].Truthy() {
			msg = a[0].Call("toString").String()
		}
		ch <- result{err: fmt.Errorf("%s", msg)}
		return nil
	})
	p.Call("then", then, catch)
	r := <-ch
	then.Release()
	catch.Release()
	return r.v, r.err
}
