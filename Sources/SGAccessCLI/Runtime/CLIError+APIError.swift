import SendGridAPI

extension CLIError {
    /// The same error with every occurrence of `secrets` (and anything key-shaped) removed from the message.
    func redacting(_ secrets: [String]) -> CLIError {
        CLIError(status, Redactor(secrets: secrets).redact(message), addresses: addresses)
    }

    /// Turns a client failure into an exit status and a sentence. SendGrid's own messages are untrusted text
    /// and are sanitised here, before they can reach a terminal.
    public init(_ error: APIError) {
        func quoted(_ messages: [String]) -> String {
            let clean = messages.map { Redactor().redact(SafeText.clean($0, maxColumns: 200)) }.filter { !$0.isEmpty }
            return clean.isEmpty ? "" : " SendGrid said: \"\(clean.joined(separator: "\"; \""))\"."
        }
        switch error {
        case .unauthorized(let messages):
            self.init(.auth, "SendGrid refused the API key (401): it is invalid, expired or revoked.\(quoted(messages)) "
                + "Create a key with the access_settings scopes and put it in SENDGRID_API_KEY or a file passed with --api-key-file.")
        case .forbidden(let messages, let operation):
            self.init(.auth, "SendGrid answered 403 to \(SafeText.clean(operation)).\(quoted(messages)) "
                + "Either the key lacks the access_settings scope for it, or your address is not on the allow list; "
                + "check the key's scopes, or allow your address from a machine that is still allowed.")
        case .badRequest(let messages):
            self.init(.api, "SendGrid rejected the request (400).\(quoted(messages)) Correct the input and try again.")
        case .notFound(let messages):
            self.init(.api, "SendGrid found no such rule or account (404).\(quoted(messages)) "
                + "Run `sgaccess list` to see the current rules, and check --on-behalf-of.")
        case .rateLimited(let messages, let reset):
            let when = reset.map { " The budget refills at \(Timestamp.utc($0))." } ?? ""
            self.init(.api, "SendGrid's rate limit was reached (429).\(quoted(messages))\(when) Wait and try again.")
        case .server(let status, let messages):
            self.init(.api, "SendGrid had a server error (\(status)).\(quoted(messages)) Try again in a minute.")
        case .unexpectedStatus(let status, let messages):
            self.init(.api, "SendGrid answered with unexpected status \(status).\(quoted(messages)) Try again; if it persists, check --base-url.")
        case .timeout(let seconds):
            self.init(.api, "SendGrid did not answer within \(seconds) s. Check the network, or raise --timeout.")
        case .connection(let reason):
            self.init(.api, "Could not connect to SendGrid: \(SafeText.clean(reason, maxColumns: 200)). "
                + "Check the network, --base-url / SENDGRID_BASE_URL and --region.")
        case .undecodable(let reason):
            self.init(.api, "SendGrid's answer could not be read: \(SafeText.clean(reason, maxColumns: 200)). "
                + "Check that --base-url points at the SendGrid API.")
        case .addUncertain(let landed, let missing, let cause):
            let landedText = landed.isEmpty ? "none" : landed.map { SafeText.clean($0) }.joined(separator: ", ")
            let missingText = missing.isEmpty ? "none" : missing.map { SafeText.clean($0) }.joined(separator: ", ")
            self.init(.api, "Adding rules failed part-way (\(SafeText.clean(cause, maxColumns: 200))); the list was re-read: "
                + "landed: \(landedText); missing: \(missingText). Run `sgaccess allow` again for the missing ones.")
        }
    }
}
