import ContractHarness
import Foundation

/// The unit tests' own small suite (`Tests/Fixtures/Suite/Specs` and `Recordings`), and scratch copies of
/// it for tests that change files. Unit tests never read the user's `Specs/`: only ConformanceTests does,
/// so a wrong user spec fails there alone.
enum RepositoryFixture {
    /// The package root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The fixture suite's root: `Specs/` and `Recordings/` beside each other, like a user's checkout.
    static var suite: String { root + "/Tests/Fixtures/Suite" }
    static var specs: String { suite + "/Specs" }
    static var recordings: String { suite + "/Recordings" }

    /// A fresh scratch folder, removed by the caller.
    static func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "smscontract-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Copies the fixture suite's Specs/ and Recordings/ into a scratch folder.
    static func copyOfRepository() throws -> String {
        let scratch = try scratch()
        try FileManager.default.copyItem(atPath: specs, toPath: scratch + "/Specs")
        try FileManager.default.copyItem(atPath: recordings, toPath: scratch + "/Recordings")
        return scratch
    }

    /// Replaces the first occurrence of `target` in a file, failing when it is not there.
    static func edit(_ path: String, replacing target: String, with replacement: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let range = text.range(of: target) else { throw FixtureError(message: "\(target) not found in \(path)") }
        try text.replacingCharacters(in: range, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
    }

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
