import Foundation

/// A temporary folder laid out like a repository (`Specs/`, `Recordings/`, `Coverage/`), removed on
/// `remove()`; specs can be copied in from the real repository, or copied and broken.
struct ScratchRepository {
    let path: String

    init(_ name: String) throws {
        path = NSTemporaryDirectory() + "smscontract-\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Copies `Specs/<relative>` of the unit tests' suite (Tests/Fixtures/Suite) and its cassette, replacing `find` with `replace` in the spec.
    func copySpec(_ relative: String, replacing find: String? = nil, with replace: String = "") throws {
        let root = CommandLineBinaryTests.fixture
        var text = try String(contentsOfFile: root + "/Specs/" + relative, encoding: .utf8)
        if let find {
            precondition(text.contains(find), "\(relative) does not contain \(find)")
            text = text.replacingOccurrences(of: find, with: replace)
        }
        try write("Specs/" + relative, text)
        let cassette = "Recordings/" + relative
        if FileManager.default.fileExists(atPath: root + "/" + cassette) {
            try write(cassette, try String(contentsOfFile: root + "/" + cassette, encoding: .utf8))
        }
    }

    /// Writes `text` to `relative`, creating folders.
    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The text of `relative`.
    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
