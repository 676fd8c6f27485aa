import Synchronization
import Wire

/// A fake's web inbox: the page at `GET /__fake/ui` (HTML, CSS and plain JavaScript served from this
/// package, no files, no packages), the JSON it reads (``WebInboxData``) and its live updates
/// (`GET /__fake/events`, ``FakeEventHub``). Behind the same access rule as the rest of `/__fake/`.
public final class WebInbox: Sendable {
    /// The events browsers listen to.
    public let events: FakeEventHub
    /// The answers to refused requests, shown in the journal tab.
    public let refusals: RefusedAnswers
    private let data: WebInboxData
    private let smtpURL: SMTPAddress

    /// The SMTP listener's URL, shared with the data the page reads.
    final class SMTPAddress: Sendable {
        let value = Mutex<String?>(nil)
    }

    /// The inbox of `fake` (provider `provider`) in `environment`.
    public init(provider: String, fake: any ProviderFake, environment: FakeEnvironment) {
        events = FakeEventHub(environment: environment)
        let address = SMTPAddress(), refusals = RefusedAnswers()
        smtpURL = address
        self.refusals = refusals
        data = WebInboxData(provider: provider, fake: fake, environment: environment, refusals: refusals) { address.value.withLock { $0 } }
    }

    /// The SMTP listener's URL of an email provider, for the journal's "copy as curl"; set once it listens.
    public var smtpAddress: String? {
        get { smtpURL.value.withLock { $0 } }
        set { smtpURL.value.withLock { $0 = newValue } }
    }

    /// Whether `request` is the inbox's: `/__fake/ui`, `/__fake/ui/…` or `/__fake/events`.
    public static func owns(_ request: HTTPRequest) -> Bool {
        let path = request.path
        return path == "/__fake/ui" || path.hasPrefix("/__fake/ui/") || path == "/__fake/events"
    }

    /// Answers one of the inbox's requests (the caller has checked ``owns(_:)`` and access).
    public func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        guard request.method == "GET" || request.method == "HEAD" else {
            responder.send(ControlAPI.error(405, "\(request.method) is not allowed on \(request.path); the inbox only reads (GET)"))
            return
        }
        let route = String(request.path.dropFirst(ControlAPI.prefix.count))
        if route == "events" {
            events.subscribe(responder)
            return
        }
        let api = route.hasPrefix("ui/api/") ? data.answer(String(route.dropFirst("ui/api/".count)), request) : nil
        responder.send(asset(route) ?? api ?? ControlAPI.error(404, "no web inbox page \(request.path); open /__fake/ui"))
    }

    /// A static asset of the page, or nil.
    private func asset(_ route: String) -> HTTPResponse? {
        let asset: (type: String, text: String)? = switch route {
        case "ui", "ui/", "ui/index.html": ("text/html; charset=utf-8", WebInboxAssets.html)
        case "ui/app.css": ("text/css; charset=utf-8", WebInboxAssets.css)
        case "ui/app.js": ("text/javascript; charset=utf-8", WebInboxAssets.script)
        default: nil
        }
        guard let asset else { return nil }
        return HTTPResponse(status: 200, contentType: asset.type, text: asset.text, headers: ["Cache-Control": "no-cache"])
    }

    /// Stops the live updates.
    public func shutdown() {
        events.closeAll()
    }
}
