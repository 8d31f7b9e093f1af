package genui

// Limits a spec must stay inside. The validator enforces them, the grammar
// that constrains the model carries them, and the renderer relies on them.
const (
	// Version is the spec version this package writes and fully understands.
	Version = 1

	// MaxDepth is the deepest a node may sit below the root (the root is at depth 1).
	MaxDepth = 64
	// MaxNodes is the most nodes a spec may hold, fallbacks included.
	MaxNodes = 5000
	// MaxString is the longest string, in bytes, any field may hold.
	MaxString = 4096
	// MaxItems is the most elements any array of a spec may hold
	// (children, options, items, rows, columns, chart data).
	MaxItems = 1000
	// MaxSpecBytes is the largest spec text the parser accepts.
	MaxSpecBytes = 4 << 20
)
