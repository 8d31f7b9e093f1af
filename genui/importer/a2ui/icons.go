package a2ui

import (
	"github.com/tidwall/gjson"

	"github.com/genui/genui/genui"
	"github.com/genui/genui/genui/importer"
)

// icons maps the basic catalog's icon names to genui's icon set. The
// second value marks a stand-in that loses meaning (an "off" or a half
// state drawn as the plain icon, a printer drawn as a file), which is
// imported with a warning.
var icons = map[string]struct {
	name  string
	loses bool
}{
	"accountCircle": {"user", false}, "add": {"plus", false}, "arrowBack": {"arrow-left", false},
	"arrowForward": {"arrow-right", false}, "attachFile": {"file", true}, "calendarToday": {"calendar", false},
	"call": {"phone", false}, "camera": {"camera", false}, "check": {"check", false}, "close": {"close", false},
	"delete": {"trash", false}, "download": {"download", false}, "edit": {"edit", false}, "event": {"calendar", false},
	"error": {"alert", false}, "fastForward": {"skip-forward", true}, "favorite": {"heart", false},
	"favoriteOff": {"heart", true}, "folder": {"folder", false}, "help": {"help", false}, "home": {"home", false},
	"info": {"info", false}, "locationOn": {"map-pin", false}, "lock": {"lock", false}, "lockOpen": {"lock", true},
	"mail": {"mail", false}, "menu": {"menu", false}, "moreVert": {"menu", true}, "moreHoriz": {"menu", true},
	"notificationsOff": {"bell", true}, "notifications": {"bell", false}, "pause": {"pause", false},
	"payment": {"credit-card", false}, "person": {"user", false}, "phone": {"phone", false}, "photo": {"image", false},
	"play": {"play", false}, "print": {"file", true}, "refresh": {"refresh", false}, "rewind": {"skip-back", true},
	"search": {"search", false}, "send": {"send", false}, "settings": {"settings", false}, "share": {"share", false},
	"shoppingCart": {"cart", false}, "skipNext": {"skip-forward", false}, "skipPrevious": {"skip-back", false},
	"star": {"star", false}, "starHalf": {"star", true}, "starOff": {"star", true}, "stop": {"pause", true},
	"upload": {"upload", false}, "visibility": {"eye", false}, "visibilityOff": {"eye", true},
	"volumeDown": {"volume", true}, "volumeMute": {"volume", true}, "volumeOff": {"volume", true},
	"volumeUp": {"volume", false}, "warning": {"alert", false},
}

// icon converts an Icon. A name outside the catalog, or a custom svgPath,
// is shown as the help icon with a warning.
func (c *conv) icon(v gjson.Result, scope, ptr string) *genui.Node {
	nv := v.Get("name")
	if nv.Get("svgPath").Exists() {
		c.b.Warn(ptr+"/name", "custom svgPath icons are not drawn; shown as the help icon")
		return importer.New(&genui.Icon{Name: "help"})
	}
	name := c.text(nv, scope, ptr+"/name")
	m, ok := icons[name]
	switch {
	case !ok:
		c.b.Warn(ptr+"/name", "icon %q is not in the basic catalog; shown as the help icon", name)
		m.name = "help"
	case m.loses:
		c.b.Warn(ptr+"/name", "icon %q is drawn as genui's %q", name, m.name)
	}
	return importer.New(&genui.Icon{Name: m.name})
}
