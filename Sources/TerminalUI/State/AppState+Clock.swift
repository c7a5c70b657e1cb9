extension AppState {
    /// Whether moving the clock to `newNow` can change the rendered screen. Relative times are shown in whole
    /// minutes at best ("now", "4m", "3h"), so a tick changes the screen only at a new minute of `now` (an age may
    /// lag by under a minute) — unless a countdown in seconds is on screen (a retry, or "waiting for SendGrid").
    /// `reduce` answers a tick with `Effect.render` only when this is true, which keeps an idle app from
    /// rebuilding and comparing the whole grid every second.
    public func tickChangesScreen(_ newNow: Int64) -> Bool {
        if poll.failure?.isTransient == true, poll.retryAt != nil { return true }
        if poll.waitingSince != nil { return true }
        return newNow / 60 != now / 60
    }
}
