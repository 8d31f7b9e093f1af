package corpus

import (
	"strconv"
	"strings"

	"github.com/genui/genui/genui"
)

// Edits of layout and of the contents of tables, lists and option sets.

// childWord names what a container holds, from its first child.
func childWord(n *genui.Node) bi {
	if len(n.Children) == 0 {
		return bi{"items", "項目"}
	}
	switch n.Children[0].Type {
	case "card":
		return bi{"cards", "卡片"}
	case "stat":
		return bi{"stats", "數據"}
	case "image":
		return bi{"images", "圖片"}
	case "button":
		return bi{"buttons", "按鈕"}
	case "input", "select", "textarea":
		return bi{"fields", "欄位"}
	}
	return bi{"items", "項目"}
}

func (r *refiner) columns() (edit, bool) {
	g := r.g
	if grids := r.byTyp["grid"]; len(grids) > 0 {
		it := pickOf(g, grids)
		p := it.n.Props.(*genui.Grid)
		cur := p.Columns
		if cur == 0 {
			cur = 2
		}
		n := g.between(1, 4)
		if n == cur || len(r.byTyp["grid"]) > 1 && len(it.n.Children) < 2 {
			return edit{}, false
		}
		what := childWord(it.n)
		ref := g.l("{the %[1]s|them}", "%[1]s", g.s(what))
		if len(grids) > 1 {
			ref = g.l("the %[1]s", "%[1]s", g.s(what))
			for _, o := range grids {
				if o != it && g.s(childWord(o.n)) == g.s(what) {
					return edit{}, false
				}
			}
		}
		return edit{
			instruction: g.l("{%[2]s instead of %[3]s|put %[1]s in %[2]s|make it %[2]s|use %[2]s for %[1]s|%[2]s please}", "{%[1]s改成%[4]s欄|%[1]s排成%[4]s欄|改成%[4]s欄就好}", ref, g.cols(n), g.cols(cur), g.count(n)),
			ops:         []genui.PatchOp{set(it, "columns", p.Columns != 0, n)},
		}, true
	}
	// A column of cards becomes a grid.
	for _, it := range r.items {
		if it.n.Type != "column" || len(it.n.Children) < 3 || childWord(it.n).en != "cards" {
			continue
		}
		n := g.between(2, 3)
		ops := []genui.PatchOp{opReplace(it.path+"/type", "grid"), opAdd(it.path+"/columns", n)}
		if it.n.Props.(*genui.Column).Justify != "" {
			ops = append(ops, opRemove(it.path+"/justify"))
		}
		return edit{
			instruction: g.l("{put the cards in %[1]s|%[1]s instead of one|show the cards side by side, %[2]s per row}", "{卡片排成%[2]s欄|改成一排%[2]s個}", g.cols(n), g.count(n)),
			ops:         ops,
		}, true
	}
	return edit{}, false
}

// cellList says a row's cells for an instruction.
func (r *refiner) cellList(cells []string) string {
	g := r.g
	for _, c := range cells {
		if strings.Contains(c, ",") {
			return strings.Join(quoteAll(g, cells), g.t(", ", "、"))
		}
	}
	if g.chance(0.5) {
		return strings.Join(quoteAll(g, cells), g.t(", ", "、"))
	}
	return strings.Join(cells, g.pick(", ", " | "))
}

func (r *refiner) tableRow() (edit, bool) {
	g := r.g
	ts := r.byTyp["table"]
	if len(ts) != 1 {
		return edit{}, false
	}
	it := ts[0]
	p := it.n.Props.(*genui.Table)
	if len(p.Rows) < 2 {
		return edit{}, false
	}
	if g.chance(0.35) {
		i := len(p.Rows) - 1
		ref := g.l("{the last row|the bottom row}", "最後一列")
		if g.chance(0.5) {
			i = g.r.IntN(len(p.Rows))
			ref = g.l("the row for %s", "%s那一列", g.q(p.Rows[i][0]))
			for j, row := range p.Rows {
				if j != i && row[0] == p.Rows[i][0] {
					return edit{}, false
				}
			}
		}
		return edit{
			instruction: g.l("{remove %[1]s|delete %[1]s from the table}", "{刪除%[1]s|把%[1]s拿掉}", ref),
			ops:         []genui.PatchOp{opRemove(it.path + "/rows/" + strconv.Itoa(i))},
		}, true
	}
	cells := make([]string, len(p.Columns))
	for c := range cells {
		cells[c] = p.Rows[g.r.IntN(len(p.Rows))][c]
	}
	return edit{
		instruction: g.l("{add a row: %[1]s|add another row with %[1]s|new row at the end: %[1]s}", "{新增一列：%[1]s|表格多加一列：%[1]s}", r.cellList(cells)),
		ops:         []genui.PatchOp{opAdd(it.path+"/rows/-", cells)},
	}, true
}

