import Testing
@testable import StructuredData

/// Swift Testing also has a `SourceLocation`; in this module the name means ours.
typealias SourceLocation = StructuredData.SourceLocation

struct SourceLocationTests {
    @Test func describesLineAndColumn() {
        #expect(SourceLocation(line: 3, column: 17).description == "3:17")
    }

    static let offsets: [(String, Int, Int, Int)] = [
        ("abc", 0, 1, 1),
        ("abc", 2, 1, 3),
        ("abc", 3, 1, 4),
        ("a\nb", 2, 2, 1),
        ("a\r\nb", 1, 1, 2),
        ("a\r\nb", 3, 2, 1),
        ("a\rb", 2, 2, 1),
        ("a\n\nb", 3, 3, 1),
        ("éa", 2, 1, 2),
        ("😀x", 4, 1, 2),
        ("\tx", 1, 1, 2),
        ("\u{FEFF}x", 3, 1, 1),
        ("\u{FEFF}x", 4, 1, 2),
    ]

    @Test(arguments: offsets)
    func convertsByteOffsets(text: String, offset: Int, line: Int, column: Int) {
        let location = Array(text.utf8).withUnsafeBufferPointer { LocationTracker.location(of: offset, in: $0) }
        #expect(location == SourceLocation(line: line, column: column))
    }

    @Test func tracksIncreasingOffsetsIncrementally() {
        let bytes = Array("{\n  \"a\": [1,\n    2]\n}".utf8)
        let locations = bytes.withUnsafeBufferPointer { buffer in
            var tracker = LocationTracker()
            return [0, 4, 9, 17, 20].map { tracker.location(of: $0, in: buffer) }
        }
        #expect(locations == [
            SourceLocation(line: 1, column: 1),
            SourceLocation(line: 2, column: 3),
            SourceLocation(line: 2, column: 8),
            SourceLocation(line: 3, column: 5),
            SourceLocation(line: 4, column: 1),
        ])
    }
}
