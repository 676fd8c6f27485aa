import StructuredData
import Wire

extension SkycoreFake {
    /// The provider-specific control route.
    static let failuresRoute = "skycore/failures"
    /// The route that simulates a reply from a handset.
    static let moRoute = "skycore/mo"

    /// `/__fake/skycore/failures`: operational failures no request or account setting causes.
    ///
    /// `POST {"error_code": "E503", "count": 2}` makes the next 2 sends that pass every other check
    /// fail with E503 (`count` defaults to 1); E113, E503 and E628 can be injected. `GET` lists the
    /// pending failures; `DELETE` clears them. `POST /__fake/reset` clears them too.
    ///
    /// `/__fake/skycore/mo`: `POST {"from": "+10000000000", "to": "00000", "message-text": "STOP"}`
    /// sends the N211 MO postback of a reply to the account's `postback_url` (`api_key` picks the
    /// account, the default account without it), retried like the MT postbacks; answers with the body sent.
    public func handleControl(_ request: HTTPRequest, route: String) -> HTTPResponse? {
        if route == Self.moRoute { return receiveMO(request) }
        guard route == Self.failuresRoute else { return nil }
        switch request.method {
        case "GET":
            return .json(200, pendingFailuresJSON)
        case "DELETE":
            state.withLock { $0.injectedFailures.removeAll() }
            return .json(200, pendingFailuresJSON)
        case "POST":
            return injectFailures(request)
        default:
            return .json(405, ["error": .string("\(request.method) is not allowed on \(request.path); use GET, POST or DELETE")],
                         headers: ["Allow": "GET, POST, DELETE"])
        }
    }

    private var pendingFailuresJSON: JSONValue {
        let pending = state.withLock { $0.injectedFailures }
        return ["pending": .array(pending.map { .string($0.code) })]
    }

    private func injectFailures(_ request: HTTPRequest) -> HTTPResponse {
        let codes = SkycoreError.injectable.map(\.code).joined(separator: ", ")
        let usage = "expected {\"error_code\": one of \(codes), \"count\": N ≥ 1 (default 1)}"
        guard let body = try? JSONParser.parse(request.body), let code = body["error_code"]?.stringValue,
              let error = SkycoreError.injectable.first(where: { $0.code == code })
        else { return .json(400, ["error": .string(usage)]) }
        var count = 1
        if let given = body["count"] {
            guard let value = given.intValue, value >= 1 else { return .json(400, ["error": .string(usage)]) }
            count = value
        }
        state.withLock { $0.injectedFailures += Array(repeating: error, count: count) }
        return .json(200, pendingFailuresJSON)
    }

    private func receiveMO(_ request: HTTPRequest) -> HTTPResponse {
        guard request.method == "POST" else {
            return .json(405, ["error": .string("\(request.method) is not allowed on \(request.path); use POST")], headers: ["Allow": "POST"])
        }
        let usage = "expected {\"from\": the handset's international number, \"to\": the shortcode or longcode, \"message-text\": text, \"api_key\": optional}"
        guard let body = try? JSONParser.parse(request.body), let from = body["from"]?.stringValue,
              let handset = SkycoreNumber.recipient(from), let to = body["to"]?.stringValue, SkycoreNumber.sender(to) != nil,
              let text = body["message-text"]?.stringValue
        else { return .json(400, ["error": .string(usage)]) }
        let key = body["api_key"]?.stringValue ?? SkycoreProvider.defaultAPIKey
        guard let account = state.withLock({ $0.accounts[key] }) else {
            return .json(404, ["error": .string("no account with api_key \"\(key)\"")])
        }
        guard let url = account.postbackURL else {
            return .json(409, ["error": .string("the account has no postback_url; set one with POST /__fake/accounts")])
        }
        let postback = SkycorePostback.moBody(from: handset.digits, to: to, text: text, trackingID: SkycorePostback.makeMOTrackingID(),
                                              at: environment.clock.now)
        environment.callbacks.send(SkycorePostback.callback(url, postback))
        return .json(200, postback)
    }
}
