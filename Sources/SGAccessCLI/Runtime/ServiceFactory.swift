import SendGridAPI

/// Builds the HTTP client the commands talk to.
public enum ServiceFactory {
    /// The concrete client for `configuration`.
    ///
    /// PLUG-IN POINT: once `SendGridClient` lands in SendGridAPI, replace the body with
    /// `return SendGridClient(configuration: configuration)` (or whatever its initialiser is). Nothing else in
    /// SGAccessCLI needs to change: every command talks to `any AccessSettingsService`.
    public static func make(configuration: ClientConfiguration) throws -> any AccessSettingsService {
        throw CLIError(.api, "This build of sgaccess has no SendGrid client yet, so it cannot reach \(configuration.baseURL.absoluteString). "
            + "Use a build that includes SendGridClient.")
    }
}
