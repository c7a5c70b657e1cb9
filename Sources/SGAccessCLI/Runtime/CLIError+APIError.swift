import SendGridAPI
import TerminalKit

extension CLIError {
    /// The same error with every occurrence of `secrets` (and anything key-shaped) removed from the message.
    func redacting(_ secrets: [String]) -> CLIError {
        CLIError(status, Redactor(secrets: secrets).redact(message), addresses: addresses)
    }

    /// A client failure as an exit status and SendGridAPI's own sentence (the one the terminal app shows too):
    /// 401 and 403 are credential problems (exit 5), everything else an API or network error (exit 4).
    /// The sentence quotes SendGrid's untrusted text, so it is sanitised and redacted once more here.
    public init(_ error: APIError) {
        let status: ExitStatus
        switch error {
        case .unauthorized, .forbidden: status = .auth
        default: status = .api
        }
        self.init(status, Redactor().redact(Sanitizer.clean(error.message)))
    }
}