func (r *refiner) tableColumn() (edit, bool) {
	g := r.g
	ts := r.byTyp["table"]
	if len(ts) != 1 {
		return edit{}, false
	}
	it := ts[0]
	p := it.n.Props.(*genui.Table)
	if len(p.Columns) < 3 {
		return edit{}, false
	}
	i := 1 + g.r.IntN(len(p.Columns)-1)
	col := p.Columns[i]
	if g.chance(0.5) {
		to := r.newText(col, []bi{{"Notes", "備註"}, {"Owner", "負責人"}, {"Updated", "更新時間"}, {"Amount", "金額"}, {"Type", "類型"}})
		if to == "" {
			return edit{}, false
		}
		return edit{
			instruction: g.l("{rename the %[1]s column to %[2]s|call the %[1]s column %[2]s}", "{%[1]s欄改名為%[2]s|把%[1]s欄位改成%[2]s}", g.q(col), g.q(to)),
			ops:         []genui.PatchOp{opReplace(it.path+"/columns/"+strconv.Itoa(i), to)},
		}, true
	}
	ops := []genui.PatchOp{opRemove(it.path + "/columns/" + strconv.Itoa(i))}
	for k := range p.Rows {
		ops = append(ops, opRemove(it.path+"/rows/"+strconv.Itoa(k)+"/"+strconv.Itoa(i)))
	}
	return edit{
		instruction: g.l("{remove the %[1]s column|drop the %[1]s column|I don't need the %[1]s column}", "{刪掉%[1]s欄|不要%[1]s這一欄}", g.q(col)),
		ops:         ops,
	}, true
}

func (r *refiner) option() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("select", "radio")
	if !ok {
		return edit{}, false
	}
	var opts []string
	var value string
	switch p := it.n.Props.(type) {
	case *genui.Select:
		opts, value = p.Options, p.Value
	case *genui.Radio:
		opts, value = p.Options, p.Value
	}
	switch {
	case len(opts) > 2 && g.chance(0.3):
		i := g.r.IntN(len(opts))
		if opts[i] == value {
			return edit{}, false
		}
		return edit{
			instruction: g.l("{remove the %[1]s option from %[2]s|%[2]s: drop %[1]s}", "{%[2]s拿掉%[1]s選項|刪除%[2]s的%[1]s}", g.q(opts[i]), r.named(it)),
			ops:         []genui.PatchOp{opRemove(it.path + "/options/" + strconv.Itoa(i))},
		}, true
	case g.chance(0.4):
		v := pickOf(g, opts)
		if v == value {
			return edit{}, false
		}
		return edit{
			instruction: g.l("{make %[1]s the default in %[2]s|select %[1]s by default in %[2]s|%[2]s should default to %[1]s}", "{%[2]s預設選%[1]s|%[2]s預設值改成%[1]s}", g.q(v), r.named(it)),
			ops:         []genui.PatchOp{set(it, "value", value != "", v)},
		}, true
	}
	add := r.newText("", []bi{{"Other", "其他"}, {"Canada", "加拿大"}, {"Not sure", "不確定"}, {"None", "無"}, {"Weekly", "每週"}, {"XXL", "XXL"}, {"Japan", "日本"}})
	for _, o := range opts {
		if o == add {
			return edit{}, false
		}
	}
	return edit{
		instruction: g.l("{add %[1]s to %[2]s|add an option %[1]s to %[2]s|%[2]s needs a %[1]s option}", "{%[2]s加一個%[1]s選項|%[2]s新增%[1]s}", g.q(add), r.named(it)),
		ops:         []genui.PatchOp{opAdd(it.path+"/options/-", add)},
	}, true
}

