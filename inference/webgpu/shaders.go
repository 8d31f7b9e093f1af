package webgpu

import (
	"fmt"
	"strings"

	"github.com/genui/genui/inference/gguf"
)

// The WGSL kernels, one per step of the forward pass. They follow the
// CPU path's arithmetic (inference/llama, inference/tensor): activations
// are quantised to 8 bits per 32 values (scale max|x|/127, codes rounded
// half to even), each block's integer product is exact (dot4I8Packed),
// and only the float sums run in another order, so logits agree with
// the CPU's to float32 rounding. Every kernel reads the per-step uniform
// (step) at binding 0 and its own parameters at binding 1; the host
// builds every bind group once and per token only writes the step, the
// token ids and the rotation tables, then encodes the dispatches.

// stepWGSL is the per-step uniform every kernel sees.
const stepWGSL = `
struct Step {
	pos: u32,  // tokens in the cache before this step
	n: u32,    // tokens in this step
	t0: u32,   // first token whose logits are computed
	pad: u32,
}
@group(0) @binding(0) var<uniform> step: Step;
`

// codeWGSL returns the WGSL function code(b, j) that reads code j
// (0..31) of block b of a packed matrix of type t, as an i32.
func codeWGSL(t gguf.Type) string {
	if t == gguf.Q4_0 {
		return `
fn code(b: u32, j: u32) -> i32 {
	let w = wcodes[b * 4u + (j % 16u) / 4u];
	return i32(extractBits(w, 8u * (j % 4u) + 4u * (j / 16u), 4u)) - 8;
}
`
	}
	return `
fn code(b: u32, j: u32) -> i32 {
	return extractBits(bitcast<i32>(wcodes[b * 8u + j / 4u]), 8u * (j % 4u), 8u);
}
`
}

// blockDotWGSL returns the WGSL function blockDot(b, x) that is the
// exact integer product of block b of a packed matrix of type t with
// the activation block starting at word x of xcodes.
func blockDotWGSL(t gguf.Type) string {
	if t == gguf.Q4_0 {
		return `
fn blockDot(b: u32, x: u32) -> i32 {
	var s = 0;
	var xsum = 0;
	for (var k = 0u; k < 4u; k++) {
		let w = wcodes[b * 4u + k];
		let lo = xcodes[x + k];
		let hi = xcodes[x + 4u + k];
		s += dot4I8Packed(w & 0x0f0f0f0fu, lo) + dot4I8Packed((w >> 4u) & 0x0f0f0f0fu, hi);
		xsum += dot4I8Packed(0x01010101u, lo) + dot4I8Packed(0x01010101u, hi);
	}
	return s - 8 * xsum;
}
`
	}
	return `
fn blockDot(b: u32, x: u32) -> i32 {
	var s = 0;
	for (var k = 0u; k < 8u; k++) {
		s += dot4I8Packed(wcodes[b * 8u + k], xcodes[x + k]);
	}
	return s;
}
`
}

// quantWGSL is quantBlock(y, out, blk): it codes the 32 values y (a
// function-scope array) in xcodes/xscales block blk, as tensor's
// activation quantiser does.
const quantWGSL = `
fn quantBlock(y: ptr<function, array<f32, 32>>, blk: u32) {
	var amax = 0.0;
	for (var j = 0u; j < 32u; j++) {
		amax = max(amax, abs((*y)[j]));
	}
	let d = amax / 127.0;
	let id = select(0.0, 1.0 / d, d != 0.0);
	for (var k = 0u; k < 8u; k++) {
		var word = 0u;
		for (var m = 0u; m < 4u; m++) {
			let q = i32(clamp(round((*y)[4u * k + m] * id), -127.0, 127.0));
			word |= (bitcast<u32>(q) & 0xffu) << (8u * m);
		}
		outcodes[blk * 8u + k] = word;
	}
	outscales[blk] = d;
}
`

