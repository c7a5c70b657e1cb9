import AccessCore

/// Switching account without restarting: the picker, the switch and its answers. Whatever belonged to the old
/// account (lists, learned addresses, marks, undo, dialogs, timers, answers in flight) is left behind, so that
/// one account's data never shows under another's header and no change goes to an account not on screen.
extension AppState {
    /// The picker's list: the configured accounts, with the current one first when it is not among them.
    var pickerChoices: (choices: [AccountChoice], current: Int) {
        if let index = accounts.firstIndex(where: { $0.target == config.target }) { return (accounts, index) }
        let started = AccountChoice(id: "", target: config.target, accent: config.accent)
        return ([started] + accounts, 0)
    }

    /// Why a switch cannot start now, or nil: a change is on its way, or another switch is.
    var switchRefusal: String? {
        if let change = inFlight ?? pendingRecheck?.mutation {
            return "The change to \(change.targetDescription) has not finished: "
                + "wait for the change to finish, then switch."
        }
        if let next = switching { return "Still opening \(next.label); wait for it to open or fail." }
        return nil
    }

    /// Why no change may start now because a switch is pending, or nil.
    var changeRefusalWhileSwitching: String? {
        switching.map { "Switching to \($0.label); nothing was sent. Wait for it to open, then make the change." }
    }

    /// `c`: opens the picker, the current account under the cursor. An open confirmation was closed by the key
    /// before (never confirmed).
    mutating func openAccountPicker() -> [Effect] {
        if let refusal = switchRefusal { return error(refusal) }
        let (choices, current) = pickerChoices
        overlay = .accounts(AccountPicker(choices: choices, current: current))
        return []
    }

    /// Keys in the picker: move, Enter switches to the account under the cursor, Esc closes.
    mutating func accountPickerKey(_ key: Key, _ picker: AccountPicker) -> [Effect] {
        var next = picker
        switch keymap.command(for: key, in: [.accounts]) {
        case .moveDown: next.move(by: 1)
        case .moveUp: next.move(by: -1)
        case .cancel:
            overlay = nil
            return []
        case .accept:
            overlay = nil
            return requestSwitch(to: picker.selected)
        default: return []
        }
        overlay = .accounts(next)
        return []
    }

    /// Asks the runtime to open `choice`; the current account stays on screen until it has.
    mutating func requestSwitch(to choice: AccountChoice) -> [Effect] {
        if choice.target == config.target { return info("Already on \(accountLabel).") }
        if let refusal = switchRefusal { return error(refusal) }
        switching = choice
        return [.switchAccount(choice)] + info("Opening \(choice.label)…")
    }

    /// Whether `.accountOpened(choice, config)` will be taken: it is the switch asked for, it names the account
    /// chosen, and no change is on its way. The runtime replaces its service only when this is true.
    public func accepts(opened choice: AccountChoice, config opened: AppConfig) -> Bool {
        switching == choice && opened.target == choice.target && inFlight == nil && pendingRecheck == nil
    }

    /// The new account is open: the state is rebuilt from its configuration (lists loading, the guard's
    /// knowledge, filters, marks, undo and dialogs reset; size, clock and the accounts kept) and polled at once.
    mutating func accountOpened(_ choice: AccountChoice, _ opened: AppConfig) -> [Effect] {
        guard switching == choice else { return [] }
        guard accepts(opened: choice, config: opened) else {
            let got = Sanitizer.clean(opened.target.description, maxColumns: 120)
            return accountFailed(choice, reason: "opening it gave \(got) instead.")
        }
        var next = AppState(config: opened, now: now, width: width, height: height, accounts: accounts)
        next.accountEpoch = accountEpoch + 1
        // Timers and flashes of the old account must never match the new one's.
        next.poll.generation = poll.generation + 1
        next.nextFlashID = nextFlashID
        let warning = next.flash != nil
        self = next
        let polls = pollNow() + [.triage(.load)]
        return warning ? polls : polls + info("Switched to \(accountLabel).")
    }

    /// The account could not be opened: the current one stays, and the flash says why.
    mutating func accountFailed(_ choice: AccountChoice, reason: String) -> [Effect] {
        guard switching == choice else { return [] }
        switching = nil
        let why = Sanitizer.clean(reason, maxColumns: 300)
        return error("Could not open \(choice.label): \(why) Still on \(accountLabel).")
    }
}
