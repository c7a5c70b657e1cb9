#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension APIError {
    /// A sentence (or two) saying what happened and what to do next. SendGrid's own `errors[].message` texts are
    /// quoted; they were redacted and stripped of control characters when the error was built.
    public var message: String {
        switch self {
        case .badRequest(let messages):
            return
                "SendGrid rejected the request (400)\(quoted(messages)). Check the addresses or rule ids and try again."
        case .unauthorized(let messages):
            return
                "SendGrid did not accept the API key (401)\(quoted(messages)). The key may be invalid, expired or revoked: "
                + "check SENDGRID_API_KEY or the file given to --api-key-file."
        case .forbidden(let messages, _) where isAddressNotAllowed:
            return "SendGrid refused access (403)\(quoted(messages)). This machine's address is no longer allowed: "
                + "it is not on the IP Access Management allow list, so every API call from it is refused. "
                + "Add it back from an address that is still allowed (or in the SendGrid console), then try again."
        case .forbidden(let messages, let operation):
            let scope = APIOperation(rawValue: operation)?.scope ?? "for this operation"
            return "SendGrid refused access (403)\(quoted(messages)). The key may lack scope \(scope), "
                + "or this machine's address is not on the allow list."
        case .notFound(let messages):
            return "SendGrid found no such rule or account (404)\(quoted(messages)). Refresh the list; "
                + "if you use --on-behalf-of, check the subuser name or account id."
        case .rateLimited(let messages, let reset):
            let when = reset.map { " until \(APIError.utcClock($0))" } ?? ""
            return "SendGrid's rate limit is used up\(when) (429)\(quoted(messages)). Wait a moment and try again."
        case .server(let status, let messages):
            return "SendGrid had a server error (\(status))\(quoted(messages)) and did not recover after retries. "
                + "Try again in a minute; if it persists, check https://status.sendgrid.com."
        case .unexpectedStatus(let status, let messages):
            return "SendGrid answered with unexpected status \(status)\(quoted(messages)). "
                + "Check the base URL (--base-url / SENDGRID_BASE_URL) and try again."
        case .timeout(let seconds, let url):
            return "SendGrid did not answer within \(seconds) second\(seconds == 1 ? "" : "s")\(at(url)). "
                + "Check the network and any proxy, or raise --timeout, and try again."
        case .connection(let reason, let url, let next):
            return "Could not reach SendGrid\(at(url)): \(reason). "
                + (next ?? "Check the network, any proxy, and the base URL.")
        case .undecodable(let reason):
            return "SendGrid's answer could not be read: \(reason). Try again; if it persists, "
                + "the API may have changed: run with --log-level debug and report it."
        case .tooLarge(let request, let maxBytes):
            return "SendGrid's answer to \(request) was larger than \(ResponseLimits.describe(bytes: maxBytes)); "
                + "sgaccess stopped reading it. SendGrid documents at most 1000 rules (about 90 KB): check that the "
                + "base URL points at SendGrid; if it does, run with --log-level debug and report it."
        case .tooManyRows(let request, let maxRows):
            return "SendGrid's answer to \(request) held more than \(maxRows) rows; sgaccess did not use it. "
                + "SendGrid documents at most 1000 rules: check that the base URL points at SendGrid; if it does, "
                + "run with --log-level debug and report it."
        case .deadlineExceeded(let seconds, let waiting, let last):
            return (last.isEmpty ? "" : last + " ")
                + "Gave up: \(waiting) would take longer than the \(seconds)-second limit set by --timeout. "
                + "Try again later, or raise --timeout."
        case .addUncertain(let landed, let missing, let cause):
            return addUncertainMessage(landed: landed, missing: missing, cause: cause)
        }
    }

    /// " at URL" when the request's URL is known.
    private func at(_ url: String?) -> String {
        url.map { " at \($0)" } ?? ""
    }

    /// SendGrid's messages, when there are any: `: "a"; "b"`.
    private func quoted(_ messages: [String]) -> String {
        let texts = messages.filter { !$0.isEmpty }
        guard !texts.isEmpty else { return "" }
        return ": " + texts.map { "\"\($0)\"" }.joined(separator: "; ")
    }

    private func addUncertainMessage(landed: [String], missing: [String], cause: String) -> String {
        let start = "The add request failed (\(cause))"
        if landed.isEmpty && missing.isEmpty {
            return start + ", and the allow list could not be re-read, so it is unknown whether anything was added. "
                + "List the rules before trying again."
        }
        var parts = [start + "; the allow list was re-read."]
        if !landed.isEmpty { parts.append("Added: \(landed.joined(separator: ", ")).") }
        if !missing.isEmpty { parts.append("Not added: \(missing.joined(separator: ", ")); retry only these.") }
        return parts.joined(separator: " ")
    }

    /// "14:03:20 UTC" for Unix seconds (no Foundation formatter needed for a time of day).
    static func utcClock(_ unixSeconds: Int64) -> String {
        let day = ((unixSeconds % 86_400) + 86_400) % 86_400
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(day / 3600)):\(two(day / 60 % 60)):\(two(day % 60)) UTC"
    }
}

extension APIError: CustomStringConvertible {
    public var description: String { message }
}

extension APIError: LocalizedError {
    public var errorDescription: String? { message }
}
