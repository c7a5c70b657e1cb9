import ArgumentParser

/// Runs `body` inside `validate()`, turning a `CLIError` into the `ValidationError` ArgumentParser reports
/// with the usage line (exit status 2).
func asValidation(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CLIError {
        throw ValidationError(error.message)
    }
}
