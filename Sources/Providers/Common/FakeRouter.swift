import Dispatch
import Wire

/// Routes a fake server's requests: `/__fake/…` to the control API (for the clients `access`
/// permits), everything else to the provider fake — through any fault waiting for it.
struct FakeRouter: HTTPHandler {
    let fake: any ProviderFake
    let control: ControlAPI
    let access: ControlAccess
    let environment: FakeEnvironment

    func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        if ControlAPI.owns(request) {
            responder.send(access.answer(request, with: control))
            return
        }
        guard let fault = environment.faults.next(for: request.path) else {
            responder.send(fake.handle(request))
            return
        }
        switch fault {
        case .reset:
            responder.abort()
        case .status(let status):
            responder.send(HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", text: "\(status) \(HTTPResponse.reasonPhrase(for: status)) (fault injected by the fake)\n"))
        case .latency(let milliseconds):
            let response = fake.handle(request)
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) { responder.send(response) }
        case .malformedBody:
            var response = fake.handle(request)
            response.body = Array(response.body.prefix(response.body.count / 2))
            responder.send(response)
        case .slowBody(let parts, let interval):
            responder.sendSlowly(fake.handle(request), parts: parts, interval: .milliseconds(interval))
        }
    }
}
