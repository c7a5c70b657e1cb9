/// The attempts table's columns for a pane width and a grouping. One attempt per row: status, address, location,
/// method, first and last seen. Grouped: status, address (or range), the count of addresses (by range) and of
/// tries, location, the methods merged, and last seen.
struct AttemptColumns {
    let grouping: AttemptGrouping
    let status: Int
    let address: Int
    let location: Int
    let method: Int

    init(width: Int, grouping: AttemptGrouping) {
        self.grouping = grouping
        switch grouping {
        case .none:
            (status, method) = (22, 8)
            let rest = max(10, width - 45)
            address = min(39, max(15, rest * 55 / 100))
            location = max(1, rest - address)
        case .address, .range:
            (status, method) = (20, 12)
            // The glyph, status, separators, tries (5), addresses by range (4), methods and last seen.
            let rest = max(10, width - (grouping == .range ? 53 : 48))
            // Short of room, the location goes first (the detail pane has it): addresses stay whole.
            address = min(39, max(grouping == .range ? 19 : 15, rest >= 40 ? rest * 55 / 100 : rest))
            location = max(0, rest - address)
        }
    }

    /// The column header, after the glyph's two columns.
    var header: String {
        grouping == .none
            ? line(
                status: "status", address: "address", location: "location", method: "method", first: "1st", last: "last"
            )
            : line(
                status: "status", address: grouping == .range ? "range" : "address", addresses: "addr", tries: "tries",
                location: "location", method: "methods", last: "last")
    }

    /// One row's text for `row`, after the glyph.
    func text(_ row: AttemptRow, now: Int64) -> String {
        let (first, last) = row.seenTexts(at: now)
        let label = Canvas.statusLabel(row)
        guard let group = row.group, grouping != .none else {
            return line(
                status: label, address: row.ip, location: row.location, method: row.method, first: first, last: last)
        }
        return line(
            status: label, address: row.ip, addresses: String(group.addresses.count), tries: String(group.attempts),
            location: row.location, method: row.method, last: last)
    }

    private func line(
        status: String, address: String, location: String, method: String, first: String, last: String
    ) -> String {
        TextLayout.fit(status, to: self.status) + " " + TextLayout.fit(address, to: self.address) + " "
            + TextLayout.fit(location, to: self.location) + " " + TextLayout.fit(method, to: self.method) + " "
            + TextLayout.fit(first, to: 4, align: .right) + " " + TextLayout.fit(last, to: 4, align: .right)
    }

    private func line(
        status: String, address: String, addresses: String, tries: String, location: String, method: String,
        last: String
    ) -> String {
        var out = TextLayout.fit(status, to: self.status) + " " + TextLayout.fit(address, to: self.address) + " "
        if grouping == .range { out += TextLayout.fit(addresses, to: 4, align: .right) + " " }
        out += TextLayout.fit(tries, to: 5, align: .right) + " "
        if self.location > 0 { out += TextLayout.fit(location, to: self.location) + " " }
        return out + TextLayout.fit(method, to: self.method) + " " + TextLayout.fit(last, to: 4, align: .right)
    }
}
