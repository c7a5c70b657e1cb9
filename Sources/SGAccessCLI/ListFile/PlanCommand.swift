import AccessCore
import ArgumentParser

/// `sgaccess plan FILE`: compares an allow-list file (text or JSON, `-` for standard input) with the live list and
/// prints what `apply` would add and remove, notes that would change, the cap check (adds counted before removals)
/// and the lockout guard's verdict on the whole change, including who the removals would have refused recently.
/// Sends nothing. Exit codes fit `diff`: 0 the live list matches the file; 1 changes are pending; 2 the file is
/// bad (the line named); 3 the guard or the cap would refuse `apply` with the same flags; 4 API error.
/// JSON: `PlanShape`.
struct PlanCommand: CLICommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what `apply FILE` would change: adds, removals, notes, the cap and the lockout guard.",
        discussion: "Exit codes: 0 the list matches FILE, 1 changes pending, 2 bad file, 3 apply would be refused, "
            + "4 API error. Use it as a drift check in CI.")

    @Argument(help: "The allow-list file (`sgaccess export` writes one), or - for standard input.")
    var file: String

    @Flag(
        name: .customLong("allow-lockout"),
        help: "Judge as `apply --allow-lockout` would: a lockout is reported, not refused.")
    var allowLockout = false

    @Flag(name: .customLong("allow-wide"), help: "Judge as `apply --allow-wide` would: wide ranges are not refused.")
    var allowWide = false

    @OptionGroup var global: GlobalOptions

    var wantsJSON: Bool { global.json }

    func execute(environment: CLIEnvironment, output: OutputSink) async throws -> ExitStatus {
        let input = try ListFileInput.read(file, environment: environment)
        let context = try await CommandContext.make(global, environment: environment, output: output, command: "plan")
        let review = try await ListFileReview.make(
            input, context: context, overrides: .init(allowLockout: allowLockout, allowWide: allowWide))
        review.notes.forEach(context.note)
        context.emit(PlanShape(review, knowledge: context.knowledge)) { review.lines }
        if let refusal = review.refusal {
            context.note(refusal.message)
            return .refused
        }
        return review.plan.isEmpty ? .success : .negative
    }
}
