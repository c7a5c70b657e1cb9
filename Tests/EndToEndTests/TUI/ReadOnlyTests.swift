import TestSupport
import Testing

extension TUIEndToEndTests {
    @Suite("Read-only mode")
    struct ReadOnly {
        @Test("--read-only shows READ-ONLY and d, a, A and n change nothing")
        func readOnlyChangesNothing() async throws {
            try await TUIApp.run(arguments: ["--read-only"]) { app in
                try await app.waitForMainScreen()
                try await app.tmux.waitFor("READ-ONLY")
                let before = app.simulator.rules()

                try await app.tmux.send("1", "g", "d", "n")
                try await Self.sync(app)
                try await app.tmux.send("2", "g", "a", "A", "n")
                try await Self.sync(app)
                try await app.settle()

                let screen = try await app.tmux.capture()
                #expect(
                    !screen.contains("Remove rule") && !screen.contains("Allowed "), "no dialog, no flash:\n\(screen)")
                #expect(screen.contains("READ-ONLY"), "READ-ONLY stays")
                #expect(app.simulator.rules() == before)
                #expect(app.mutatingRequests.isEmpty, "nothing but reads: \(app.mutatingRequests)")
            }
        }

        /// Keys are handled in order: once the help overlay opened by `?` shows (and closes), every key sent
        /// before it has been handled.
        static func sync(_ app: TUIApp) async throws {
            try await app.tmux.send("?")
            try await app.tmux.waitFor("Esc, ? or q closes")
            try await app.tmux.send("Escape")
            try await app.tmux.waitForAbsence(of: "Esc, ? or q closes")
        }
    }
}
