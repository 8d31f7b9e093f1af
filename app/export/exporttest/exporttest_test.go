package exporttest

import (
	"strings"
	"testing"

	"github.com/genui/genui/genui"
)

func TestSpecsCarryEveryPayload(t *testing.T) {
	ps := Payloads()
	if len(ps) < 150 {
		t.Fatalf("%d payloads, want at least 150", len(ps))
	}
	specs := Specs(24)
	if want := (len(ps) + 23) / 24; len(specs) != want {
		t.Fatalf("%d specs, want %d", len(specs), want)
	}
	var all strings.Builder
	for i, data := range specs {
		spec, err := genui.Parse(data)
		if err != nil {
			t.Fatalf("spec %d: %v", i, err)
		}
		b, err := genui.Marshal(spec)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
	}
	for _, p := range ps {
		q := quote(p)
		if !strings.Contains(all.String(), q[1:len(q)-1]) {
			t.Errorf("no spec carries %q", p)
		}
	}
	if strings.Contains(all.String(), "@@") {
		t.Error("a field was left without a payload")
	}
}
