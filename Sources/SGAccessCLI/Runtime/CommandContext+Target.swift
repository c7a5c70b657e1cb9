import AccessCore

extension CommandContext {
    /// The last line of every human output: "Account: parent account · global",
    /// "Account: profile prod · subuser sub1 · eu", "Account: parent account · 127.0.0.1:8080 (custom URL)".
    var targetLine: String { Self.targetLine(target) }

    static func targetLine(_ target: AccountTarget) -> String { "Account: \(target.description)" }
}
