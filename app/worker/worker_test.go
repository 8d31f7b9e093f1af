package worker

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/genui/genui/app/protocol"
	"github.com/genui/genui/genui"
	"github.com/genui/genui/inference/grammar/grammartest"
)

// recorder collects what a runner posts.
type recorder struct {
	mu   sync.Mutex
	msgs []protocol.Message
	on   func(protocol.Message)
}

func (r *recorder) post(m protocol.Message) {
	r.mu.Lock()
	r.msgs = append(r.msgs, m)
	on := r.on
	r.mu.Unlock()
	if on != nil {
		on(m)
	}
}

func (r *recorder) kinds(k protocol.Kind) []protocol.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []protocol.Message
	for _, m := range r.msgs {
		if m.Kind == k {
			out = append(out, m)
		}
	}
	return out
}

var (
	modelOnce sync.Once
	model     []byte
	modelErr  error
)

// testModel is a tiny random-weight model with a real byte-level BPE.
func testModel(t *testing.T) []byte {
	t.Helper()
	modelOnce.Do(func() {
		shape := grammartest.Tiny
		shape.Vocab, shape.Seed = 2048, 3
		model, modelErr = grammartest.Model(filepath.Join("..", "..", "inference", "testdata", "vocab32k.gguf"), shape)
	})
	if modelErr != nil {
		t.Fatal(modelErr)
	}
	return model
}

func newRunner(t *testing.T) (*Runner, *recorder) {
	t.Helper()
	rec := &recorder{}
	r := &Runner{Post: rec.post}
	sha, err := Verify(testModel(t), "")
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Load("test.gguf", testModel(t), sha); err != nil {
		t.Fatal(err)
	}
	ready := rec.kinds(protocol.Ready)
	if len(ready) != 1 || ready[0].Model != "test.gguf" || ready[0].Vocab != 2048 || ready[0].SHA256 != sha {
		t.Fatalf("ready: %+v", ready)
	}
	return r, rec
}

func TestDescribeStreamsAValidSpec(t *testing.T) {
	r, rec := newRunner(t)
	yields := 0
	r.Yield = func() { yields++ }
	r.Run(protocol.Message{Kind: protocol.Generate, ID: 7, Task: protocol.Describe, Prompt: "a login form", Seed: 1, MaxTokens: 300})
	if f := rec.kinds(protocol.Failed); len(f) > 0 {
		t.Fatalf("failed: %+v", f)
	}
	done := rec.kinds(protocol.Done)
	if len(done) != 1 || done[0].ID != 7 || done[0].Reason != ReasonComplete {
		t.Fatalf("done: %+v", done)
	}
	var streamed strings.Builder
	last := 0
	for _, m := range rec.kinds(protocol.Token) {
		if m.ID != 7 || m.N < last {
			t.Fatalf("token %+v after n=%d", m, last)
		}
		last = m.N
		streamed.WriteString(m.Text)
	}
	if streamed.String() != done[0].Text {
		t.Fatalf("the tokens spell %q, the result is %q", streamed.String(), done[0].Text)
	}
	if errs := genui.Validate([]byte(done[0].Text)); errs.Err() != nil {
		t.Fatalf("%s: %v", done[0].Text, errs)
	}
	if done[0].N != last || done[0].Millis <= 0 || done[0].FirstMillis <= 0 || done[0].FirstMillis > done[0].Millis {
		t.Errorf("counters: %+v", done[0])
	}
	if len(rec.kinds(protocol.Token)) < 3 {
		t.Errorf("only %d token messages: the text did not stream", len(rec.kinds(protocol.Token)))
	}
}

// TestStop stops a job once it has streamed (as the page's message
// handler would, while the job yields); the job ends with reason stop and
// the text so far.
func TestStop(t *testing.T) {
	r, rec := newRunner(t)
	var once sync.Once
	rec.on = func(m protocol.Message) {
		if m.Kind == protocol.Token {
			once.Do(func() { r.Stop(3) })
		}
	}
	r.Yield = func() { time.Sleep(time.Millisecond) }
	r.Run(protocol.Message{Kind: protocol.Generate, ID: 3, Task: protocol.Describe, Prompt: "a dashboard", Seed: 9, MaxTokens: 4000, Temperature: 2})
	done := rec.kinds(protocol.Done)
	if len(done) != 1 || done[0].Reason != protocol.ReasonStop {
		t.Fatalf("done: %+v (failed %+v)", done, rec.kinds(protocol.Failed))
	}
	if _, err := genui.ParsePartial([]byte(done[0].Text)); err != nil {
		t.Errorf("the text so far is not a spec prefix: %v", err)
	}
}

