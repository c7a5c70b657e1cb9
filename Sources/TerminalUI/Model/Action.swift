import AccessCore

/// Everything that can happen to the app, as a value. The runtime turns keys, signals, the clock and API answers
/// into actions and feeds them, one at a time on the main actor, to `reduce(_:_:)`.
///
/// Runtime contract (all state lives in `AppState`; the runtime keeps none of its own):
/// - At start send `.resize`, `.tick(now:)`, `.triage(.start)` and `.pollDue(generation: 0)` (the first poll).
/// - Send `.tick(now:)` about once a second (Unix seconds from the injected clock). A tick changes the screen
///   only when the reducer answers it with `Effect.render` (ages are coarse); draw after every other action.
/// - Send `.resize` on every SIGWINCH (after `resizeterm`), before drawing.
/// - Build the snapshots of answers (`RulesSnapshot`, `AttemptsSnapshot`) off the main actor, from the
///   `AppState.ingestBasis` read when the request was sent; the reducer only swaps them in.
/// - Perform every `Effect`: `.fetch` answers with `.rulesLoaded` / `.activityLoaded` / `.pollFailed`;
///   `.recheck` with `.recheckLoaded` / `.recheckFailed`; `.add` / `.remove` with exactly one
///   `.mutationFinished` carrying the same `Mutation`; `.schedule(after:_:)` sends its action later (the poll
///   timer is one of these); `.exit` ends the run with that status.
/// - Wrap every answer to a request and every scheduled action in `.forAccount(epoch:_:)` with the
///   `AppState.accountEpoch` the effect was performed under, so that answers of an account switched away from
///   are dropped. `.triage(.load)` / `.triage(.save)` read and write the account's dismissals in the ledger
///   (saves in the order asked) and answer like requests. `.switchAccount` answers with `.accountOpened`
///   (replace the service first, only when `AppState.accepts(opened:config:)`) or `.accountFailed`.
public enum Action: Hashable, Sendable {
    /// A decoded key press. `Key.resize` is treated like `.resize`.
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// The clock, in Unix seconds. Everything relative on screen is computed against the last tick.
    case tick(now: Int64)
    /// A successful GET of the allow list at `now`, built into a snapshot off the main actor
    /// (`RulesSnapshot(_:basis:)` with the `AppState.ingestBasis` of when the GET was sent); the reducer swaps it in.
    case rulesLoaded(RulesSnapshot, rateLimit: RateLimit?, now: Int64)
    /// The first screen of a long list just read, sent before its `rulesLoaded` while the snapshot is built, so that
    /// the rows show at once; shown only while the pane has no list yet, and never used to decide anything.
    case rulesPreview(RulesPreview)
    /// A successful GET of the recent access activity at `now`, built like `rulesLoaded` (`AttemptsSnapshot`).
    case activityLoaded(AttemptsSnapshot, rateLimit: RateLimit?, now: Int64)
    /// A GET of `target` failed at `now`. The last good data stays on screen, marked stale; the reducer arms
    /// the retry (backoff) itself.
    case pollFailed(FailureInfo, now: Int64, target: PollTarget = .rules)
    /// The poll timer of this generation fired (sent back from `Effect.schedule`).
    case pollDue(generation: Int)
    /// The re-read of the list that `Effect.recheck` asked for, right before the change is sent.
    case recheckLoaded(Mutation, RulesSnapshot, now: Int64)
    /// The re-read before a change failed: nothing is sent.
    case recheckFailed(Mutation, FailureInfo, now: Int64)
    /// An `Effect.add` or `Effect.remove` finished; `journal` is the id of its journal entry (nil when the
    /// intent could not be written, and so nothing was sent: `MutationResult.notJournalled`).
    case mutationFinished(Mutation, MutationResult, journal: String? = nil)
    /// The account's local records, read off the main actor (`Effect.loadLedger` / `.reconcile`); `reconciled`
    /// are the outcomes the reconciliation just wrote for entries an earlier run left without one.
    case ledgerLoaded(LedgerSnapshot, reconciled: [JournalOutcome])
    /// The local records could not be read or reconciled (the sentence names the file and what to do).
    case ledgerFailed(String)
    /// The info flash with this id may fade (sent back from `Effect.schedule`).
    case flashExpired(id: Int)
    /// The log file stopped accepting writes; the sentence says which and why. Shown once as an error flash
    /// (sanitised here); the app carries on without the log.
    case logWriteFailed(String)
    /// `action`, asked for while `AppState.accountEpoch` was `epoch`: applied only if no switch happened since.
    indirect case forAccount(epoch: Int, Action)
    /// The account chosen in the picker is open: the runtime now talks to it; the state is rebuilt from `config`.
    case accountOpened(AccountChoice, AppConfig)
    /// The account chosen could not be opened (the sentence says why); the current one stays.
    case accountFailed(AccountChoice, reason: String)
    /// SIGINT/SIGTERM/SIGHUP (status 128 + signal) or end of input (0): leave without performing anything pending.
    case terminate(status: Int32)
    /// Sent at start when the locale is not UTF-8 and the screen is folded to ASCII: the sentence says why and
    /// what to do (sanitised here). Shown in the footer until the first key.
    case asciiOnly(notice: String)
    /// The runtime did not perform `Effect.suspend`: the process leads its session, so nothing could resume it.
    case suspendDeclined
    /// The triage inbox's dismissals, loaded or failing to save (`TriageAction`); sent `.start` at start.
    case triage(TriageAction)
}

/// Which GET a poll result is about.
public enum PollTarget: Hashable, Sendable, CaseIterable {
    case rules, activity
}
