/// A side effect the reducer asks the runtime to perform. Effects are descriptions; the runtime performs them
/// in order and reports results back as `Action`s.
public enum Effect: Hashable, Sendable {
    /// GET /v3/access_settings/whitelist now (one request in flight: skip if one is already running, but
    /// make sure a fresh answer arrives after it), then send `.rulesLoaded` or `.pollFailed`.
    case fetchRules
    /// GET /v3/access_settings/activity now, then send `.activityLoaded` or `.pollFailed`.
    case fetchActivity
    /// GET the list once more right before `mutation` is sent, then send `.recheckLoaded(mutation, rules, now:)`
    /// or `.recheckFailed`. The reducer sends the change only if the fresh list gives the same guard verdict.
    case recheck(Mutation)
    /// POST these ranges (never retried blindly), then send `.mutationFinished(mutation, .added | .failed)`.
    case add([String], Mutation)
    /// DELETE these rule ids (one id: DELETE …/whitelist/{id}; several: DELETE …/whitelist with a body),
    /// then send `.mutationFinished(mutation, .removed | .failed)`.
    case remove([Int], Mutation)
    /// Put this text on the clipboard with OSC 52 (wrapped for tmux when `$TMUX` is set), between frames.
    case copy(String)
    /// Send `action` after `seconds` seconds.
    case schedule(after: Int, Action)
    /// Stop (true) or resume (false) the polling timer. Resuming also polls at once.
    case setPollPaused(Bool)
    /// Restore the terminal and exit with status 0.
    case quit
    /// Ctrl-Z: restore the terminal, stop the process (SIGTSTP); on SIGCONT re-enter curses and redraw fully.
    case suspend
    /// Ctrl-L: repaint the whole screen (`clearok`), the only time a full clear is allowed.
    case redrawAll
}
