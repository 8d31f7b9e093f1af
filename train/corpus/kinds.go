package corpus

// builder makes one kind of screen or widget.
type builder struct {
	kind   string
	weight float64 // relative frequency in the corpus
	build  func(g *gen) *screen
}

// builders lists every kind the corpus covers: screens (composed of
// blocks) and single components. Weights favour what people ask for most.
var builders = []builder{
	// Signing in.
	{"login", 3, login}, {"signup", 2.5, signup}, {"password_reset", 1.2, passwordReset},
	{"new_password", 0.8, newPassword}, {"two_factor", 1, twoFactor}, {"verify_email", 0.6, verifyEmail},
	// Accounts.
	{"settings", 2, settings}, {"notification_settings", 1, notificationSettings}, {"profile", 1.5, profile},
	{"edit_profile", 1, editProfile}, {"billing", 1, billing}, {"confirm_dialog", 1, deleteDialog},
	{"team_admin", 0.8, teamMembers}, {"onboarding", 0.8, onboarding},
	// Shopping.
	{"pricing", 2.5, pricing}, {"cart", 1.5, cart}, {"checkout", 1.5, checkout}, {"payment", 1, paymentForm},
	{"order_summary", 1, orderSummary}, {"order_confirmation", 0.8, orderConfirmation}, {"product_card", 1.5, productCard},
	{"product_grid", 1.2, productGrid}, {"product_detail", 1, productDetail}, {"invoice", 0.8, invoice},
	// Figures.
	{"dashboard", 3, dashboard}, {"analytics", 1.5, analytics}, {"data_table", 1.5, dataTable},
	{"user_admin", 1, userTable}, {"leaderboard", 0.8, leaderboard}, {"status_page", 0.7, statusPage},
	{"wallet", 0.8, wallet}, {"weather", 1, weather}, {"fitness", 0.8, fitness},
	// Content.
	{"landing_hero", 2, hero}, {"landing_page", 1.5, landingPage}, {"features", 1.2, features}, {"testimonials", 0.8, testimonials}, {"faq", 1.2, faq},
	{"team_grid", 1, teamGrid}, {"blog_post", 0.8, blogPost}, {"blog_list", 0.8, blogList}, {"navbar", 1.2, navbar},
	{"footer", 0.8, footer}, {"error_page", 0.8, notFound}, {"coming_soon", 0.6, comingSoon},
	{"cookie_consent", 0.6, cookieBanner}, {"banner", 1, banner}, {"empty_state", 1, emptyState},
	// Forms.
	{"contact", 2, contact}, {"feedback", 1.2, feedback}, {"survey", 1, survey}, {"newsletter", 1, newsletter},
	{"job_application", 0.8, jobApplication}, {"address_form", 0.8, addressForm}, {"booking", 1.2, booking},
	{"restaurant_reservation", 0.7, reservation}, {"event", 0.8, eventRSVP}, {"review_form", 0.7, review},
	{"poll", 0.7, poll}, {"quiz", 0.6, quiz}, {"support_ticket", 0.8, supportTicket}, {"flight_search", 0.8, flightSearch},
	{"donation", 0.6, donation},
	// Apps.
	{"chat", 1.2, chat}, {"inbox", 0.8, inbox}, {"notifications", 1, notifications}, {"calendar", 1, calendar},
	{"todo", 1.2, todo}, {"kanban", 0.8, kanban}, {"file_manager", 0.8, files}, {"media_player", 1, musicPlayer},
	{"video_player", 0.7, videoPlayer}, {"recipe", 0.7, recipe}, {"comments", 0.7, comments},
	{"activity_feed", 0.7, activityFeed}, {"search_results", 1.2, searchResults}, {"course", 0.7, course},
	{"listing", 0.8, listing}, {"order_tracking", 0.7, orderTracking},
	// Single components.
	{"button", 2, wButton}, {"progress", 1.2, wProgress}, {"switch", 0.8, wSwitch}, {"checkbox", 0.6, wCheckbox},
	{"select", 1, wSelect}, {"radio", 0.7, wRadio}, {"slider", 0.8, wSlider}, {"input", 1.2, wInput},
	{"textarea", 0.5, wTextarea}, {"badge", 0.7, wBadge}, {"alert", 1, wAlert}, {"avatar", 0.6, wAvatar},
	{"icon", 0.4, wIcon}, {"link", 0.5, wLink}, {"heading", 0.5, wHeading}, {"text", 0.4, wText},
	{"image", 0.5, wImage}, {"list", 0.7, wList}, {"table", 1, wTable}, {"chart", 1.5, wChart},
	{"stat", 0.8, wStat}, {"card", 0.8, wCard}, {"tabs", 0.7, wTabs}, {"button_group", 0.7, wButtonRow},
	{"toolbar", 0.4, wToolbar}, {"menu", 0.4, wMenu}, {"gallery", 0.6, wGallery}, {"divider", 0.3, wDivided},
	// Free compositions of components named by type.
	{"composite", 3, composite},
	// Screens of every kind named by the list of their parts (elements.go).
	{"element_list", 70, elementList},
}

var builderTotal = func() float64 {
	t := 0.0
	for _, b := range builders {
		t += b.weight
	}
	return t
}()

// pickBuilder chooses a kind by weight. Refinement needs something to
// refine, so it draws single components less often.
func pickBuilder(g *gen, refine bool) builder {
	for {
		x := g.r.Float64() * builderTotal
		for _, b := range builders {
			if x < b.weight {
				if refine && b.widget() && g.chance(0.6) {
					break
				}
				return b
			}
			x -= b.weight
		}
	}
}

// widget reports whether b makes a single component rather than a screen.
func (b builder) widget() bool {
	return b.kind == "button" || b.kind == "progress" || b.kind == "switch" || b.kind == "checkbox" ||
		b.kind == "select" || b.kind == "radio" || b.kind == "slider" || b.kind == "input" || b.kind == "textarea" ||
		b.kind == "badge" || b.kind == "alert" || b.kind == "avatar" || b.kind == "icon" || b.kind == "link" ||
		b.kind == "heading" || b.kind == "text" || b.kind == "image" || b.kind == "stat"
}
