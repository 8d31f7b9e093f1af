package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// settings are what a person chose, kept in the browser's local storage.
type settings struct {
	Temperature float32 `json:"temperature"`
	MaxTokens   int     `json:"maxTokens"`
	// Theme is "system", "light" or "dark".
	Theme string `json:"theme"`
	// Width is the preview's page width: "fit", "phone", "tablet" or
	// "desktop".
	Width string `json:"width"`
	// Backend draws the artboard's frames (a key of RegisterBackend).
	Backend string `json:"backend"`
	// Own is a person's own model, kept in the browser; zero: the
	// server's default model.
	Own ownModel `json:"own"`
}

// ownModel names a person's own GGUF file, cached by the workers.
type ownModel struct {
	Name   string `json:"name,omitempty"`
	SHA256 string `json:"sha256,omitempty"`
	Size   int64  `json:"size,omitempty"`
}

const settingsKey = "genui.settings"

// Defaults and bounds of the settings.
const (
	defaultTemperature = 0.7
	defaultMaxTokens   = 1024
	maxTemperature     = 2
	minMaxTokens       = 64
	maxMaxTokens       = 4096
)

func defaultSettings() settings {
	return settings{Temperature: defaultTemperature, MaxTokens: defaultMaxTokens, Theme: "system", Width: "fit", Backend: "svg"}
}

// clean puts every setting back in range (storage is not trusted).
func (s *settings) clean() {
	d := defaultSettings()
	if !(s.Temperature >= 0 && s.Temperature <= maxTemperature) {
		s.Temperature = d.Temperature
	}
	if s.MaxTokens < minMaxTokens || s.MaxTokens > maxMaxTokens {
		s.MaxTokens = d.MaxTokens
	}
	switch s.Theme {
	case "system", "light", "dark":
	default:
		s.Theme = d.Theme
	}
	if _, ok := widths[s.Width]; !ok {
		s.Width = d.Width
	}
	if s.Backend == "" {
		s.Backend = d.Backend
	}
}

// widths are the preview's page widths by name; 0 fits the pane.
var widths = map[string]float32{"fit": 0, "phone": 390, "tablet": 768, "desktop": 1024}

func loadSettings(ctx app.Context) settings {
	s := defaultSettings()
	ctx.LocalStorage().Get(settingsKey, &s)
	s.clean()
	return s
}

func saveSettings(ctx app.Context, s settings) {
	ctx.LocalStorage().Set(settingsKey, s)
}
