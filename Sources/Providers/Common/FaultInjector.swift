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

    /// The members each fault takes besides `fault`, `count` and `path`, as `POST /__fake/faults` spells them.
    public static let members: [String: [String]] = [
        "latency": ["ms"], "reset": [], "status": ["status"], "malformed_body": [], "slow_body": ["parts", "interval_ms"],
    ]

    /// Adds a rule from its control-API description:
    /// `{"fault": "latency", "ms": 2000}` (`ms` required), `{"fault": "reset"}`, `{"fault": "status", "status": 503}`
    /// (`status` 400–599, default 503), `{"fault": "malformed_body"}`, `{"fault": "slow_body", "parts": 5, "interval_ms": 1000}`
    /// (`parts` ≥ 2, default 5; `interval_ms` default 1000); each with optional `"count"` (≥ 1, default 1) and
    /// `"path"` (a prefix starting with `/`; default every provider path). A member the fault does not take, or
    /// a value out of range, is refused with its name (and the closest known member), never ignored.
    @discardableResult
    public func add(_ description: JSONValue) throws(ControlAPIError) -> Rule {
        let kinds = Self.members.keys.sorted()
        guard let object = description.objectValue, let kind = object["fault"]?.stringValue else {
            throw ControlAPIError("expected {\"fault\": \"latency\" | \"reset\" | \"status\" | \"malformed_body\" | \"slow_body\", …}")
        }
        guard let own = Self.members[kind] else {
            let hint = NameSuggestion.closest(to: kind, in: kinds).map { "; did you mean \"\($0)\"?" } ?? ""
            throw ControlAPIError("unknown fault \"\(kind)\"\(hint) Expected latency, reset, status, malformed_body or slow_body")
        }
        let allowed = ["fault", "count", "path"] + own
        let unknown = object.keys.filter { !allowed.contains($0) }
        if !unknown.isEmpty {
            let named = unknown.map { key in "\"\(key)\"" + (NameSuggestion.closest(to: key, in: allowed).map { " (did you mean \"\($0)\"?)" } ?? "") }
            throw ControlAPIError("unknown member\(unknown.count == 1 ? "" : "s") \(named.joined(separator: ", ")) for a \(kind) fault; it takes "
                + allowed.joined(separator: ", "))
        }
        func number(_ name: String, default value: Int?, minimum: Int) throws(ControlAPIError) -> Int {
            guard let member = object[name] else {
                guard let value else { throw ControlAPIError("a \(kind) fault needs \"\(name)\": a whole number ≥ \(minimum)") }
                return value
            }
            guard let number = member.intValue, number >= minimum else { throw ControlAPIError("fault: \"\(name)\" must be a whole number ≥ \(minimum)") }
            return number
        }
        let fault: Fault
        switch kind {
        case "latency": fault = .latency(milliseconds: try number("ms", default: nil, minimum: 0))
        case "status":
            let status = try number("status", default: 503, minimum: 0)
            guard (400...599).contains(status) else { throw ControlAPIError("fault: \"status\" must be from 400 to 599") }
            fault = .status(status)
        case "malformed_body": fault = .malformedBody
        case "slow_body": fault = .slowBody(parts: try number("parts", default: 5, minimum: 2), intervalMilliseconds: try number("interval_ms", default: 1_000, minimum: 0))
        default: fault = .reset
        }
        let count = try number("count", default: 1, minimum: 1)
        var prefix: String?
        if let path = object["path"] {
            guard let text = path.stringValue, text.hasPrefix("/") else { throw ControlAPIError("fault: \"path\" must be a string starting with /, e.g. \"/sms\"") }
            prefix = text
        }
        return add(fault, count: count, pathPrefix: prefix)
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

    /// Removes every rule (`DELETE /__fake/faults`, and `POST /__fake/reset` too).
    public func reset() {
        rules.withLock { $0.removeAll() }
    }
}
