import AccessCore

/// A validation problem: the field it concerns (`ips[0].ip`) and a sentence.
typealias Problem = (field: String?, message: String)

extension SimulatorEngine {
    func listRules(tenant: String) -> SimulatorResponse {
        .json(200, .object([JSONField("result", .array(rules(tenant: tenant).map(Self.json)))]))
    }

    mutating func addRules(body: [UInt8], tenant: String, now: Int64) -> SimulatorResponse {
        let entries: [String]
        switch Self.ipEntries(in: body) {
        case .success(let list): entries = list
        case .failure(let problems): return .errors(400, problems.list)
        }
        switch createRules(entries, tenant: tenant, now: now) {
        case .success(let created): return .json(201, .object([JSONField("result", .array(created.map(Self.json)))]))
        case .failure(let problems): return .errors(400, problems.list)
        }
    }

    /// Validates every entry (normalised like the real service) and adds them all, or none.
    mutating func createRules(_ entries: [String], tenant: String, now: Int64) -> Result<[AllowRule], Problems> {
        let existing = rules(tenant: tenant)
        var ranges: [CIDR] = []
        var problems: [Problem] = []
        for (index, entry) in entries.enumerated() {
            let field = "ips[\(index)].ip"
            switch AllowEntryParser.parse(entry) {
            case .failure(let error):
                problems.append((field, error.message))
            case .success(let parsed):
                if let rule = existing.first(where: { $0.range == parsed.range }) {
                    problems.append((field, "\(parsed.range) is already on the allow list (id \(rule.id))."))
                } else if ranges.contains(parsed.range) {
                    problems.append((field, "\(parsed.range) appears more than once in this request."))
                } else {
                    ranges.append(parsed.range)
                }
            }
        }
        if problems.isEmpty, existing.count + ranges.count > ruleCap {
            problems.append(
                (
                    "ips",
                    "The allow list can hold at most \(ruleCap) entries; it has \(existing.count) "
                        + "and this request adds \(ranges.count). Remove some first."
                ))
        }
        guard problems.isEmpty else { return .failure(Problems(list: problems)) }
        let created = ranges.map { range in
            defer { nextID += 1 }
            return AllowRule(id: nextID, range: range, createdAt: now, updatedAt: now)
        }
        tenants[tenant, default: TenantState()].rules += created
        markChanged()
        return .success(created)
    }

    mutating func deleteRules(body: [UInt8], tenant: String) -> SimulatorResponse {
        let ids: [Int]
        switch Self.ruleIDs(in: body) {
        case .success(let list): ids = list
        case .failure(let problems): return .errors(400, problems.list)
        }
        let known = Set(rules(tenant: tenant).map(\.id))
        let missing = ids.enumerated().filter { !known.contains($0.element) }
        guard missing.isEmpty else {
            return .errors(404, missing.map { ("ids[\($0.offset)]", "No allowed IP has the id \($0.element).") })
        }
        let doomed = Set(ids)
        tenants[tenant]?.rules.removeAll { doomed.contains($0.id) }
        markChanged()
        return .noContent()
    }

    func getRule(_ id: String, tenant: String) -> SimulatorResponse {
        guard let rule = rule(id, tenant: tenant) else { return Self.ruleNotFound(id) }
        return .json(200, .object([JSONField("result", Self.json(rule))]))
    }

    mutating func deleteRule(_ id: String, tenant: String) -> SimulatorResponse {
        guard let rule = rule(id, tenant: tenant) else { return Self.ruleNotFound(id) }
        tenants[tenant]?.rules.removeAll { $0.id == rule.id }
        markChanged()
        return .noContent()
    }

    private func rule(_ id: String, tenant: String) -> AllowRule? {
        guard let number = Int(id) else { return nil }
        return rules(tenant: tenant).first { $0.id == number }
    }

    private static func ruleNotFound(_ id: String) -> SimulatorResponse {
        .error(404, "No allowed IP has the id \(id.prefix(40)).")
    }

    static func json(_ rule: AllowRule) -> JSONValue {
        .object([
            JSONField("id", .int(Int64(rule.id))),
            JSONField("ip", .string(rule.ip)),
            JSONField("created_at", .int(rule.createdAt)),
            JSONField("updated_at", .int(rule.updatedAt)),
        ])
    }
}

/// Validation problems as an `Error`, so they travel in a `Result`.
struct Problems: Error {
    let list: [Problem]

    init(list: [Problem]) { self.list = list }
    init(_ field: String?, _ message: String) { list = [(field, message)] }
}
