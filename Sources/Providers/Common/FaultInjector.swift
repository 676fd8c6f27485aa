import Foundation
import StructuredData
import Synchronization

/// A fault a fake answers with instead of (or on top of) its normal answer, to test clients' retry logic.
public enum Fault: Sendable, Equatable {
    /// The normal answer, after a delay.
    case latency(milliseconds: Int)
    /// The connection is reset (RST) instead of answered.
    case reset
    /// An error status with a short plain-text body (500, 502, 503, 504, 429…).
    case status(Int)
    /// The normal answer with its body cut in half: malformed JSON or XML.
    case malformedBody
    /// The normal answer with its body sent in parts, `interval` milliseconds apart.
    case slowBody(parts: Int, intervalMilliseconds: Int)

    /// The name `POST /__fake/faults` takes it by: `latency`, `reset`, `status`, `malformed_body`, `slow_body`.
    public var name: String {
        switch self {
        case .latency: "latency"
        case .reset: "reset"
        case .status: "status"
        case .malformedBody: "malformed_body"
        case .slowBody: "slow_body"
        }
    }
}

/// Faults waiting for the next requests: set through `POST /__fake/faults`, consumed in order.
public final class FaultInjector: Sendable {
    /// One rule: a fault for the next `remaining` requests whose path starts with `pathPrefix`.
    public struct Rule: Sendable, Equatable {
        public var fault: Fault
        public var remaining: Int
        public var pathPrefix: String?
    }

    private let rules = Mutex<[Rule]>([])

    /// Creates an injector with no faults.
    public init() {}

    /// Adds a rule from its control-API description:
    /// `{"fault": "latency", "ms": 2000}`, `{"fault": "reset"}`, `{"fault": "status", "status": 503}`,
    /// `{"fault": "malformed_body"}`, `{"fault": "slow_body", "parts": 5, "interval_ms": 1000}`; each with
    /// optional `"count"` (default 1) and `"path"` (a prefix; default every provider path).
    @discardableResult
    public func add(_ description: JSONValue) throws(ControlAPIError) -> Rule {
        guard let object = description.objectValue, let kind = object["fault"]?.stringValue else {
            throw ControlAPIError("expected {\"fault\": \"latency\" | \"reset\" | \"status\" | \"malformed_body\" | \"slow_body\", …}")
        }
        func positive(_ name: String, default value: Int) throws(ControlAPIError) -> Int {
            guard let member = object[name] else { return value }
            guard let number = member.intValue, number >= 0 else { throw ControlAPIError("fault: \"\(name)\" must be a whole number ≥ 0") }
            return number
        }
        let fault: Fault
        switch kind {
        case "latency": fault = .latency(milliseconds: try positive("ms", default: 1_000))
        case "reset": fault = .reset
        case "status":
            let status = try positive("status", default: 503)
            guard (400...599).contains(status) else { throw ControlAPIError("fault: \"status\" must be from 400 to 599") }
            fault = .status(status)
        case "malformed_body": fault = .malformedBody
        case "slow_body": fault = .slowBody(parts: max(2, try positive("parts", default: 5)), intervalMilliseconds: try positive("interval_ms", default: 1_000))
        default:
            throw ControlAPIError("unknown fault \"\(kind)\"; expected latency, reset, status, malformed_body or slow_body")
        }
        return add(fault, count: try positive("count", default: 1), pathPrefix: object["path"]?.stringValue)
    }

    /// Adds a rule: `fault` for the next `count` requests (at least 1) whose path starts with `pathPrefix`, or any path.
    @discardableResult
    public func add(_ fault: Fault, count: Int = 1, pathPrefix: String? = nil) -> Rule {
        let rule = Rule(fault: fault, remaining: max(1, count), pathPrefix: pathPrefix)
        rules.withLock { $0.append(rule) }
        return rule
    }

    /// The fault for a request to `path`, if a rule matches (using up one of its count).
    public func next(for path: String) -> Fault? {
        rules.withLock { rules in
            guard let index = rules.firstIndex(where: { $0.pathPrefix.map(path.hasPrefix) ?? true }) else { return nil }
            rules[index].remaining -= 1
            let fault = rules[index].fault
            if rules[index].remaining == 0 { rules.remove(at: index) }
            return fault
        }
    }

    /// The waiting rules as JSON.
    public var json: JSONValue {
        .array(rules.withLock { $0 }.map { rule in
            var object: JSONObject = ["remaining": .integer(rule.remaining)]
            if let prefix = rule.pathPrefix { object["path"] = .string(prefix) }
            object["fault"] = .string(rule.fault.name)
            switch rule.fault {
            case .latency(let milliseconds): object["ms"] = .integer(milliseconds)
            case .reset, .malformedBody: break
            case .status(let status): object["status"] = .integer(status)
            case .slowBody(let parts, let interval): object["parts"] = .integer(parts); object["interval_ms"] = .integer(interval)
            }
            return .object(object)
        })
    }

    /// Removes every rule.
    public func reset() {
        rules.withLock { $0.removeAll() }
    }
}
