import ArgumentParser

@main
struct SGAccess: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sgaccess",
        abstract: "Manage a Twilio SendGrid account's IP Access Management allow list."
    )
}