// embedWGSL gathers the rows of the token ids from the packed
// embedding (one invocation per value; y is the token).
func embedWGSL(t gguf.Type) string {
	return stepWGSL + `
struct Params { dim: u32, blocks: u32, pad0: u32, pad1: u32 }
@group(0) @binding(1) var<uniform> p: Params;
@group(0) @binding(2) var<storage, read> ids: array<u32>;
@group(0) @binding(3) var<storage, read> wcodes: array<u32>;
@group(0) @binding(4) var<storage, read> wscales: array<f32>;
@group(0) @binding(5) var<storage, read_write> x: array<f32>;
` + codeWGSL(t) + `
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) g: vec3u) {
	let j = g.x;
	let t = g.y;
	if (j >= p.dim) {
		return;
	}
	let b = ids[t] * p.blocks + j / 32u;
	x[t * p.dim + j] = f32(code(b, j % 32u)) * wscales[b];
}
`
}

// normWGSL is RMSNorm followed by the activation quantiser: one
// workgroup per token, the output rows numbered from 0; the input rows
// start at step.t0 when Params.fromT0 is set (the final norm takes only
// the tokens whose logits are wanted).
const normWGSL = stepWGSL + `
struct Params { dim: u32, eps: f32, fromT0: u32, pad: u32 }
@group(0) @binding(1) var<uniform> p: Params;
@group(0) @binding(2) var<storage, read> x: array<f32>;
@group(0) @binding(3) var<storage, read> w: array<f32>;
@group(0) @binding(4) var<storage, read_write> outcodes: array<u32>;
@group(0) @binding(5) var<storage, read_write> outscales: array<f32>;
var<workgroup> red: array<f32, 64>;
` + quantWGSL + `
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) li: u32) {
	let t = wg.x + select(0u, step.t0, p.fromT0 != 0u);
	let base = t * p.dim;
	var ss = 0.0;
	for (var i = li; i < p.dim; i += 64u) {
		let v = x[base + i];
		ss += v * v;
	}
	red[li] = ss;
	workgroupBarrier();
	for (var s = 32u; s > 0u; s >>= 1u) {
		if (li < s) {
			red[li] += red[li + s];
		}
		workgroupBarrier();
	}
	let k = 1.0 / sqrt(red[0] / f32(p.dim) + p.eps);
	let nb = p.dim / 32u;
	for (var b = li; b < nb; b += 64u) {
		var y: array<f32, 32>;
		for (var j = 0u; j < 32u; j++) {
			let i = b * 32u + j;
			y[j] = x[base + i] * k * w[i];
		}
		quantBlock(&y, wg.x * nb + b);
	}
}
`

// matvec modes: what the product does with each result.
const (
	modeStore = iota // out[t, r] = W·x
	modeBias         // out[t, r] = W·x + bias[r]
	modeAdd          // out[t, r] += W·x (the residual)
)

// matvecWGSL multiplies a packed matrix by quantised activations: each
// workgroup takes 4 rows, 16 invocations per row striding over the
// blocks; y is the token.
func matvecWGSL(t gguf.Type, mode int) string {
	var b strings.Builder
	b.WriteString(stepWGSL)
	b.WriteString(`
struct Params { rows: u32, blocks: u32, ldo: u32, pad: u32 }
@group(0) @binding(1) var<uniform> p: Params;
@group(0) @binding(2) var<storage, read> wcodes: array<u32>;
@group(0) @binding(3) var<storage, read> wscales: array<f32>;
@group(0) @binding(4) var<storage, read> xcodes: array<u32>;
@group(0) @binding(5) var<storage, read> xscales: array<f32>;
@group(0) @binding(6) var<storage, read_write> out: array<f32>;
`)
	if mode == modeBias {
		b.WriteString("@group(0) @binding(7) var<storage, read> bias: array<f32>;\n")
	}
	b.WriteString(blockDotWGSL(t))
	b.WriteString(`
var<workgroup> part: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) li: u32) {
	let r = wg.x * 4u + li / 16u;
	let lane = li % 16u;
	let t = wg.y;
	var acc = 0.0;
	if (r < p.rows) {
		for (var b = lane; b < p.blocks; b += 16u) {
			let wb = r * p.blocks + b;
			let xb = t * p.blocks + b;
			acc += f32(blockDot(wb, xb * 8u)) * (wscales[wb] * xscales[xb]);
		}
	}
	part[li] = acc;
	workgroupBarrier();
	for (var s = 8u; s > 0u; s >>= 1u) {
		if (lane < s) {
			part[li] += part[li + s];
		}
		workgroupBarrier();
	}
	if (lane == 0u && r < p.rows) {
		let o = t * p.ldo + r;
`)
	switch mode {
	case modeBias:
		b.WriteString("\t\tout[o] = part[li] + bias[r];\n")
	case modeAdd:
		b.WriteString("\t\tout[o] += part[li];\n")
	default:
		b.WriteString("\t\tout[o] = part[li];\n")
	}
	b.WriteString("\t}\n}\n")
	return b.String()
}

