import AccessCore

/// A side effect the reducer asks the runtime to perform. Effects are descriptions; the runtime performs them
/// in order and reports results back as `Action`s.
public enum Effect: Hashable, Sendable {
    /// GET the list or the activity now, then send `.rulesLoaded` / `.activityLoaded` or `.pollFailed`. The
    /// reducer never asks for a GET that is in flight (it queues a repeat instead).
    case fetch(PollTarget)
    /// GET the list once more right before `mutation` is sent, then send `.recheckLoaded(mutation, rules, now:)`
    /// or `.recheckFailed`. The reducer sends the change only if the fresh list gives the same guard verdict.
    case recheck(Mutation)
    /// POST the mutation's ranges (`Mutation.addedIPs`; never retried blindly), then send
    /// `.mutationFinished(mutation, .added | .failed)`.
    case add(Mutation)
    /// DELETE the mutation's rule ids (`Mutation.removedIDs`), then send `.mutationFinished(mutation, .removed | .failed)`.
    case remove(Mutation)
    /// Read the account's journal and notes off the main actor, then send `.ledgerLoaded` or `.ledgerFailed`.
    case loadLedger
    /// Settle the journal entries of this account that have no outcome against `live` (`ChangeRecorder
    /// .reconcile`), then read the records and send `.ledgerLoaded(_, reconciled:)` or `.ledgerFailed`.
    case reconcile(live: [AllowRule])
    /// Set the note of `range` in the annotations store (nil clears it; the expiry stays), then send
    /// `.ledgerLoaded` or `.ledgerFailed`. Nothing is sent to SendGrid.
    case annotate(range: String, note: String?)
    /// Open this account (the runtime's `AccountOpener`), then send `.accountOpened` or `.accountFailed`.
    case switchAccount(AccountChoice)
    /// Put this text on the clipboard with OSC 52 (wrapped for tmux when `$TMUX` is set), between frames.
    case copy(String)
    /// Send `action` after `seconds` seconds.
    case schedule(after: Int, Action)
    /// Draw: a tick that changed what the screen shows (other actions always draw).
    case render
    /// Give the terminal back and end the run with this exit status.
    case exit(Int32)
    /// Ctrl-Z: restore the terminal, stop the process (SIGTSTP); on SIGCONT re-enter curses and redraw fully.
    case suspend
    /// Ctrl-L: repaint the whole screen (`clearok`), the only time a full clear is allowed.
    case redrawAll
    /// Read or write the account's dismissals in the ledger (`TriageEffect`), off the main actor.
    case triage(TriageEffect)
}
