import AccessCore
import Foundation

enum LedgerFixtures {
    static let account = LedgerAccount(profile: "prod", onBehalfOf: nil, endpoint: "global")
    static let other = LedgerAccount(profile: "prod", onBehalfOf: "sub1", endpoint: "global")
    static let actor = JournalActor(user: "ops", host: "bastion", sshClient: "203.0.113.10", program: "cli remove")
    static let t0 = Date(timeIntervalSince1970: 1_796_000_000)

    static func intent(
        _ id: String, account: LedgerAccount = account, adds: [JournalRule] = [], removes: [JournalRule] = []
    ) -> JournalIntent {
        JournalIntent(
            id: id, time: t0, account: account, actor: actor, hostAddresses: ["203.0.113.10"],
            kind: removes.isEmpty ? .add : .remove, adds: adds, removes: removes,
            verdict: "this host stays covered by #16", requests: ["DELETE /v3/access_settings/whitelist/12"])
    }
}
