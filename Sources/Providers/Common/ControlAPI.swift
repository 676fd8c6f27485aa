import Foundation
import StructuredData
import Wire

/// The fake's control API under `/__fake/`: outbox, reset, clock and accounts.
///
/// | request | answer |
/// |---|---|
/// | `GET /__fake/outbox` | JSON array of accepted SMS |
/// | `POST /__fake/reset` | clears messages, outbox, account changes, scheduled work, callbacks, waiting faults and the journal |
/// | `GET /__fake/clock` | the fake time |
/// | `POST /__fake/clock` `{"advance_seconds": N}` | moves the fake time forward |
/// | `GET /__fake/accounts` | the fake's accounts |
/// | `POST /__fake/accounts` `{…}` | adds or changes an account (provider-specific fields) |
/// | `GET /__fake/callbacks` | every receipt or postback attempt: URL, attempt, status, accepted |
/// | `GET /__fake/requests`, `DELETE /__fake/requests` | what clients sent and the fake answered, newest last |
/// | `GET /__fake/faults`, `POST /__fake/faults` `{…}`, `DELETE /__fake/faults` | faults for the next requests (400 naming any unknown or invalid member) |
public struct ControlAPI: Sendable {
    /// The path prefix every control request starts with.
    public static let prefix = "/__fake/"

    private let fake: any ProviderFake
    private let environment: FakeEnvironment

    /// Creates the control API for one fake.
    public init(fake: any ProviderFake, environment: FakeEnvironment) {
        self.fake = fake
        self.environment = environment
    }

    /// Whether the request is for the control API.
    public static func owns(_ request: HTTPRequest) -> Bool {
        request.path.hasPrefix(prefix) || request.path == "/__fake"
    }

    /// Answers a control request.
    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        let route = String(request.path.dropFirst(Self.prefix.count))
        switch (request.method, route) {
        case ("GET", "outbox"):
            return .json(200, environment.outbox.json)
        case ("POST", "reset"):
            fake.reset()
            environment.outbox.reset()
            environment.scheduler.reset()
            environment.callbacks.reset()
            environment.faults.reset()
            environment.journal.clear()
            return .json(200, ["reset": true])
        case ("GET", "requests"):
            return .json(200, environment.journal.json)
        case ("DELETE", "requests"):
            environment.journal.clear()
            return .json(200, ["cleared": true])
        case ("GET", "callbacks"):
            return .json(200, environment.callbacks.attempts)
        case ("GET", "faults"):
            return .json(200, environment.faults.json)
        case ("DELETE", "faults"):
            environment.faults.reset()
            return .json(200, environment.faults.json)
        case ("POST", "faults"):
            do {
                try environment.faults.add(try JSONParser.parse(request.body))
                return .json(200, environment.faults.json)
            } catch let error as ControlAPIError {
                return Self.error(400, error.message)
            } catch {
                return Self.error(400, "body is not JSON: \(error)")
            }
        case ("GET", "clock"):
            return .json(200, clockJSON)
        case ("POST", "clock"):
            return advanceClock(request)
        case ("GET", "accounts"):
            return .json(200, fake.accountsJSON)
        case ("POST", "accounts"):
            return configureAccount(request)
        case (_, "outbox"), (_, "reset"), (_, "clock"), (_, "accounts"), (_, "callbacks"), (_, "faults"), (_, "requests"):
            return Self.error(405, "\(request.method) is not allowed on \(request.path)")
        default:
            if let answer = fake.handleControl(request, route: route) { return answer }
            return Self.error(404, "no control endpoint \(request.path); see GET /__fake/outbox, POST /__fake/reset, POST /__fake/clock, /__fake/accounts, GET /__fake/requests")
        }
    }

    private var clockJSON: JSONValue {
        let now = environment.clock.now
        return ["now": .string(ISO8601DateFormatter().string(from: now)), "unix": .integer(environment.clock.unixSeconds)]
    }

    private func advanceClock(_ request: HTTPRequest) -> HTTPResponse {
        let body: JSONValue
        do {
            body = try JSONParser.parse(request.body)
        } catch {
            return Self.error(400, "body is not JSON: \(error)")
        }
        guard let seconds = body["advance_seconds"]?.numberValue, seconds >= 0 else {
            return Self.error(400, "expected {\"advance_seconds\": N} with N a number ≥ 0")
        }
        environment.clock.advance(seconds: seconds)
        environment.settle()
        return .json(200, clockJSON)
    }

    private func configureAccount(_ request: HTTPRequest) -> HTTPResponse {
        do {
            let body = try JSONParser.parse(request.body)
            return .json(200, try fake.configureAccount(body))
        } catch let error as ControlAPIError {
            return Self.error(400, error.message)
        } catch {
            return Self.error(400, "body is not JSON: \(error)")
        }
    }

    static func error(_ status: Int, _ message: String) -> HTTPResponse {
        .json(status, ["error": .string(message)])
    }
}