func (r *refiner) listItem() (edit, bool) {
	g := r.g
	var ls []*item
	for _, it := range r.byTyp["list"] {
		if len(it.n.Props.(*genui.List).Items) > 0 {
			ls = append(ls, it)
		}
	}
	if len(ls) != 1 {
		return edit{}, false
	}
	it := ls[0]
	items := it.n.Props.(*genui.List).Items
	if len(items) > 2 && g.chance(0.4) {
		i := g.r.IntN(len(items))
		return edit{
			instruction: g.l("{remove %[1]s from the list|take %[1]s off the list}", "{清單刪掉%[1]s|把%[1]s從清單拿掉}", g.q(items[i])),
			ops:         []genui.PatchOp{opRemove(it.path + "/items/" + strconv.Itoa(i))},
		}, true
	}
	add := g.s(pickOf(g, append(append([]bi{}, planFeatures...), tasks...)))
	for _, x := range items {
		if x == add {
			return edit{}, false
		}
	}
	if g.chance(0.3) {
		return edit{
			instruction: g.l("{put %[1]s at the top of the list|add %[1]s as the first item}", "{清單最前面加%[1]s}", g.q(add)),
			ops:         []genui.PatchOp{opAdd(it.path+"/items/0", add)},
		}, true
	}
	return edit{
		instruction: g.l("{add %[1]s to the list|one more item: %[1]s|also list %[1]s}", "{清單加上%[1]s|多一項%[1]s}", g.q(add)),
		ops:         []genui.PatchOp{opAdd(it.path+"/items/-", add)},
	}, true
}

func (r *refiner) addButton() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("button")
	if !ok || it.parent == nil {
		return edit{}, false
	}
	choice := pickOf(g, []bi{{"Cancel", "取消"}, {"Back", "返回"}, {"Skip", "略過"}, {"Learn more", "了解更多"}, {"Save draft", "儲存草稿"}, {"Preview", "預覽"}})
	t := g.s(choice)
	for _, b := range r.byTyp["button"] {
		if text(b.n) == t {
			return edit{}, false
		}
	}
	v := pickOf(g, []genui.Variant{genui.Secondary, genui.Secondary, genui.Ghost})
	nb := button(t, slug(choice.en), v)
	before := g.chance(0.5)
	where := g.l("{after|next to|to the right of}", "{後面|右邊}")
	if before {
		where = g.l("{before|to the left of}", "{前面|左邊}")
	}
	word := g.l("{a secondary|an outline|a}", "{次要的|}")
	if v == genui.Ghost {
		word = g.l("{a ghost|a subtle|a text-only}", "{透明的|低調的}")
	}
	instr := fixArticle(g.l("{add %[1]s %[2]s button %[3]s %[4]s|put %[1]s %[2]s button %[3]s %[4]s}", "{在%[4]s%[3]s加一個%[1]s%[2]s按鈕|%[4]s%[3]s再放%[1]s%[2]s按鈕}", word, g.q(t), where, r.named(it)))
	if it.parent.n.Type == "row" {
		at := it.index + 1
		if before {
			at = it.index
		}
		return edit{instruction: instr, ops: []genui.PatchOp{opAdd(it.parent.path+"/children/"+strconv.Itoa(at), nb)}}, true
	}
	pair := []*genui.Node{it.n, nb}
	if before {
		pair = []*genui.Node{nb, it.n}
	}
	return edit{instruction: instr, ops: []genui.PatchOp{opReplace(it.path, gapped(row(pair...), genui.GapSM))}}, true
}

// movable returns the siblings of a container that an instruction can
// name, by index.
func (r *refiner) movable(parent *item) map[int]*item {
	out := map[int]*item{}
	for _, it := range r.items {
		if it.parent != parent {
			continue
		}
		if _, ok := kindNames[it.n.Type]; ok && (len(r.byTyp[it.n.Type]) == 1 || contains(r.unique(it.n.Type), it)) {
			out[it.index] = it
		}
	}
	return out
}

