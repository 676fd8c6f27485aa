/// Compares an expected JSON value with an actual one and lists every difference with its path.
///
/// - Objects: expected members in their order, then (unless ``extraMembers`` is `.ignore`) the
///   actual members that were not expected, in their order. Key order never matters.
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

    /// Compares one node; returns nil to compare normally.
    public typealias Override = @Sendable (_ expected: JSONValue, _ actual: JSONValue, _ path: JSONPath) -> [StructuralDifference]?

    /// Paths not compared at all (volatile values such as ids and timestamps).
    public var ignoring: [JSONPathPattern]
    /// Whether unexpected object members are reported.
    public var extraMembers: ExtraMembers
    /// A hook consulted before each node is compared (matchers such as `{"$match": "uuid"}`).
    public var override: Override?

    /// Creates a comparison.
    public init(ignoring: [JSONPathPattern] = [], extraMembers: ExtraMembers = .report, override: Override? = nil) {
        self.ignoring = ignoring
        self.extraMembers = extraMembers
        self.override = override
    }

    /// Every difference between `expected` and `actual`; empty when they match.
    public func differences(expected: JSONValue, actual: JSONValue) -> [StructuralDifference] {
        var differences: [StructuralDifference] = []
        compare(expected, actual, at: .root, into: &differences)
        return differences
    }

    private func isIgnored(_ path: JSONPath) -> Bool {
        ignoring.contains { $0.matches(path) }
    }

    private func compare(_ expected: JSONValue, _ actual: JSONValue, at path: JSONPath,
                         into differences: inout [StructuralDifference]) {
        if isIgnored(path) { return }
        if let override, let replacement = override(expected, actual, path) {
            differences.append(contentsOf: replacement)
            return
        }
        switch (expected, actual) {
        case (.object(let expectedObject), .object(let actualObject)):
            for (key, expectedMember) in expectedObject {
                let memberPath = path.appending(key)
                if let actualMember = actualObject[key] {
                    compare(expectedMember, actualMember, at: memberPath, into: &differences)
                } else if !isIgnored(memberPath) {
                    differences.append(.missing(memberPath, expected: expectedMember))
                }
            }
            guard extraMembers == .report else { return }
            for (key, actualMember) in actualObject where expectedObject[key] == nil {
                let memberPath = path.appending(key)
                if !isIgnored(memberPath) {
                    differences.append(.unexpected(memberPath, actual: actualMember))
                }
            }
        case (.array(let expectedElements), .array(let actualElements)):
            for index in 0 ..< max(expectedElements.count, actualElements.count) {
                let elementPath = path.appending(index)
                if index < expectedElements.count && index < actualElements.count {
                    compare(expectedElements[index], actualElements[index], at: elementPath, into: &differences)
                } else if isIgnored(elementPath) {
                    continue
                } else if index < expectedElements.count {
                    differences.append(.missing(elementPath, expected: expectedElements[index]))
                } else {
                    differences.append(.unexpected(elementPath, actual: actualElements[index]))
                }
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