// TestRefine asks for a change: the job ends with a patch and the valid
// spec it makes, or, since a random model's patch may not apply, with an
// error that says so; never with an invalid spec.
func TestRefine(t *testing.T) {
	r, rec := newRunner(t)
	spec := `{"version":1,"title":"Sign in","root":{"type":"column","children":[{"type":"button","text":"Go","variant":"primary"}]}}`
	for seed := uint64(1); seed <= 4; seed++ {
		r.Run(protocol.Message{Kind: protocol.Generate, ID: int(seed), Task: protocol.Refine, Prompt: "make the button red", Spec: spec, Seed: seed, MaxTokens: 200})
	}
	done, failed := rec.kinds(protocol.Done), rec.kinds(protocol.Failed)
	if len(done)+len(failed) != 4 {
		t.Fatalf("%d done, %d failed", len(done), len(failed))
	}
	for _, d := range done {
		if _, err := genui.ParsePatch([]byte(d.Text)); err != nil {
			t.Errorf("patch %s: %v", d.Text, err)
		}
		if errs := genui.Validate([]byte(d.Spec)); errs.Err() != nil {
			t.Errorf("refined spec %s: %v", d.Spec, errs)
		}
	}
	for _, f := range failed {
		if !strings.Contains(f.Error, "patch") {
			t.Errorf("refine failed for another reason: %s", f.Error)
		}
	}
	t.Logf("%d patches applied, %d refused", len(done), len(failed))
}

func TestRunRefusesBadJobs(t *testing.T) {
	r, rec := newRunner(t)
	for i, m := range []protocol.Message{
		{Task: "dance", Prompt: "x"},
		{Task: protocol.Describe, Prompt: "  "},
		{Task: protocol.Describe, Prompt: strings.Repeat("x", MaxPrompt+1)},
		{Task: protocol.Describe, Prompt: "x", MaxTokens: MaxTokens + 1},
		{Task: protocol.Refine, Prompt: "x"},
		{Task: protocol.Refine, Prompt: "x", Spec: "{"},
	} {
		m.Kind, m.ID = protocol.Generate, 100+i
		r.Run(m)
	}
	if f := rec.kinds(protocol.Failed); len(f) != 6 || len(rec.kinds(protocol.Done)) != 0 {
		t.Fatalf("failed %d, done %d", len(f), len(rec.kinds(protocol.Done)))
	}
	var fresh Runner
	rec2 := &recorder{}
	fresh.Post = rec2.post
	fresh.Run(protocol.Message{Kind: protocol.Generate, ID: 1, Task: protocol.Describe, Prompt: "x"})
	if f := rec2.kinds(protocol.Failed); len(f) != 1 || !strings.Contains(f[0].Error, "no model") {
		t.Errorf("without a model: %+v", f)
	}
}

func TestVerifyAndLoadRefuseDamage(t *testing.T) {
	data := testModel(t)
	sha, _ := Verify(data, "")
	if _, err := Verify(data, strings.ToUpper(sha)); err != nil {
		t.Errorf("upper-case hash: %v", err)
	}
	damaged := append([]byte{}, data...)
	damaged[len(damaged)/2] ^= 1
	if _, err := Verify(damaged, sha); err == nil || !strings.Contains(err.Error(), "SHA-256") {
		t.Errorf("damaged: %v", err)
	}
	r := &Runner{Post: func(protocol.Message) {}}
	if err := r.Load("junk.gguf", []byte("GGUF but not really"), ""); err == nil {
		t.Error("junk loaded")
	}
}

func TestCompleteUTF8(t *testing.T) {
	s := []byte("aé€😀")
	for cut, want := range map[int]int{1: 1, 2: 1, 3: 3, 4: 3, 5: 3, 6: 6, 7: 6, 8: 6, 9: 6, 10: 10} {
		if got := completeUTF8(s[:cut]); got != want {
			t.Errorf("completeUTF8(%q) = %d, want %d", s[:cut], got, want)
		}
	}
}