func (r *refiner) move() (edit, bool) {
	g := r.g
	var parents []*item
	for _, it := range r.items {
		if len(it.n.Children) >= 3 && it.n.Type != "tabs" && len(r.movable(it)) >= 2 {
			parents = append(parents, it)
		}
	}
	if len(parents) == 0 {
		return edit{}, false
	}
	p := pickOf(g, parents)
	m := r.movable(p)
	var idx []int
	for i := range p.n.Children {
		if m[i] != nil {
			idx = append(idx, i)
		}
	}
	a, b := idx[g.r.IntN(len(idx))], idx[g.r.IntN(len(idx))]
	if a == b {
		return edit{}, false
	}
	x, y := m[a], m[b]
	above := g.chance(0.5)
	// The target index is read after the removal, as RFC 6902 says.
	to := b
	if above && a < b {
		to = b - 1
	} else if !above && a > b {
		to = b + 1
	}
	if to == a {
		return edit{}, false
	}
	where := g.l("{below|under|after}", "{下面|後面}")
	if above {
		where = g.l("{above|before}", "{上面|前面}")
	}
	if p.n.Type == "row" || p.n.Type == "grid" {
		where = g.l("{after|to the right of}", "{後面|右邊}")
		if above {
			where = g.l("{before|to the left of}", "{前面|左邊}")
		}
	}
	return edit{
		instruction: g.l("{move %[1]s %[2]s %[3]s|put %[1]s %[2]s %[3]s|%[1]s should go %[2]s %[3]s}", "{把%[1]s移到%[3]s%[2]s|%[1]s放到%[3]s%[2]s}", r.named(x), where, r.named(y)),
		ops:         []genui.PatchOp{opMove(x.path, p.path+"/children/"+strconv.Itoa(to))},
	}, true
}

func (r *refiner) gap() (edit, bool) {
	g := r.g
	var cand []*item
	for _, it := range r.items {
		if (it.n.Type == "grid" || it.n.Type == "column" && it.parent == nil) && len(it.n.Children) >= 2 {
			cand = append(cand, it)
		}
	}
	if len(cand) == 0 {
		return edit{}, false
	}
	it := pickOf(g, cand)
	what := g.l("the %s", "%s", g.s(childWord(it.n)))
	if it.parent == nil {
		what = g.l("{the sections|everything}", "{各區塊|所有東西}")
	} else if len(r.byTyp["grid"]) > 1 {
		return edit{}, false
	}
	to, say := genui.GapXL, g.l("{more space between %[1]s|spread %[1]s out more|add more breathing room between %[1]s}", "{%[1]s之間留更多空間|%[1]s間距大一點}", what)
	if it.n.Gap == genui.GapXL || it.n.Gap == genui.GapLG && g.chance(0.5) {
		to, say = genui.GapXS, g.l("{less space between %[1]s|tighten up %[1]s|make %[1]s more compact}", "{%[1]s之間的間距小一點|%[1]s排緊一點}", what)
	}
	return edit{
		instruction: say,
		ops:         []genui.PatchOp{set(it, "gap", it.n.Gap != "", string(to))},
	}, true
}

// hasID reports whether the subtree holds a node with an id.
func hasID(n *genui.Node) bool {
	if n.ID != "" {
		return true
	}
	for _, k := range n.Children {
		if hasID(k) {
			return true
		}
	}
	return false
}

func (r *refiner) duplicate() (edit, bool) {
	g := r.g
	it, ok := r.pickUnique("card", "button", "stat")
	if !ok || it.parent == nil || hasID(it.n) || len(it.parent.n.Children) >= 6 {
		return edit{}, false
	}
	return edit{
		instruction: g.l("{duplicate %[1]s|make a copy of %[1]s|add a second copy of %[1]s right after it}", "{複製%[1]s|把%[1]s再複製一個}", r.named(it)),
		ops:         []genui.PatchOp{opCopy(it.path, it.parent.path+"/children/"+strconv.Itoa(it.index+1))},
	}, true
}

func (r *refiner) direction() (edit, bool) {
	g := r.g
	for _, it := range r.items {
		w := childWord(it.n)
		if it.parent == nil || len(it.n.Children) < 2 || w.en != "buttons" && w.en != "fields" {
			continue
		}
		switch it.n.Type {
		case "row":
			ops := []genui.PatchOp{opReplace(it.path+"/type", "column")}
			if it.n.Props.(*genui.Row).Wrap {
				ops = append(ops, opRemove(it.path+"/wrap"))
			}
			return edit{
				instruction: g.l("{stack the %[1]s vertically|put the %[1]s on top of each other|%[1]s in a column instead of a row}", "{%[1]s改成上下排列|%[1]s直的排}", g.s(w)),
				ops:         ops,
			}, true
		case "column":
			if len(it.n.Children) > 3 {
				continue
			}
			return edit{
				instruction: g.l("{put the %[1]s side by side|%[1]s in one row|line the %[1]s up horizontally}", "{%[1]s並排|%[1]s排成一列}", g.s(w)),
				ops:         []genui.PatchOp{opReplace(it.path+"/type", "row")},
			}, true
		}
	}
	return edit{}, false
}

