/// Compares an expected JSON value with an actual one and lists every difference with its path.
///
/// - Objects: expected members in their order, then (unless ``extraMembers`` is `.ignore`) the
///   actual members that were not expected, in their order. Key order matters only under
///   ``MemberOrder/compared``: then an object whose shared members come in another order is one
///   ``StructuralDifference/Kind/reordered`` difference at the object's path (its members are
///   still compared one by one).
/// - Arrays: compared index by index; surplus expected elements are `missing`, surplus actual
///   elements `unexpected` (subset mode does not apply to arrays).
/// - Scalars: numbers compare by value (`201 == 201.0`); strings, booleans and null exactly.
///   Values of different types are a `typeMismatch`.
/// - Paths matching an ``ignoring`` pattern are not compared, nor is anything below them.
/// - ``override`` sees every compared pair of values first; when it returns a list, that list
///   replaces the comparison of that node and its subtree.
///
/// Differences come in traversal order (depth first, as described above).
public struct StructuralDiff: Sendable {
    /// How members of the actual object that the expected object lacks are treated.
    public enum ExtraMembers: Sendable, Equatable {
        /// Report each as ``StructuralDifference/Kind/unexpected`` (exact matching).
        case report
        /// Accept them (subset matching: the actual value may have more members).
        case ignore
    }

    /// Whether the order of an object's members is part of its value.
    public enum MemberOrder: Sendable, Equatable {
        /// `{"a":1,"b":2}` equals `{"b":2,"a":1}` (JSON's own rule).
        case ignored
        /// Members shared by both objects must come in the same order (a provider that reads
        /// members in the order sent, as Red Oxygen's numbered messages).
        case compared
    }

    /// Compares one node; returns nil to compare normally.
    public typealias Override = @Sendable (_ expected: JSONValue, _ actual: JSONValue, _ path: JSONPath) -> [StructuralDifference]?

    /// Paths not compared at all (volatile values such as ids and timestamps).
    public var ignoring: [JSONPathPattern]
    /// Whether unexpected object members are reported.
    public var extraMembers: ExtraMembers
    /// A hook consulted before each node is compared (matchers such as `{"$match": "uuid"}`).
    public var override: Override?
    /// Whether member order is compared.
    public var memberOrder: MemberOrder

    /// Creates a comparison.
    public init(ignoring: [JSONPathPattern] = [], extraMembers: ExtraMembers = .report, memberOrder: MemberOrder = .ignored,
                override: Override? = nil) {
        self.ignoring = ignoring
        self.extraMembers = extraMembers
        self.memberOrder = memberOrder
        self.override = override
    }

    /// Every difference between `expected` and `actual`; empty when they match.
    public func differences(expected: JSONValue, actual: JSONValue) -> [StructuralDifference] {
        var walk = Walk(diff: self)
        walk.compare(expected, actual)
        return walk.differences
    }

    /// One comparison in progress. The current path is kept as a stack of components and only
    /// turned into a ``JSONPath`` when a pattern, the override or a difference needs it.
    private struct Walk {
        let diff: StructuralDiff
        var components: [JSONPath.Component] = []
        var differences: [StructuralDifference] = []
        let needsPathAtEveryNode: Bool

        init(diff: StructuralDiff) {
            self.diff = diff
            needsPathAtEveryNode = !diff.ignoring.isEmpty || diff.override != nil
        }

        private var path: JSONPath { JSONPath(components) }

        private func isIgnored(_ path: JSONPath) -> Bool {
            diff.ignoring.contains { $0.matches(path) }
        }

        /// Compares the child at `component`, or reports it missing or unexpected.
        private mutating func compareChild(_ component: JSONPath.Component, _ expected: JSONValue?, _ actual: JSONValue?) {
            components.append(component)
            defer { components.removeLast() }
            switch (expected, actual) {
            case (let expected?, let actual?):
                compare(expected, actual)
            case (let expected?, nil):
                let path = self.path
                if !isIgnored(path) { differences.append(.missing(path, expected: expected)) }
            case (nil, let actual?):
                let path = self.path
                if !isIgnored(path) { differences.append(.unexpected(path, actual: actual)) }
            case (nil, nil):
                break
            }
        }

        /// Reports the shared members when they come in another order.
        private mutating func compareOrder(_ expected: JSONObject, _ actual: JSONObject) {
            let expectedKeys = expected.keys.filter { actual[$0] != nil }
            let actualKeys = actual.keys.filter { expected[$0] != nil }
            guard expectedKeys != actualKeys else { return }
            differences.append(.reordered(path, expected: expectedKeys, actual: actualKeys))
        }

        mutating func compare(_ expected: JSONValue, _ actual: JSONValue) {
            if needsPathAtEveryNode {
                let path = self.path
                if isIgnored(path) { return }
                if let override = diff.override, let replacement = override(expected, actual, path) {
                    differences.append(contentsOf: replacement)
                    return
                }
            }
            switch (expected, actual) {
            case (.object(let expectedObject), .object(let actualObject)):
                if diff.memberOrder == .compared { compareOrder(expectedObject, actualObject) }
                for key in expectedObject.keys {
                    compareChild(.key(key), expectedObject[key], actualObject[key])
                }
                guard diff.extraMembers == .report else { return }
                for key in actualObject.keys where expectedObject[key] == nil {
                    compareChild(.key(key), nil, actualObject[key])
                }
            case (.array(let expectedElements), .array(let actualElements)):
                for index in 0 ..< max(expectedElements.count, actualElements.count) {
                    // Spelled out: a bare `nil` here would become JSON `null` (JSONValue is nil-literal expressible).
                    let expectedElement: JSONValue? = index < expectedElements.count ? .some(expectedElements[index]) : .none
                    let actualElement: JSONValue? = index < actualElements.count ? .some(actualElements[index]) : .none
                    compareChild(.index(index), expectedElement, actualElement)
                }
            case (.number(let left), .number(let right)):
                if left != right { differences.append(.changed(path, expected: expected, actual: actual)) }
            case (.string(let left), .string(let right)):
                if left != right { differences.append(.changed(path, expected: expected, actual: actual)) }
            case (.bool(let left), .bool(let right)):
                if left != right { differences.append(.changed(path, expected: expected, actual: actual)) }
            case (.null, .null):
                break
            default:
                differences.append(.typeMismatch(path, expected: expected, actual: actual))
            }
        }
    }
}
