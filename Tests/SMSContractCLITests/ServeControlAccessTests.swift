import Foundation
import Testing

/// `serve` keeps rox-email's control port on loopback unless `--control-anywhere` says otherwise.
@Suite struct ServeControlAccessTests {
    /// Runs `serve` until it has printed `count` listener lines, then stops it; returns the lines.
    private func listeners(_ arguments: [String], count: Int) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineBinaryTests.binary)
        process.arguments = ["serve"] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        var text = ""
        while text.split(separator: "\n").count < count {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text.split(separator: "\n").map(String.init)
    }

    // 127.0.0.2 stands in for a public address: the test never leaves loopback.
    @Test func theEmailControlPortBindsLoopbackWhateverTheHost() throws {
        let lines = try listeners(["--provider", "rox-email", "--host", "127.0.0.2"], count: 2)
        #expect(lines.first?.hasPrefix("rox-email smtp://127.0.0.2:") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("rox-email http://127.0.0.1:") == true, "\(lines)")
    }

    @Test func controlAnywhereBindsTheEmailControlPortOnTheHost() throws {
        let lines = try listeners(["--provider", "rox-email", "--host", "127.0.0.2", "--control-anywhere"], count: 2)
        #expect(lines.last?.hasPrefix("rox-email http://127.0.0.2:") == true, "\(lines)")
    }

    @Test func helpExplainsTheControlAPIsReach() throws {
        let help = try CommandLineBinaryTests.run(["serve", "--help"])
        #expect(help.stdout.contains("--control-anywhere"))
        #expect(help.stdout.contains("403"))
    }
}
