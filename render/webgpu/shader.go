package webgpu

// shader is the WGSL of the backend's four pipelines, which share one
// bind group (the view uniform, the glyph and image atlases, a sampler):
//
//   - quad: instanced quads (frame.go's instance), drawn as 4-vertex
//     strips: rounded rectangles and their borders by signed distance,
//     glyph masks, pictures clipped to rounded corners, all anti-aliased
//     analytically, blended as premultiplied colour;
//   - stencil: path triangles (tess.go), counted into the stencil buffer
//     (front faces increment, back faces decrement: the non-zero winding
//     number), no colour written;
//   - cover: the quad shader again, over a path's bounds, painting where
//     the stencil is not zero and clearing it;
//   - solid: coloured triangles, for paths that need no stencil (opaque
//     strokes, opaque convex fills).
//
// Paths are anti-aliased by the pass's 4× multisampling.
//
// Coverage of a signed distance d (device pixels, negative inside) is
// clamp(0.5 - d, 0, 1): exact box-filter coverage along straight edges,
// which is what Canvas2D and SVG rasterisers compute. Borders follow SVG:
// the fill and a stroke of the border's width both follow the rectangle
// inset by half that width, with the radius reduced by as much.
const shader = `
struct View {
	size: vec2f, // the target in device pixels
	pad: vec2f,
};

@group(0) @binding(0) var<uniform> view: View;
@group(0) @binding(1) var glyphs: texture_2d<f32>;
@group(0) @binding(2) var images: texture_2d<f32>;
@group(0) @binding(3) var linearSampler: sampler;

struct Quad {
	@location(0) rect: vec4f,  // x, y, w, h
	@location(1) uv: vec4f,    // atlas texels x0, y0, x1, y1
	@location(2) shape: vec2f, // corner radius, border width
	@location(3) paint: vec3u, // fill, stroke (RGBA8), kind
};

struct Frag {
	@builtin(position) pos: vec4f,
	@location(0) p: vec2f, // device pixels
	@location(1) uv: vec2f,
	@location(2) @interpolate(flat) rect: vec4f,
	@location(3) @interpolate(flat) uvRect: vec4f,
	@location(4) @interpolate(flat) shape: vec2f,
	@location(5) @interpolate(flat) fill: vec4f,
	@location(6) @interpolate(flat) stroke: vec4f,
	@location(7) @interpolate(flat) kind: u32,
};

const kindRect = 0u;
const kindGlyph = 1u;
const kindImage = 2u;

fn clip(p: vec2f) -> vec4f {
	return vec4f(p.x / view.size.x * 2.0 - 1.0, 1.0 - p.y / view.size.y * 2.0, 0.0, 1.0);
}

fn premul(c: u32) -> vec4f {
	let v = unpack4x8unorm(c);
	return vec4f(v.rgb * v.a, v.a);
}

@vertex fn quadVertex(@builtin(vertex_index) i: u32, q: Quad) -> Frag {
	let corner = vec2f(f32(i & 1u), f32(i >> 1u));
	// Shapes drawn by distance get a pixel of room for their soft edge.
	var m = 0.0;
	if (q.paint.z == kindRect || q.paint.z == kindImage) {
		m = 1.0;
	}
	let p = q.rect.xy - m + corner * (q.rect.zw + 2.0 * m);
	var f: Frag;
	f.pos = clip(p);
	f.p = p;
	f.uv = q.uv.xy + (p - q.rect.xy) / max(q.rect.zw, vec2f(1e-6)) * (q.uv.zw - q.uv.xy);
	f.rect = q.rect;
	f.uvRect = q.uv;
	f.shape = q.shape;
	f.fill = premul(q.paint.x);
	f.stroke = premul(q.paint.y);
	f.kind = q.paint.z;
	return f;
}

// roundRect is the signed distance from p to a rectangle of half size h
// centred on the origin, its corners rounded by r.
fn roundRect(p: vec2f, h: vec2f, r: f32) -> f32 {
	let q = abs(p) - h + r;
	return length(max(q, vec2f(0.0))) + min(max(q.x, q.y), 0.0) - r;
}

fn coverage(d: f32) -> f32 {
	return clamp(0.5 - d, 0.0, 1.0);
}

@fragment fn quadFragment(f: Frag) -> @location(0) vec4f {
	let half = f.rect.zw * 0.5;
	let p = f.p - f.rect.xy - half;
	if (f.kind == kindRect) {
		let bw = f.shape.y;
		let hi = max(half - bw * 0.5, vec2f(0.0));
		let ri = clamp(f.shape.x - bw * 0.5, 0.0, min(hi.x, hi.y));
		var c = f.fill * coverage(roundRect(p, hi, ri));
		if (bw > 0.0) {
			// A stroke centred on the inset outline: its outer edge keeps
			// the corners round only where the outline's are (a miter join
			// squares them otherwise), its inner edge is the outline inset again.
			var ro = 0.0;
			if (ri > 0.0) {
				ro = ri + bw * 0.5;
			}
			let outer = coverage(roundRect(p, hi + bw * 0.5, ro));
			let inner = coverage(roundRect(p, max(hi - bw * 0.5, vec2f(0.0)), max(ri - bw * 0.5, 0.0)));
			let s = clamp(outer - inner, 0.0, 1.0);
			c = f.stroke * s + c * (1.0 - f.stroke.a * s);
		}
		return c;
	}
	if (f.kind == kindGlyph) {
		// Glyph quads sit on whole pixels at the mask's size, so this
		// samples texel centres exactly; only text past the largest mask
		// size is stretched, and then filtered.
		let uv = clamp(f.uv, f.uvRect.xy + 0.5, f.uvRect.zw - 0.5) / vec2f(textureDimensions(glyphs));
		return f.fill * textureSampleLevel(glyphs, linearSampler, uv, 0.0).r;
	}
	if (f.kind == kindImage) {
		let uv = clamp(f.uv, f.uvRect.xy + 0.5, f.uvRect.zw - 0.5) / vec2f(textureDimensions(images));
		let cov = coverage(roundRect(p, half, min(f.shape.x, min(half.x, half.y))));
		return textureSampleLevel(images, linearSampler, uv, 0.0) * cov;
	}
	return f.fill;
}

@vertex fn stencilVertex(@location(0) p: vec2f) -> @builtin(position) vec4f {
	return clip(p);
}

@fragment fn stencilFragment() -> @location(0) vec4f {
	return vec4f(0.0);
}

struct Solid {
	@builtin(position) pos: vec4f,
	@location(0) @interpolate(flat) color: vec4f,
};

@vertex fn solidVertex(@location(0) p: vec2f, @location(1) c: u32) -> Solid {
	return Solid(clip(p), premul(c));
}

@fragment fn solidFragment(s: Solid) -> @location(0) vec4f {
	return s.color;
}
`

// Vertex layouts of the pipelines, in bytes.
const (
	uniformSize = 16 // View
	vertexSize  = 8  // a stencil vertex: x, y as float32
	solidSize   = 12 // a coloured vertex: x, y as float32, RGBA8
)
