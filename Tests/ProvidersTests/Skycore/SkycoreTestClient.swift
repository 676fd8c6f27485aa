import Providers
import StructuredData
import Wire

/// Drives an in-process Skycore fake the way a client would: JSON `POST /` with `x-api-key`.
struct SkycoreTestClient {
    let environment = FakeEnvironment(clock: FakeClock(frozen: true))
    let fake: SkycoreFake

    init() {
        fake = SkycoreFake(environment: environment)
    }

    static let key = SkycoreProvider.defaultAPIKey
    /// The seed's Example 1 body.
    static let example1: JSONObject = [
        "action": "sendsms", "message-text": "This message is sent for testing purposes only.", "to": "+10000000001", "from": "00000",
    ]

    /// Example 1 with `changes` applied; a `.null` change removes the field.
    static func example1(_ changes: JSONObject) -> JSONObject {
        var body = example1
        for (name, value) in changes { body[name] = value.isNull ? nil : value }
        return body
    }

    /// Sends raw body text; the answer parsed as JSON.
    func send(text: String, key: String? = key, contentType: String? = "application/json", method: String = "POST", path: String = "/",
              from address: String = "127.0.0.1") throws -> (HTTPResponse, JSONValue) {
        var headers = HTTPHeaders()
        if let contentType { headers["content-type"] = contentType }
        if let key { headers["x-api-key"] = key }
        let response = fake.handle(HTTPRequest(method: method, target: path, headers: headers, body: Array(text.utf8), remoteAddress: address))
        return (response, try JSONParser.parse(response.body))
    }

    /// Sends a JSON body.
    func send(_ body: JSONObject, key: String? = key, from address: String = "127.0.0.1") throws -> (HTTPResponse, JSONValue) {
        try send(text: JSONWriter.string(.object(body)), key: key, from: address)
    }

    /// The error code of the answer to `body`, or "Success".
    func outcome(_ body: JSONObject, key: String? = key) throws -> String {
        let (_, answer) = try send(body, key: key)
        return answer["error-code"]?.stringValue ?? answer["status"]?.stringValue ?? "?"
    }

    /// Changes an account through the control interface.
    @discardableResult
    func configure(_ description: JSONValue) throws -> JSONValue {
        try fake.configureAccount(description)
    }

    /// The outbox as the control API shows it.
    var outbox: [JSONValue] { environment.outbox.entries.map(\.json) }
}
