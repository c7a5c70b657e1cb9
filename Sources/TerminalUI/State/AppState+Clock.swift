extension AppState {
    /// Whether moving the clock to `newNow` changes the rendered screen: exactly when `clockFace` differs.
    /// `reduce` answers a tick with `Effect.render` only when this is true, which keeps an idle app from
    /// rebuilding and comparing the whole grid every second when nothing on it moved.
    public func tickChangesScreen(_ newNow: Int64) -> Bool {
        var next = self
        next.now = newNow
        return next.clockFace != clockFace
    }

    /// Every text on screen that depends on the clock, as the views draw it: the header's poll segment, the
    /// ages of the list rows shown, and the detail pane's times. Computed from the same functions the views
    /// call, over the rows the current size shows, so it is cheap (a few dozen short strings).
    public var clockFace: [String] {
        var state = self
        state.setSize(width: width, height: height)  // the clamping `render` does
        let layout = state.layout
        if layout.isTooSmall { return [] }
        var face = Canvas.pollSegments(state).map(\.0)
        if let rect = layout.rules {
            face += state.rules.shownRange(page: Canvas.page(of: rect)).map {
                state.rules.rows[state.rules.visible[$0]].ageText(at: now)
            }
        }
        if let rect = layout.attempts {
            for position in state.attempts.shownRange(page: Canvas.page(of: rect)) {
                let seen = state.attempts.items[state.attempts.visible[position]].seenTexts(at: now)
                face += [seen.first, seen.last]
            }
        }
        if layout.detail != nil { face += DetailLines.times(state) }
        return face
    }

    /// True while a GET to SendGrid is in flight: a poll, or the re-read of the list before a change.
    public var isFetching: Bool { !poll.inFlight.isEmpty || pendingRecheck != nil }
}
