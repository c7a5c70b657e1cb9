import SendGridAPI

/// Builds the HTTP client the commands talk to.
public enum ServiceFactory {
    /// The SendGrid client for `configuration` (its logger, deadline and wait notices included); every command
    /// talks to `any AccessSettingsService`.
    public static func make(configuration: ClientConfiguration) throws -> any AccessSettingsService {
        SendGridClient(configuration: configuration)
    }
}
