extension AppState {
    /// Cursor movement in the active list (the detail pane follows the selection).
    mutating func move(_ command: Command) {
        let pane = activeList
        let page = self.page(pane)
        let count = listModel(pane).visible.count
        var list = listModel(pane).list
        switch command {
        case .moveUp: list.move(by: -1, count: count, page: page)
        case .moveDown: list.move(by: 1, count: count, page: page)
        case .pageUp: list.move(by: -page, count: count, page: page)
        case .pageDown: list.move(by: page, count: count, page: page)
        case .halfPageUp: list.move(by: -max(1, page / 2), count: count, page: page)
        case .halfPageDown: list.move(by: max(1, page / 2), count: count, page: page)
        case .top: list.set(0, count: count, page: page)
        case .bottom: list.set(count - 1, count: count, page: page)
        default: return
        }
        withList(pane) { $0.list = list }
    }

    /// Tab, Shift-Tab, 1/2/3 and Enter.
    mutating func changeFocus(_ command: Command) {
        switch command {
        case .nextPane: focus(Pane(rawValue: focus.rawValue % 3 + 1)!)
        case .previousPane: focus(Pane(rawValue: (focus.rawValue + 1) % 3 + 1)!)
        case .focusRules: focus(.rules)
        case .focusAttempts: focus(.attempts)
        case .focusDetail: focus(.detail)
        case .openDetail: if focus != .detail { focus(.detail) }
        default: break
        }
    }

    mutating func focus(_ pane: Pane) {
        focus = pane
        if pane == .rules { detailSubject = .rules }
        if pane == .attempts { detailSubject = .attempts }
        rules.list.clampScroll(count: rules.visible.count, page: page(.rules))
        attempts.list.clampScroll(count: attempts.visible.count, page: page(.attempts))
    }

    /// `s` moves to the next sort column; `S` reverses the direction.
    mutating func sort(reverse: Bool) {
        switch activeList {
        case .rules:
            let next = reverse ? rules.sort : rules.sort.next
            rules.setSort(next, ascending: reverse ? !rules.ascending : true, page: page(.rules))
        case .attempts:
            let next = reverse ? attempts.sort : attempts.sort.next
            attempts.setSort(next, ascending: reverse ? !attempts.ascending : true, page: page(.attempts))
        }
    }

    /// Esc: leave the detail pane, else clear the filter, else clear the marks.
    mutating func cancel() {
        if focus == .detail {
            focus(detailSubject.pane)
        } else if !listModel(activeList).filter.isEmpty {
            setFilter("", on: activeList)
        } else if activeList == .rules {
            rules.marked.removeAll()
        }
    }

    mutating func toggleMark() {
        guard activeList == .rules, let row = rules.selected else { return }
        if rules.marked.contains(row.id) { rules.marked.remove(row.id) } else { rules.marked.insert(row.id) }
        move(.moveDown)
    }

    /// `y`: the selected rule's range or attempt's address to the clipboard.
    mutating func copySelected() -> [Effect] {
        let text: String?
        switch activeList {
        case .rules: text = rules.selected?.ip
        case .attempts: text = attempts.selected?.ip
        }
        guard let text else { return error("Nothing selected to copy.") }
        return [.copy(text)] + info("Copied \(text) to the clipboard.")
    }
}
