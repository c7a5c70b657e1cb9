import AccessCore
import SendGridAPI

/// Reads SendGrid's recent activity for the guard's "would have refused" sentence. The activity is advice, not
/// a condition: when it cannot be read (a key without `access_settings.activity.read` gets 403, a timeout, …)
/// the reason is returned and the command goes on.
enum RecentActivity {
    /// Rows asked for: SendGrid aggregates them per address, so this covers every recent caller of most accounts.
    static let limit = 1000

    /// The attempts, or no attempts and why they could not be read.
    static func read(_ context: CommandContext) async -> (attempts: [AccessAttempt], problem: String?) {
        do {
            let attempts = try await context.call("activity for the guard") { () async throws(APIError) in
                try await context.service.activity(limit: limit)
            }
            return (attempts, nil)
        } catch let error as CLIError {
            return ([], error.message)
        } catch {
            return ([], "\(error)")
        }
    }
}
