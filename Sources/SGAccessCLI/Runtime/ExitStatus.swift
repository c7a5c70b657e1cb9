/// The process exit codes of every `sgaccess` subcommand. Stable: scripts depend on them.
///
/// | Code | Meaning |
/// |------|---------|
/// | 0 | Success: the command did what was asked (`check`: the address is allowed; `whoami`: all my addresses are allowed). |
/// | 1 | A negative answer or nothing to do: `check` says not allowed, `whoami` finds an address of mine not allowed (or none known), `allow`/`remove` found nothing to change, or the operator declined the confirmation. |
/// | 2 | Usage or bad input: unknown option, malformed address, bad URL, `remove` without `--yes` when stdin is not a terminal. |
/// | 3 | Refused before any change: the lockout analysis flagged the change (without `--allow-lockout`), my addresses are unknown for a risky change, the 1000-rule cap would be exceeded, or the change could not be journalled (nothing was sent). |
/// | 4 | API or network error: 400, 404, 429, 5xx, timeout, connection failure, undecodable answer, or a POST whose effect is uncertain. |
/// | 5 | Credentials: no API key, an unsafe or unreadable key file, or SendGrid answered 401/403. |
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    case negative = 1
    case usage = 2
    case refused = 3
    case api = 4
    case auth = 5

    /// The short name used in `--json` error objects (`"kind"`).
    public var kind: String {
        switch self {
        case .success: return "ok"
        case .negative: return "negative"
        case .usage: return "usage"
        case .refused: return "refused"
        case .api: return "api"
        case .auth: return "auth"
        }
    }
}