func (r *refiner) addHeading() (edit, bool) {
	g := r.g
	root := r.items[0]
	if !isContainer(root.n) || root.n.Type == "tabs" || len(root.n.Children) > 0 && root.n.Children[0].Type == "heading" {
		return edit{}, false
	}
	t := g.s(pickOf(g, headingTexts))
	return edit{
		instruction: g.l("{add a title %[1]s at the top|put a heading %[1]s above everything|start with a heading that says %[1]s}", "{最上面加標題%[1]s|上方加一個%[1]s的標題}", g.q(t)),
		ops:         []genui.PatchOp{opAdd(root.path+"/children/0", heading(t, 2))},
	}, true
}

func (r *refiner) addAlert() (edit, bool) {
	g := r.g
	root := r.items[0]
	if !isContainer(root.n) || root.n.Type == "tabs" || len(r.byTyp["alert"]) > 0 {
		return edit{}, false
	}
	kinds := []struct {
		tone genui.Tone
		say  bi
		t    bi
	}{
		{genui.DangerTone, bi{"{a red error message|an error alert}", "{紅色錯誤訊息|錯誤提示}"}, bi{"Something went wrong. Please try again.", "發生錯誤，請再試一次。"}},
		{genui.Warning, bi{"{a yellow warning|a warning}", "{黃色警告|警告訊息}"}, bi{"Your session will expire in 5 minutes.", "你的登入將在 5 分鐘後到期。"}},
		{genui.Success, bi{"{a green success message|a success banner}", "{綠色成功訊息|成功提示}"}, bi{"Your changes were saved.", "變更已儲存。"}},
		{genui.Info, bi{"{a blue info note|an info banner}", "{藍色提示|資訊提示}"}, bi{"We've updated our terms.", "我們更新了服務條款。"}},
	}
	k := pickOf(g, kinds)
	t := g.s(k.t)
	at := 0
	where := g.l("at the top", "最上面")
	if len(root.n.Children) > 0 && root.n.Children[0].Type == "heading" && g.chance(0.6) {
		at = 1
		where = g.l("{under the title|below the heading}", "{標題下面|在標題下方}")
	}
	return edit{
		instruction: g.l("{add %[1]s %[2]s saying %[3]s|put %[1]s %[2]s: %[3]s}", "{%[2]s加%[1]s：%[3]s|在%[2]s放%[1]s，寫%[3]s}", g.expand(g.s(k.say)), where, g.q(t)),
		ops:         []genui.PatchOp{opAdd(root.path+"/children/"+strconv.Itoa(at), alert(k.tone, "", t))},
	}, true
}

// formColumns lays a form's fields out in a grid: an empty grid is added
// where the first field was and the fields are moved into it, so the
// patch repeats none of them.
func (r *refiner) formColumns() (edit, bool) {
	g := r.g
	for _, f := range r.byTyp["form"] {
		run := 0
		for _, k := range f.n.Children {
			if k.Type != "input" && k.Type != "select" {
				break
			}
			run++
		}
		if run < 2 {
			continue
		}
		n := 2
		if run >= 6 && g.chance(0.3) {
			n = 3
		}
		ops := []genui.PatchOp{{Op: "add", Path: f.path + "/children/0", Value: []byte(`{"type":"grid","columns":` + strconv.Itoa(n) + `,"gap":"md","children":[]}`)}}
		for range run {
			ops = append(ops, opMove(f.path+"/children/1", f.path+"/children/0/children/-"))
		}
		return edit{
			instruction: g.l("{%[1]s instead of one|put the fields in %[1]s|split the form into %[1]s|lay the inputs out in %[1]s}", "{欄位改成%[2]s欄|表單分成%[2]s欄|輸入框排成%[2]s欄}", g.cols(n), g.count(n)),
			ops:         ops,
		}, true
	}
	return edit{}, false
}