// swigluWGSL multiplies the stacked gate and up matrices (gate rows
// 0..ffn, up rows ffn..2ffn), applies SiLU(gate)·up and quantises the
// result: each workgroup takes 32 rows (one block of the output), 8
// invocations per row.
func swigluWGSL(t gguf.Type) string {
	return stepWGSL + `
struct Params { ffn: u32, blocks: u32, pad0: u32, pad1: u32 }
@group(0) @binding(1) var<uniform> p: Params;
@group(0) @binding(2) var<storage, read> wcodes: array<u32>;
@group(0) @binding(3) var<storage, read> wscales: array<f32>;
@group(0) @binding(4) var<storage, read> xcodes: array<u32>;
@group(0) @binding(5) var<storage, read> xscales: array<f32>;
@group(0) @binding(6) var<storage, read_write> outcodes: array<u32>;
@group(0) @binding(7) var<storage, read_write> outscales: array<f32>;
` + blockDotWGSL(t) + quantWGSL + `
var<workgroup> gate: array<f32, 256>;
var<workgroup> up: array<f32, 256>;
@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) li: u32) {
	let row = wg.x * 32u + li / 8u;
	let lane = li % 8u;
	let t = wg.y;
	var g = 0.0;
	var u = 0.0;
	for (var b = lane; b < p.blocks; b += 8u) {
		let xb = t * p.blocks + b;
		let gb = row * p.blocks + b;
		let ub = (p.ffn + row) * p.blocks + b;
		g += f32(blockDot(gb, xb * 8u)) * (wscales[gb] * xscales[xb]);
		u += f32(blockDot(ub, xb * 8u)) * (wscales[ub] * xscales[xb]);
	}
	gate[li] = g;
	up[li] = u;
	workgroupBarrier();
	for (var s = 4u; s > 0u; s >>= 1u) {
		if (lane < s) {
			gate[li] += gate[li + s];
			up[li] += up[li + s];
		}
		workgroupBarrier();
	}
	if (li == 0u) {
		var y: array<f32, 32>;
		for (var j = 0u; j < 32u; j++) {
			let gv = gate[8u * j];
			y[j] = gv / (1.0 + exp(-gv)) * up[8u * j];
		}
		quantBlock(&y, t * (p.ffn / 32u) + wg.x);
	}
}
`
}

// ropeWGSL rotates the queries and keys of the step's tokens (pairs
// (2e, 2e+1), or (e, e+half) for NeoX) with the host's tables, writes
// the rotated keys and the values into the layer's cache at their
// positions, and leaves the rotated queries in qkv. One invocation per
// pair of a query or key head, or per value element; y is the token.
func ropeWGSL(neox bool) string {
	pair := "let a = 2u * e;\n\tlet bb = a + 1u;"
	if neox {
		pair = "let a = e;\n\tlet bb = e + p.half;"
	}
	return stepWGSL + fmt.Sprintf(`
struct Params { heads: u32, kvheads: u32, hd: u32, half: u32, stride: u32, kvd: u32, cache: u32, pad: u32 }
@group(0) @binding(1) var<uniform> p: Params;
@group(0) @binding(2) var<storage, read> cossin: array<f32>;
@group(0) @binding(3) var<storage, read_write> qkv: array<f32>;
@group(0) @binding(4) var<storage, read_write> kcache: array<f32>;
@group(0) @binding(5) var<storage, read_write> vcache: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3u) {
	let c = gid.x;
	let i = gid.y;
	let pairs = (p.heads + p.kvheads) * p.half;
	let row = i * p.stride;
	let at = p.cache + (step.pos + i) * p.kvd;
	if (c >= pairs) {
		let v = c - pairs;
		if (v < p.kvd) {
			vcache[at + v] = qkv[row + p.heads * p.hd + p.kvd + v];
		}
		return;
	}
	let h = c / p.half;
	let e = c %% p.half;
	%s
	let cs = cossin[(i * p.half + e) * 2u];
	let sn = cossin[(i * p.half + e) * 2u + 1u];
	let o = row + h * p.hd;
	let x0 = qkv[o + a];
	let x1 = qkv[o + bb];
	let y0 = x0 * cs - x1 * sn;
	let y1 = x0 * sn + x1 * cs;
	if (h < p.heads) {
		qkv[o + a] = y0;
		qkv[o + bb] = y1;
	} else {
		let k = at + (h - p.heads) * p.hd;
		kcache[k + a] = y0;
		kcache[k + bb] = y1;
	}
}
`, pair)
}

