import Hummingbird

/// Turns every error thrown below it (unknown route, oversized or unreadable body, anything unexpected) into a
/// response in SendGrid's error format, so no client ever sees an empty 500.
struct SendGridErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            let status = Int(error.status.code)
            let message = (error as? HTTPError)?.body ?? Self.defaultMessage(status)
            return HTTPBridge.response(SimulatorResponse.error(status, message))
        } catch {
            context.logger.error("Unexpected error in the simulator: \(error)")
            return HTTPBridge.response(SimulatorResponse.error(500, "internal server error"))
        }
    }

    static func defaultMessage(_ status: Int) -> String {
        switch status {
        case 404: return "resource not found"
        case 405: return "method not allowed"
        case 413: return "The request body is too large."
        case 400..<500: return "bad request"
        default: return "internal server error"
        }
    }
}
