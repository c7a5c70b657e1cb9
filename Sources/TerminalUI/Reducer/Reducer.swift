/// Applies one action to the state and returns the side effects the runtime must perform, in order.
/// Pure: no clock, no I/O; time arrives in actions. See `Action` and `Effect` for the runtime contract.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = state.apply(action)
    state.syncWaiting()
    return effects
}

extension AppState {
    /// Routes one action to the handler of its kind.
    mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .key(let key): return handleKey(key)
        case .resize(let width, let height):
            setSize(width: width, height: height)
            return []
        case .tick(let newNow):
            let visible = tickChangesScreen(newNow)
            now = newNow
            return visible ? [.render] : []
        case .rulesLoaded(let rules, let rateLimit, let now): return rulesLoaded(rules, rateLimit: rateLimit, now: now)
        case .rulesPreview(let preview): return rulesPreviewed(preview)
        case .activityLoaded(let attempts, let rateLimit, let now):
            return activityLoaded(attempts, rateLimit: rateLimit, now: now)
        case .pollFailed(let failure, let now, let target): return pollFailed(failure, now: now, target: target)
        case .pollDue(let generation): return pollDue(generation: generation)
        case .recheckLoaded(let mutation, let rules, let now): return recheckLoaded(mutation, rules, now: now)
        case .recheckFailed(let mutation, let failure, let now): return recheckFailed(mutation, failure, now: now)
        case .mutationFinished(let mutation, let result, let journal):
            return mutationFinished(mutation, result, journal: journal)
        case .ledgerLoaded(let snapshot, let reconciled): return ledgerLoaded(snapshot, reconciled: reconciled)
        case .ledgerFailed(let sentence): return ledgerFailed(sentence)
        case .flashExpired(let id):
            if let current = flash, current.id == id, current.kind == .info { flash = nil }
            return []
        case .logWriteFailed(let sentence): return error(Sanitizer.clean(sentence, maxColumns: 300))
        case .forAccount(let epoch, let inner): return epoch == accountEpoch ? apply(inner) : []
        case .accountOpened(let choice, let opened): return accountOpened(choice, opened)
        case .accountFailed(let choice, let reason): return accountFailed(choice, reason: reason)
        case .terminate(let status): return [.exit(status)]
        case .asciiOnly(let notice):
            charsetNotice = Sanitizer.clean(notice, maxColumns: 300)
            return []
        case .suspendDeclined: return error(Self.suspendDeclinedSentence)
        case .triage(let action): return triage(action)
        }
    }
}

extension AppState {
    /// Shows an info flash and asks for its expiry.
    mutating func info(_ text: String) -> [Effect] {
        let id = nextFlashID
        nextFlashID += 1
        flash = Flash(id: id, kind: .info, text: text)
        return [.schedule(after: Flash.infoSeconds, .flashExpired(id: id))]
    }

    /// Shows an error flash; it stays until the next key.
    mutating func error(_ text: String) -> [Effect] {
        flash = Flash(id: nextFlashID, kind: .error, text: text)
        nextFlashID += 1
        return []
    }

    /// Routes a key: resize, the too-small screen, an open overlay, then the keymap.
    mutating func handleKey(_ key: Key) -> [Effect] {
        if case .resize(let w, let h) = key {
            setSize(width: w, height: h)
            return []
        }
        if flash?.kind == .error { flash = nil }
        charsetNotice = nil
        if layout.isTooSmall {
            switch keymap.command(for: key, in: [.global]) {
            case .quit: return [.exit(0)]
            case .redraw: return [.redrawAll]
            default: return []
            }
        }
        switch overlay {
        case .help(let page): return helpKey(key, page: page)
        case .filter(let input): return filterKey(key, input)
        case .add(let input): return addKey(key, input)
        case .confirm(let dialog): return confirmKey(key, dialog)
        case .accounts(let picker): return accountPickerKey(key, picker)
        case .dismiss(let input): return dismissKey(key, input)
        case .journal(let view): return journalKey(key, view)
        case .note(let prompt): return notePromptKey(key, prompt)
        case nil: break
        }
        let scopes = [activeList.scope, Scope.global]
        guard let command = keymap.command(for: key, in: scopes) else {
            guard let refused = keymap.disabledBinding(for: key, in: scopes) else { return [] }
            return info(AppState.readOnlySentence(refused))
        }
        return perform(command)
    }

    /// Why a key that would change the allow list does nothing in read-only mode.
    static func readOnlySentence(_ binding: KeyBinding) -> String {
        "read-only: \(binding.help) is disabled (started with --read-only / read_only = true)"
    }

    /// Runs a command of the main screen (no overlay open).
    mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .top, .bottom:
            move(command)
            return []
        case .nextPane, .previousPane, .focusRules, .focusAttempts, .focusDetail, .openDetail:
            changeFocus(command)
            return []
        case .filter:
            let pane = activeList
            let current = listModel(pane).filter
            overlay = .filter(FilterInput(pane: pane, text: current, original: current))
            return []
        case .sort, .sortReverse: sort(reverse: command == .sortReverse); return []
        case .help: overlay = .help(page: 0); return []
        case .refresh: return pollNow()
        case .togglePause: return togglePause()
        case .blockedOnly:
            attempts.setBlockedOnly(!attempts.blockedOnly, page: page(.attempts))
            return []
        case .allow: return allowGroup(slash24: false) ?? allowSelected(slash24: false)
        case .allowSlash24: return allowGroup(slash24: true) ?? allowSelected(slash24: true)
        case .add: overlay = .add(AddInput()); return []
        case .remove: return removeSelectedOrMarked()
        case .mark: toggleMark(); return []
        case .undo: return undoFromJournal()
        case .journal: return openJournal()
        case .removeExpired: return reviewExpired()
        case .editNote: return openNotePrompt()
        case .copy: return copySelected()
        case .quit: return [.exit(0)]
        case .cancel: cancel(); return []
        case .redraw: return [.redrawAll]
        case .suspend: return [.suspend]
        case .changeAccount: return openAccountPicker()
        case .dismiss: return dismissSelected()
        case .showDismissed: return toggleShowDismissed()
        case .group: return cycleGrouping()
        case .confirm, .accept, .note, .nextField: return []
        }
    }
}