// attentionWGSL is grouped-query attention for one head of one token
// per workgroup: scores over the cache up to the token's position (kept
// in workgroup memory, so the context is at most maxCtx), softmax, the
// weighted sum of the values, quantised for the output projection.
func attentionWGSL(maxCtx int) string {
	return stepWGSL + fmt.Sprintf(`
struct Params { heads: u32, kvheads: u32, hd: u32, stride: u32, kvd: u32, cache: u32, scale: f32, pad: u32 }
@group(0) @binding(1) var<uniform> p: Params;
@group(0) @binding(2) var<storage, read> qkv: array<f32>;
@group(0) @binding(3) var<storage, read> kcache: array<f32>;
@group(0) @binding(4) var<storage, read> vcache: array<f32>;
@group(0) @binding(5) var<storage, read_write> outcodes: array<u32>;
@group(0) @binding(6) var<storage, read_write> outscales: array<f32>;
var<workgroup> sc: array<f32, %d>;
var<workgroup> red: array<f32, 64>;
var<workgroup> o: array<f32, 256>;
`+quantWGSL+`
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) li: u32) {
	let h = wg.x;
	let i = wg.y;
	let span = step.pos + i + 1u;
	let q = i * p.stride + h * p.hd;
	let kv = p.cache + (h / (p.heads / p.kvheads)) * p.hd;
	var mx = -3.4e38;
	for (var t = li; t < span; t += 64u) {
		var s = 0.0;
		for (var d = 0u; d < p.hd; d++) {
			s += kcache[kv + t * p.kvd + d] * qkv[q + d];
		}
		s *= p.scale;
		sc[t] = s;
		mx = max(mx, s);
	}
	red[li] = mx;
	workgroupBarrier();
	for (var s = 32u; s > 0u; s >>= 1u) {
		if (li < s) {
			red[li] = max(red[li], red[li + s]);
		}
		workgroupBarrier();
	}
	mx = red[0];
	workgroupBarrier();
	var sum = 0.0;
	for (var t = li; t < span; t += 64u) {
		let e = exp(sc[t] - mx);
		sc[t] = e;
		sum += e;
	}
	red[li] = sum;
	workgroupBarrier();
	for (var s = 32u; s > 0u; s >>= 1u) {
		if (li < s) {
			red[li] += red[li + s];
		}
		workgroupBarrier();
	}
	let inv = 1.0 / red[0];
	for (var d = li; d < p.hd; d += 64u) {
		var acc = 0.0;
		for (var t = 0u; t < span; t++) {
			acc += sc[t] * inv * vcache[kv + t * p.kvd + d];
		}
		o[d] = acc;
	}
	workgroupBarrier();
	let nb = p.hd / 32u;
	if (li < nb) {
		var y: array<f32, 32>;
		for (var j = 0u; j < 32u; j++) {
			y[j] = o[li * 32u + j];
		}
		quantBlock(&y, (i * p.heads * p.hd + h * p.hd) / 32u + li);
	}
}
`, maxCtx)
}

// source returns the WGSL of a kernel.
func source(k kernel) string {
	switch k.name {
	case "embed":
		return embedWGSL(k.typ)
	case "norm":
		return normWGSL
	case "matvec":
		return matvecWGSL(k.typ, k.mode)
	case "swiglu":
		return swigluWGSL(k.typ)
	case "rope":
		return ropeWGSL(k.neox)
	case "attention":
		return attentionWGSL(MaxContext)
	}
	panic("webgpu: no kernel " + k.name)
}
