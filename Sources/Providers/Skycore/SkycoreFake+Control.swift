import StructuredData
import Wire

extension SkycoreFake {
    /// The provider-specific control route.
    static let failuresRoute = "skycore/failures"

    /// `/__fake/skycore/failures`: operational failures no request or account setting causes.
    ///
    /// `POST {"error_code": "E503", "count": 2}` makes the next 2 sends that pass every other check
    /// fail with E503 (`count` defaults to 1); E113, E503 and E628 can be injected. `GET` lists the
    /// pending failures; `DELETE` clears them. `POST /__fake/reset` clears them too.
    public func handleControl(_ request: HTTPRequest, route: String) -> HTTPResponse? {
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
}
