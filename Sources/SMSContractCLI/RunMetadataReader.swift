import ContractHarness
import Foundation

/// The run's metadata for the HTML report: start time, commit (`GITHUB_SHA`, else `git rev-parse HEAD`
/// when git is there) and the command as typed.
enum RunMetadataReader {
    static func read(arguments: [String], environment: [String: String], failOnSkip: Bool) -> RunMetadata {
        let command = (["smscontract", "run"] + arguments).map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ")
        let commit = environment["GITHUB_SHA"].flatMap { $0.isEmpty ? nil : $0 } ?? gitHead()
        return RunMetadata(time: ISO8601DateFormatter().string(from: Date()), commit: commit, command: command, failOnSkip: failOnSkip)
    }

    /// `git rev-parse HEAD` in the current folder, or nil when git or a repository is missing.
    private static func gitHead() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
