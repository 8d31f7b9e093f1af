package gallery

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

const login = `{"version":1,"title":"Sign in","root":{"type":"form","children":[{"type":"input","inputType":"email","label":"Email"},{"type":"button","text":"Sign in","action":"submit"}]}}`

func TestNewNamesAfterTitleOrPrompt(t *testing.T) {
	if d := New([]byte(login), "a login form", t0); d.Name != "Sign in" || d.ID == "" || !d.Created.Equal(t0) {
		t.Errorf("%+v", d)
	}
	if d := New([]byte(`{"version":1,"root":{"type":"text","text":"x"}}`), "a note", t0); d.Name != "a note" {
		t.Errorf("name %q", d.Name)
	}
	if d := New([]byte(`{"version":1,"root":{"type":"text","text":"x"}}`), "", t0); d.Name != "Untitled design" {
		t.Errorf("name %q", d.Name)
	}
	if d := New([]byte("{ \"version\": 1,\n \"root\": {\"type\":\"divider\"} }"), "", t0); string(d.Spec) != `{"version":1,"root":{"type":"divider"}}` {
		t.Errorf("spec not compacted: %s", d.Spec)
	}
}

func TestDuplicateAndRename(t *testing.T) {
	d := New([]byte(login), "", t0)
	c := Duplicate(d, t0.Add(time.Minute))
	if c.ID == d.ID || c.Name != "Sign in copy" || !bytes.Equal(c.Spec, d.Spec) {
		t.Errorf("%+v", c)
	}
	c.Spec[0] = 'X'
	if d.Spec[0] == 'X' {
		t.Error("the copy shares the original's spec bytes")
	}
	r, err := Rename(d, "  Login v2 ", t0.Add(time.Hour))
	if err != nil || r.Name != "Login v2" || !r.Updated.Equal(t0.Add(time.Hour)) {
		t.Errorf("%+v %v", r, err)
	}
	if _, err := Rename(d, "   ", t0); err == nil {
		t.Error("an empty name was accepted")
	}
	if r, _ := Rename(d, strings.Repeat("é", 300), t0); len(r.Name) > MaxName {
		t.Errorf("name of %d bytes", len(r.Name))
	}
}

// TestExportImportRoundTrip checks that an export read back gives the
// same designs, and that exporting those gives the same file.
func TestExportImportRoundTrip(t *testing.T) {
	ds := []Design{
		New([]byte(login), "a login form", t0),
		New([]byte(`{"version":1,"title":"Ünïcødé & <tags>","root":{"type":"text","text":"line\nbreak \"quoted\""}}`), "", t0.Add(time.Second)),
	}
	ds[1].Updated = t0.Add(2 * time.Hour)
	out, err := Export(ds, t0)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Import(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 2 {
		t.Fatalf("%d designs", len(back))
	}
	for _, b := range back {
		found := false
		for _, d := range ds {
			if Equal(b, d) {
				found = true
			}
		}
		if !found {
			t.Errorf("design %q changed in the round trip: %s", b.Name, b.Spec)
		}
	}
	again, _ := Export(back, t0)
	if !bytes.Equal(out, again) {
		t.Errorf("export of the import differs:\n%s\n%s", out, again)
	}
}

func TestImportRefusesDamagedFiles(t *testing.T) {
	good, _ := Export([]Design{New([]byte(login), "", t0)}, t0)
	for name, data := range map[string]string{
		"not json":      "{",
		"other format":  `{"format":"x","version":1,"designs":[]}`,
		"newer version": `{"format":"genui-gallery","version":2,"designs":[]}`,
		"bad id":        strings.Replace(string(good), `"id": "`, `"id": "../`, 1),
		"no name":       strings.Replace(string(good), `"name": "Sign in"`, `"name": " "`, 1),
		"bad spec":      strings.Replace(string(good), `"version": 1,`+"\n", `"version": "one",`+"\n", 1),
		"duplicate id":  `{"format":"genui-gallery","version":1,"designs":[{"id":"a","name":"x","spec":{"version":1,"root":null}},{"id":"a","name":"y","spec":{"version":1,"root":null}}]}`,
	} {
		if _, err := Import([]byte(data)); err == nil {
			t.Errorf("%s: imported", name)
		}
	}
	if _, err := Import(good); err != nil {
		t.Errorf("good file: %v", err)
	}
}

func TestMerge(t *testing.T) {
	a := New([]byte(login), "", t0)
	b := New([]byte(login), "", t0)
	newer := a
	newer.Name, newer.Updated = "Sign in (edited)", t0.Add(time.Hour)
	older := b
	older.Name, older.Updated = "Old", t0.Add(-time.Hour)
	c := New([]byte(login), "", t0)
	write, kept := Merge([]Design{a, b}, []Design{newer, older, c, a})
	if kept != 2 || len(write) != 2 || write[0].Name != "Sign in (edited)" || write[1].ID != c.ID {
		t.Errorf("write %v, kept %d", write, kept)
	}
}

func TestSortIsStable(t *testing.T) {
	ds := []Design{{ID: "b", Name: "x", Updated: t0}, {ID: "a", Name: "x", Updated: t0}, {ID: "c", Name: "a", Updated: t0.Add(time.Second)}}
	Sort(ds)
	if ds[0].ID != "c" || ds[1].ID != "a" || ds[2].ID != "b" {
		t.Errorf("%v", ds)
	}
}

func FuzzImport(f *testing.F) {
	good, _ := Export([]Design{New([]byte(login), "p", t0)}, t0)
	f.Add(good)
	f.Add([]byte(`{"format":"genui-gallery","version":1,"designs":[{"id":"x","name":"n","spec":"{"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := Import(data)
		if err != nil {
			return
		}
		out, err := Export(ds, t0)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Import(out)
		if err != nil || len(back) != len(ds) {
			t.Fatalf("re-import: %v", err)
		}
	})
}
