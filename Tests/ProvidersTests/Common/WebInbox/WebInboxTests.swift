@testable import Providers
import StructuredData
import Testing
import Wire

/// The web inbox's routes on a real fake, and who may use them.
@Suite struct WebInboxTests {
    private func start(_ provider: String) throws -> (FakeServer, HTTPClient) {
        let server = FakeServer(descriptor: try #require(ProviderRegistry.descriptor(for: provider)))
        try server.start()
        return (server, try HTTPClient(url: server.baseURL))
    }

    @Test(arguments: [
        ("/__fake/ui", "text/html; charset=utf-8", "<script src=\"/__fake/ui/app.js\">"),
        ("/__fake/ui/", "text/html; charset=utf-8", "id=\"conversations\""),
        ("/__fake/ui/app.js", "text/javascript; charset=utf-8", "new EventSource(\"/__fake/events\")"),
        ("/__fake/ui/app.css", "text/css; charset=utf-8", ".bubble"),
    ])
    func thePageAndItsFilesAreServed(path: String, type: String, excerpt: String) throws {
        let (server, client) = try start("lox24")
        defer { server.shutdown() }
        let response = try client.send(HTTPRequest(method: "GET", target: path))
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == type)
        #expect(response.bodyText.contains(excerpt))
    }

    @Test func theScriptNeverWritesHTMLFromData() {
        let (server, client) = (try? start("lox24")) ?? (nil, nil)
        defer { server?.shutdown() }
        let script = (try? client?.send(HTTPRequest(method: "GET", target: "/__fake/ui/app.js")))?.bodyText ?? ""
        #expect(!script.isEmpty)
        #expect(!script.contains("innerHTML") && !script.contains("outerHTML") && !script.contains("insertAdjacentHTML"))
    }

    @Test(arguments: [("GET", "/__fake/ui/nothing", 404), ("POST", "/__fake/ui", 405), ("DELETE", "/__fake/events", 405),
                      ("GET", "/__fake/ui/api/nothing", 404), ("GET", "/__fake/ui/api/messages", 400),
                      ("GET", "/__fake/ui/api/conversations?limit=ten", 400)])
    func wrongRequestsGetAClearError(method: String, target: String, status: Int) throws {
        let (server, client) = try start("lox24")
        defer { server.shutdown() }
        let response = try client.send(HTTPRequest(method: method, target: target))
        #expect(response.status == status)
        #expect(try JSONParser.parse(response.body)["error"]?.stringValue?.isEmpty == false)
    }

    @Test func theEmailFakesInboxIsOnItsControlPort() throws {
        let (server, client) = try start("rox-email")
        defer { server.shutdown() }
        #expect(server.inboxURL == server.baseURL + "/__fake/ui")
        #expect(try client.send(HTTPRequest(method: "GET", target: "/__fake/ui")).status == 200)
        let summary = try JSONParser.parse(client.send(HTTPRequest(method: "GET", target: "/__fake/ui/api/summary")).body)
        #expect(summary["provider"] == "rox-email")
        #expect(summary["smtp_url"]?.stringValue == server.smtpURL)
    }

    @Test(arguments: ["/__fake/ui", "/__fake/ui/app.js", "/__fake/ui/api/summary", "/__fake/events"])
    func aRemoteClientGets403(path: String) throws {
        let environment = FakeEnvironment(clock: FakeClock(frozen: true))
        let api = ControlAPI(fake: LOX24Fake(environment: environment), environment: environment)
        let request = HTTPRequest(method: "GET", target: path, remoteAddress: "10.0.0.5")
        let router = FakeRouter(fake: LOX24Fake(environment: environment), control: api, access: .loopbackOnly, environment: environment,
                                inbox: WebInbox(provider: "lox24", fake: LOX24Fake(environment: environment), environment: environment))
        #expect(!router.inboxServes(request))
        #expect(ControlAccess.loopbackOnly.answer(request, with: api).status == 403)
        var local = request
        local.remoteAddress = "127.0.0.1"
        #expect(router.inboxServes(local))
        let open = FakeRouter(fake: router.fake, control: api, access: .anywhere, environment: environment, inbox: router.inbox)
        #expect(open.inboxServes(request))
    }

    @Test(arguments: [("/__fake/ui", true), ("/__fake/ui/x", true), ("/__fake/events", true), ("/__fake/uix", false),
                      ("/__fake/outbox", false), ("/__fake/events/x", false), ("/ui", false)])
    func theInboxOwnsItsPathsOnly(path: String, owned: Bool) {
        #expect(WebInbox.owns(HTTPRequest(method: "GET", target: path)) == owned)
    }
}
