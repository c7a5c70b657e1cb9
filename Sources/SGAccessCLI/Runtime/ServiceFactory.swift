import SendGridAPI

/// Builds the HTTP client the commands talk to.
public enum ServiceFactory {
    /// The SendGrid client for `configuration`; every command talks to `any AccessSettingsService`.
    public static func make(configuration: ClientConfiguration) throws -> any AccessSettingsService {
        SendGridClient(configuration: configuration)
    }
}
