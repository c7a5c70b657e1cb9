import AccessCore
import Foundation
import SendGridAPI

extension CommandContext {
    /// The target of a command from its resolved base URL and on-behalf-of value (the profile, when there is one,
    /// is set where profiles are resolved).
    static func target(baseURL: URL, onBehalfOf: String?, profile: String? = nil) -> AccountTarget {
        AccountTarget(profile: profile, onBehalfOf: onBehalfOf, endpoint: AccountTarget.Endpoint(baseURL: baseURL))
    }

    /// The last line of every human output: "Account: parent account · global",
    /// "Account: profile prod · subuser sub1 · eu", "Account: parent account · 127.0.0.1:8080 (custom URL)".
    var targetLine: String { Self.targetLine(target) }

    static func targetLine(_ target: AccountTarget) -> String { "Account: \(target.description)" }
}
