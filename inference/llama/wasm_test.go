package llama

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/genui/genui/inference/gguf"
)

// TestWasm builds testdata/wasmlogits for GOOS=js GOARCH=wasm, runs it
// under Node on reference models (F32 llama with GQA, Q8_0 and Q4_K
// Qwen2) and requires its logits and seeded tokens to equal the native
// ones bit for bit.
func TestWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a wasm binary")
	}
	if runtime.GOARCH != "amd64" {
		t.Skip("bit equality holds where Go fuses no multiply-adds (amd64, wasm)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("GENUI_REQUIRE_BROWSER") != "" {
			t.Fatal("node is required: ", err)
		}
		t.Skip("node not installed")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	runner := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec_node.js")
	dir := t.TempDir()
	bin := filepath.Join(dir, "wasmlogits.wasm")
	build := exec.Command("go", "build", "-o", bin, "./testdata/wasmlogits")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building for wasm: %v\n%s", err, out)
	}
	for _, c := range []struct {
		name string
		typ  gguf.Type
	}{{"llama-gqa", gguf.F32}, {"qwen2", gguf.Q8_0}, {"qwen2", gguf.Q4_K}} {
		exp := loadExpected(t, c.name)
		data := refModel(t, c.name, c.typ)
		path := filepath.Join(dir, c.name+".gguf")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ids := make([]string, len(exp.Prompt))
		for i, id := range exp.Prompt {
			ids[i] = strconv.Itoa(int(id))
		}
		want, err := Trace(data, exp.Prompt)
		if err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(node, runner, bin, path, strings.Join(ids, ",")).Output()
		if err != nil {
			t.Fatalf("%s %v under node: %v", c.name, c.typ, err)
		}
		if got := string(out); got != want {
			gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
			for i := range min(len(gl), len(wl)) {
				if gl[i] != wl[i] {
					t.Fatalf("%s %v: wasm and native differ at line %d:\nwasm   %.80s\nnative %.80s", c.name, c.typ, i, gl[i], wl[i])
				}
			}
			t.Fatalf("%s %v: wasm output of %d lines, native %d", c.name, c.typ, len(gl), len(wl))
		}
		t.Logf("%s %v: %d logits and the seeded tokens equal bit for bit", c.name, c.typ, len(exp.Prompt)*384)
	}
}
