package genui

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite schema.json from the descriptors")

func TestSchemaFile(t *testing.T) {
	got := generateSchema()
	if *update {
		if err := os.WriteFile("schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, Schema()) {
		t.Fatal("schema.json differs from the schema the descriptors give; run go test ./genui -update and review the diff")
	}
}

func TestSchemaShape(t *testing.T) {
	var doc struct {
		Defs map[string]struct {
			OneOf      []map[string]string        `json:"oneOf"`
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
			Additional *bool                      `json:"additionalProperties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	node := doc.Defs["node"]
	if len(node.OneOf) != len(Catalog) {
		t.Fatalf("node has %d branches, want %d", len(node.OneOf), len(Catalog))
	}
	for i, c := range Catalog {
		if ref := node.OneOf[i]["$ref"]; ref != "#/$defs/"+c.Name {
			t.Errorf("branch %d is %q", i, ref)
		}
		def, ok := doc.Defs[c.Name]
		if !ok {
			t.Errorf("no $defs entry for %s", c.Name)
			continue
		}
		if def.Additional == nil || *def.Additional {
			t.Errorf("%s: additionalProperties is not false", c.Name)
		}
		if len(def.Required) == 0 || def.Required[0] != "type" {
			t.Errorf("%s: required %v does not start with type", c.Name, def.Required)
		}
		if string(bytes.ReplaceAll(def.Properties["type"], []byte(" "), nil)) != `{"const":"`+c.Name+`"}` {
			t.Errorf("%s: type is %s", c.Name, def.Properties["type"])
		}
	}
	// Property order is canonical, "type" first: check it in the text,
	// since maps forget order.
	s := Schema()
	for _, c := range Catalog {
		at := bytes.Index(s, []byte(`"type": {"const": "`+c.Name+`"}`))
		for _, f := range Fields(c.Name)[1:] {
			k := bytes.Index(s[at:], []byte(`"`+f.Name+`": `))
			if k < 0 {
				t.Errorf("%s: property %q missing or out of order", c.Name, f.Name)
				break
			}
			at += k
		}
	}
}
